import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nameTokens, redactPhi, scanForPhi, type KnownPhi } from '../../../lib/email/phi-guard';

const kinds = (text: string, known: KnownPhi = {}, complaintIds?: string[]) =>
  scanForPhi(text, known, { complaintIds }).map((h) => h.kind);
const found = (text: string, known: KnownPhi = {}) =>
  scanForPhi(text, known).map((h) => text.slice(h.start, h.end));

describe('MBI by the CMS format rules (DOMAIN.md "Identifiers")', () => {
  it.each(['1EG4-TE5-MK73', '1EG4TE5MK73', '1eg4-te5-mk73', '9AA0A00AA00', '2C34D56EF78', '1EG4 TE5 MK73'])(
    'flags the valid MBI %s',
    (mbi) => {
      expect(kinds(`Member ${mbi} called.`)).toEqual(['mbi']);
      expect(found(`Member ${mbi} called.`)).toEqual([mbi]);
    },
  );
  it.each([
    ['0EG4TE5MK73', 'position 1 is 0'],
    ['1SG4TE5MK73', 'S is excluded'],
    ['1EG4TL5MK73', 'L is excluded'],
    ['1EG4TE5MO73', 'O is excluded'],
    ['1EG4TE5MKI3', 'position 10 is a letter'],
    ['1EGATE5MK73', 'position 4 is a letter'],
    ['11G4TE5MK73', 'position 2 is a digit'],
    ['1EG4TE5MK7', 'ten characters'],
    ['1EG4TE5MK734', 'twelve characters'],
  ])('does not flag %s (%s)', (text) => {
    expect(kinds(`Member ${text} called.`)).toEqual([]);
  });
});

describe('HICN and Railroad Retirement numbers', () => {
  it.each(['123456789A', '123-45-6789A', '123-45-6789-A', '123456789C1', '123-45-6789C1', '123456789HA', '123456789b1'])(
    'flags the HICN %s (9 digits and a 1–2 character code)',
    (hicn) => {
      expect(kinds(`HICN ${hicn}.`)).toEqual(['hicn']);
      expect(found(`HICN ${hicn}.`)).toEqual([hicn]);
    },
  );
  it.each(['A123456789', 'MA123456', 'WA123456789'])('flags the Railroad Retirement number %s', (rrb) => {
    expect(kinds(`RRB ${rrb} on file`)).toEqual(['hicn']);
  });
  it('flags the beneficiary’s own HICN written with or without dashes, and its 9 digits alone', () => {
    const known = { hicn: '123-45-6789A' };
    expect(kinds('id 123456789a here', known)).toEqual(['hicn']);
    expect(kinds('id 123 45 6789 A here', known)).toEqual(['hicn']);
    expect(kinds('ssn part 123-45-6789', known)).toEqual(['hicn']);
  });
  it('flags the beneficiary’s own MBI in lower case and with dashes', () => {
    expect(kinds('mbi: 1eg4-te5-mk73', { mbi: '1EG4TE5MK73' })).toEqual(['mbi']);
  });
});

describe('SSNs', () => {
  it.each(['123-45-6789', '123456789', '123 45 6789'])('flags %s', (ssn) => {
    expect(kinds(`SSN ${ssn}.`)).toEqual(['ssn']);
  });
  it('does not take mixed separators or longer digit runs for an SSN', () => {
    expect(kinds('ref 123-45 6789 and 1234567890')).toEqual([]);
  });
});

describe('dates of birth', () => {
  it.each(['DOB: 03/04/1948', 'DOB 3/4/48', 'born 1948-03-04', 'date of birth is March 4, 1948', 'Birthdate: 4 March 1948', '03/04/1948 (DOB)'])(
    'flags a date labelled as a birth date: %s',
    (text) => {
      expect(kinds(text)).toEqual(['date-of-birth']);
    },
  );
  it('flags the beneficiary’s date of birth in any US or ISO format, labelled or not', () => {
    const known = { dateOfBirth: '01/02/1950' };
    for (const text of ['on 1950-01-02', 'on 1/2/1950', 'on 01-02-1950', 'on January 2, 1950', 'on 1/2/50']) {
      expect(kinds(text, known), text).toEqual(['date-of-birth']);
    }
  });
  it('leaves dates of contact alone, even after a labelled birth date', () => {
    expect(kinds('Called on 11/02/2026 and 2026-11-03; resolved November 4, 2026.')).toEqual([]);
    expect(found('DOB 01/02/1950, called on 11/02/2026')).toEqual(['01/02/1950']);
  });
});

describe('the beneficiary’s name', () => {
  const known = { name: 'SMITH, JOHN A' };
  it('splits the name into parts of 2+ letters, without initials or honorifics', () => {
    expect(nameTokens('SMITH, JOHN A')).toEqual(['SMITH', 'JOHN']);
    expect(nameTokens("Mrs. Mary O'Brien-Lee Jr")).toEqual(['Mary', "O'Brien-Lee"]);
  });
  it('flags the full name in either order and any case as one hit', () => {
    expect(found('Spoke with John Smith today', known)).toEqual(['John Smith']);
    expect(found('re: smith, john', known)).toEqual(['smith, john']);
  });
  it('flags the last name alone and the first name alone', () => {
    expect(found('Mr. Smith called', known)).toEqual(['Smith']);
    expect(found('JOHN called back', known)).toEqual(['JOHN']);
  });
  it('matches whole words only', () => {
    expect(kinds('Smithson and Johnson called', known)).toEqual([]);
  });
  it('counts a name part that is an everyday word only next to the rest of the name', () => {
    const will = { name: 'Will Close' };
    expect(kinds('CTM Case Resolved But Will Not Close', will)).toEqual([]);
    expect(kinds('Will Close called on 11/02/2026', will)).toEqual(['name']);
  });
  it('does not take the caseworker’s name for the beneficiary’s when they share a surname', () => {
    const lee = { name: 'Chris Lee' };
    const context = { otherNames: ['Jordan Lee', 'Acme Health Plan'] };
    expect(scanForPhi('Thank you,\nJordan Lee', lee, context)).toEqual([]);
    expect(scanForPhi('Chris Lee called Jordan Lee', lee, context).map((h) => h.end)).toEqual([9]);
    expect(scanForPhi('Mr. Lee called', lee, context).map((h) => h.kind)).toEqual(['name']);
  });
  it('matches curly and straight apostrophes alike', () => {
    expect(kinds('Mrs O’Brien called', { name: "Mary O'Brien" })).toEqual(['name']);
  });
});

describe('look-alikes that are not PHI', () => {
  it.each([
    'Complaint ID 123456789',
    'Complaint ID(s): 123456789, 234567890 and 345678901',
    'complaint #123456789',
    'Contract S1234 and plan H1234-015, contracts E1234, R5678',
    'Call 410-555-0100 or (410) 555-0100 or 4105550100 or 410.555.0100',
    'We called on 11/02/2026 at 10:30',
  ])('%s', (text) => {
    expect(scanForPhi(text, {})).toEqual([]);
  });
  it('lets the draft’s own complaint IDs through even without a label', () => {
    expect(kinds('Regarding 123456789:', {}, ['123456789'])).toEqual([]);
    expect(kinds('Regarding 123456789:', {})).toEqual(['ssn']);
  });
});

describe('hits describe, never repeat, the value', () => {
  it('keeps known values out of `what`', () => {
    const known = { name: 'Jane Doe', hicn: '123456789A', mbi: '1EG4TE5MK73', dateOfBirth: '1950-01-02' };
    const hits = scanForPhi('Jane Doe 123456789A 1EG4-TE5-MK73 DOB 01/02/1950', known);
    expect(hits.map((h) => h.kind)).toEqual(['name', 'hicn', 'mbi', 'date-of-birth']);
    for (const h of hits) {
      for (const value of ['Jane', 'Doe', '123456789', '1EG4', '1950', '01/02']) expect(h.what).not.toContain(value);
    }
  });
});

describe('redactPhi', () => {
  it('replaces every hit with a marker and leaves a clean text', () => {
    const known = { name: 'John Smith' };
    const text = 'John Smith (MBI 1EG4-TE5-MK73, DOB 03/04/1948, SSN 123-45-6789) called on 11/02/2026 about complaint 987654321.';
    const clean = redactPhi(text, scanForPhi(text, known));
    expect(clean).toBe(
      '[REDACTED NAME] (MBI [REDACTED MBI], DOB [REDACTED DATE OF BIRTH], SSN [REDACTED SSN]) called on 11/02/2026 about complaint 987654321.',
    );
    expect(scanForPhi(clean, known)).toEqual([]);
  });
});

describe('invisible characters and full-width forms do not hide PHI', () => {
  it.each([
    ['HICN 4567\u200B89012C', 'hicn'],
    ['HICN 456\u00AD789012C', 'hicn'],
    ['MBI 1EG4\u200B-TE5-MK73', 'mbi'],
    ['MBI 1EG4TE5\u2060MK73', 'mbi'],
    ['MBI \uFF11\uFF25\uFF27\uFF14\uFF34\uFF25\uFF15\uFF2D\uFF2B\uFF17\uFF13', 'mbi'],
    ['SSN 123-45-\uFEFF6789', 'ssn'],
    ['DOB 01/\u200B30/1946', 'date-of-birth'],
  ])('flags %j', (text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });
  it('flags the beneficiary’s name split by a soft hyphen or zero-width joiner, and their own identifiers', () => {
    expect(kinds('Spoke with Mr. Mor\u00ADgan', { name: 'Pat Morgan' })).toEqual(['name']);
    expect(kinds('Spoke with MOR\u200Dgan', { name: 'Pat Morgan' })).toEqual(['name']);
    expect(kinds('Spoke with Morgan', { name: 'Pat Mor\u00ADgan' })).toEqual(['name']);
    expect(kinds('on 01/\u200B30/1946', { dateOfBirth: '1946-01-30' })).toEqual(['date-of-birth']);
    expect(kinds('id 1EG4\u200BTE5MK73', { mbi: '1EG4-TE5-MK73' })).toEqual(['mbi']);
  });
  it('places every hit on the original characters, so Redact removes the invisible ones too', () => {
    const text = 'Pat Mor\u00ADgan, HICN 4567\u200B89012C, DOB 01/\u200B30/1946, MBI 1EG4\u200B-TE5-MK73.';
    const hits = scanForPhi(text, { name: 'Pat Morgan' });
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual([
      'Pat Mor\u00ADgan',
      '4567\u200B89012C',
      '01/\u200B30/1946',
      '1EG4\u200B-TE5-MK73',
    ]);
    expect(redactPhi(text, hits)).toBe(
      '[REDACTED NAME], HICN [REDACTED HICN], DOB [REDACTED DATE OF BIRTH], MBI [REDACTED MBI].',
    );
  });
  it('maps positions across characters that fold to more than one (ligatures) or lose their case width', () => {
    const text = 'ﬁle of Ｍｏｒｇａｎ, SSN 123-45-6789';
    const hits = scanForPhi(text, { name: 'Morgan' });
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['Ｍｏｒｇａｎ', '123-45-6789']);
  });
  it('still finds any MBI wherever invisible characters are inserted (fast-check)', () => {
    const mbi = '1EG4TE5MK73';
    fc.assert(
      fc.property(fc.array(fc.constantFrom('\u200B', '\u200C', '\u200D', '\u00AD', '\u2060', '\uFEFF', ''), { minLength: mbi.length, maxLength: mbi.length }), (inserts) => {
        const hidden = [...mbi].map((c, i) => c + (i < mbi.length - 1 ? inserts[i] : '')).join('');
        const text = `Member ${hidden} called.`;
        const hits = scanForPhi(text);
        expect(hits.map((h) => text.slice(h.start, h.end))).toEqual([hidden]);
        expect(redactPhi(text, hits)).toBe('Member [REDACTED MBI] called.');
      }),
    );
  });
});

describe('very long values', () => {
  it('still flags the name and the labelled date of birth when the beneficiary, caseworker or identifier values are 40,000 characters long', () => {
    const huge = 'Morgan '.repeat(6000).slice(0, 40_000);
    const known = { name: huge, hicn: '1'.repeat(40_000), mbi: 'A'.repeat(40_000), dateOfBirth: huge };
    const context = { otherNames: [huge, 'x'.repeat(40_000)], complaintIds: ['1'.repeat(40_000)] };
    const text = 'Dear Morgan, DOB 01/30/1946';
    expect(scanForPhi(text, known, context).map((h) => [h.kind, text.slice(h.start, h.end)])).toEqual([
      ['name', 'Morgan'],
      ['date-of-birth', '01/30/1946'],
    ]);
    expect(kinds('Dear Pat Morgan', { name: `Pat Morgan ${'Q'.repeat(40_000)}` })).toEqual(['name']);
  });
});

describe('the page’s phone, address and complaint summary (our privacy rule, PRIVACY.md: the page reads them, the guard gets them)', () => {
  const known: KnownPhi = {
    phone: '(410) 555-0142',
    address: '12 Oak Street, Springfield, IL 62701',
    summary: 'Beneficiary states she was charged the full price for her insulin at the pharmacy on Main Street last week.',
  };
  it.each(['Call back on 410-555-0142', 'Call back on 410.555.0142', 'Call back on (410)555-0142', 'Call back on 4105550142', 'Call +1 410 555 0142'])(
    'flags the beneficiary’s own phone number written any way: %s',
    (text) => {
      expect(kinds(text, known)).toEqual(['phone']);
    },
  );
  it('leaves another phone number alone when the beneficiary is known (the plan’s own line)', () => {
    expect(kinds('Call our help desk on 800-555-0199', known)).toEqual([]);
  });
  it('flags the beneficiary’s street address, in any case and punctuation', () => {
    expect(kinds('She lives at 12 Oak Street.', known)).toEqual(['address']);
    expect(kinds('mail went to 12 oak street springfield', known)).toEqual(['address']);
    expect(kinds('The oak tree on the street', known)).toEqual([]);
  });
  it('flags a run of 8 or more consecutive words pasted from the complaint summary, not 7', () => {
    const pasted = 'Per the file: she was charged the full price for her insulin at the pharmacy.';
    expect(kinds(pasted, known)).toEqual(['summary']);
    const hit = scanForPhi(pasted, known)[0]!;
    expect(pasted.slice(hit.start, hit.end)).toBe('she was charged the full price for her insulin at the pharmacy');
    expect(kinds('She was charged the full price for.', known)).toEqual([]); // 7 words in a row
    expect(kinds('Beneficiary states, she was CHARGED the full price for her insulin', known)).toEqual(['summary']);
  });
  it('never repeats the value in what it reports', () => {
    const hits = scanForPhi('410-555-0142, 12 Oak Street; she was charged the full price for her insulin at the pharmacy', known);
    expect(hits.map((h) => h.kind)).toEqual(['phone', 'address', 'summary']);
    for (const h of hits) for (const value of ['410', '0142', 'Oak', 'insulin', 'charged']) expect(h.what).not.toContain(value);
  });
  it('redacts each with its own marker', () => {
    const text = 'Phone 410-555-0142; 12 Oak Street.';
    expect(redactPhi(text, scanForPhi(text, known))).toBe('Phone [REDACTED PHONE]; [REDACTED ADDRESS].');
  });
});

describe('no beneficiary known (the popup; our privacy rule, PRIVACY.md): anything shaped like PHI', () => {
  const unknown = (text: string, extra: { allowed?: string[] } = {}) =>
    scanForPhi(text, {}, { beneficiaryUnknown: true, today: '2026-12-05', ...extra }).map((h) => h.kind);
  it.each(['410-555-0100', '(410) 555-0100', '410.555.0100', '+1 410 555 0100'])('flags the phone number %s', (phone) => {
    expect(unknown(`Her number is ${phone}.`)).toEqual(['phone']);
  });
  it('flags a date long past (a date of birth’s shape), not a recent date of contact', () => {
    expect(unknown('Seen 03/04/1948 and called 11/02/2026, 2025-01-15.')).toEqual(['date-of-birth']);
    expect(unknown('Born March 4, 1948')).toEqual(['date-of-birth']);
  });
  it('still flags identifiers, and lets complaint IDs and values typed as the plan’s own through', () => {
    expect(unknown('MBI 1EG4-TE5-MK73')).toEqual(['mbi']);
    expect(unknown('Complaint ID 1234567890')).toEqual([]);
    expect(unknown("User's work phone: 410-555-0100", { allowed: ['410-555-0100'] })).toEqual([]);
  });
  it('leaves phone shapes alone when the beneficiary is known: then only their own number counts', () => {
    expect(kinds('Her number is 410-555-0100.', { name: 'Pat Morgan' })).toEqual([]);
  });
});
