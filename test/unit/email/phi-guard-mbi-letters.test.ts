/** The MBI shape the email guard blocks: CMS never uses S, L, O, I, B or Z as an MBI letter. */
import { describe, expect, it } from 'vitest';
import { scanForPhi } from '../../../lib/email/phi-guard';

const mbiHits = (text: string) => scanForPhi(text).filter((hit) => hit.kind === 'mbi');

describe('what the email guard takes for an MBI', () => {
  it('blocks an MBI-shaped code in a draft', () => {
    expect(mbiHits('Ref 1EG4-TE5-MK73 today')).toHaveLength(1);
  });

  it.each(['B', 'S', 'L', 'O', 'I', 'Z'])('does not block a code with %s where an MBI has a letter (not an MBI)', (letter) => {
    expect(mbiHits(`Ref 1${letter}G4-TE5-MK73 today`)).toEqual([]);
    expect(mbiHits(`Ref 1EG4-${letter}E5-MK73 today`)).toEqual([]);
  });
});
