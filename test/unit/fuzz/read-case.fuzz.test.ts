/**
 * Fuzzing the page reader: thousands of complaint pages mutated the way CTM postbacks, skins and
 * partial renders change them — nodes dropped, duplicated, relabelled, wrapped in new elements.
 * The reader must never throw, and must never report a value silently wrong: every fact it
 * reports is the original page's value for that field, or something that belongs to no other
 * field (blank, missing and malformed are the honest outcomes). PHI never lands in the facts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCase } from '../../../lib/page/read-case';
import { COMPLAINT_FIXTURES } from '../../fixtures/ctm/expected';
import { parseHtml, selectAsBrowser } from '../parse-html';

const RUNS_PER_FIXTURE = Number(process.env.FUZZ_RUNS ?? 300);

const sources = new Map(
  COMPLAINT_FIXTURES.map((f) => [f.file, readFileSync(resolve(__dirname, '../../fixtures/ctm', f.file), 'utf8')]),
);

function parse(file: string): Document {
  return parseHtml(sources.get(file)!);
}

/**
 * Parsing is the slow part in happy-dom, and every new document stays alive: parse each fixture
 * once, keep its pristine body, and give each run a fresh copy of that body in the same document.
 */
const working = new Map<string, { doc: Document; pristine: Node }>();
function freshCopy(file: string): Document {
  let entry = working.get(file);
  if (!entry) {
    const doc = parse(file);
    entry = { doc, pristine: doc.body.cloneNode(true) };
    working.set(file, entry);
  }
  entry.doc.body.replaceWith(entry.pristine.cloneNode(true));
  selectAsBrowser(entry.doc);
  return entry.doc;
}

type Mutation = { op: 'drop' | 'duplicate' | 'relabel' | 'nest'; at: number; variant: number };

const WRAPPERS = ['div', 'span', 'strong', 'p', 'section', 'font'];
/** Label text changes a skin or a careless edit makes; none of them names another field. */
const RELABELS: ((text: string) => string)[] = [
  () => '',
  () => 'Internal Reference',
  (t) => t.toUpperCase(),
  (t) => `${t.trim()}:`,
  (t) => `  ${t}\u00a0 `,
  (t) => t.replace(/ /g, '   '),
  (t) => `${t} (required)`,
];

function elementsOf(doc: Document): Element[] {
  return Array.from(doc.body.querySelectorAll('*')).filter((el) => !['SCRIPT', 'STYLE'].includes(el.tagName));
}

function mutate(doc: Document, mutations: Mutation[]): void {
  for (const { op, at, variant } of mutations) {
    const elements = elementsOf(doc);
    if (elements.length === 0) return;
    const target = elements[at % elements.length]!;
    if (op === 'drop') target.remove();
    else if (op === 'duplicate') target.after(target.cloneNode(true));
    else if (op === 'nest') {
      const wrapper = doc.createElement(WRAPPERS[variant % WRAPPERS.length]!);
      target.replaceWith(wrapper);
      wrapper.append(target);
    } else {
      const text = Array.from(target.childNodes).find((n) => n.nodeType === 3 && n.textContent?.trim());
      if (text) text.textContent = RELABELS[variant % RELABELS.length]!(text.textContent ?? '');
    }
  }
  selectAsBrowser(doc);
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('drop', 'duplicate', 'relabel', 'nest'),
  at: fc.nat(),
  variant: fc.nat(50),
});

/** Values that belong to exactly one field of the original page: finding one elsewhere is a mix-up. */
function distinctiveOwners(facts: Record<string, unknown>): Map<string, string> {
  const counts = new Map<string, string[]>();
  for (const [key, value] of Object.entries(facts)) {
    const text = String(value);
    if (text.length < 5) continue; // yes/no, booleans: too common to tell apart
    counts.set(text, [...(counts.get(text) ?? []), key]);
  }
  return new Map([...counts].filter(([, keys]) => keys.length === 1).map(([text, keys]) => [text, keys[0]!]));
}

type Snapshot = ReturnType<typeof readCase>['snapshot'];

/** Facts that silently carry another field's value, or beneficiary data (`phiOnly`: just the latter). */
function mixUps(original: Snapshot, read: Snapshot, phiOnly = false): string[] {
  const owners = distinctiveOwners(original.facts);
  const phi = Object.values(original.phi).filter((v): v is NonNullable<typeof v> => typeof v === 'string' && v.length >= 5);
  const found: string[] = [];
  for (const [key, value] of Object.entries(read.facts)) {
    const text = String(value);
    if (value === (original.facts as Record<string, unknown>)[key]) continue;
    const owner = owners.get(text);
    if (owner && owner !== key && !phiOnly) found.push(`${key} silently reads ${owner}'s value`);
    if (phi.some((secret) => text.includes(secret))) found.push(`${key} holds beneficiary data`);
  }
  return found;
}

describe('fuzz: readCase on mutated complaint pages', () => {
  it('the oracle catches a mix-up: a page that labels the category value "Subcategory"', () => {
    const original = readCase(parse('webforms-table.html').body).snapshot;
    const doc = parse('webforms-table.html');
    for (const el of Array.from(doc.querySelectorAll('td, th, label, span'))) {
      if (el.children.length === 0 && el.textContent?.trim() === 'Subcategory:') el.textContent = 'Other Notes:';
    }
    for (const el of Array.from(doc.querySelectorAll('td, th, label, span'))) {
      if (el.children.length === 0 && el.textContent?.trim() === 'Category:') el.textContent = 'Subcategory:';
    }
    expect(mixUps(original, readCase(doc.body).snapshot)).toContain("subcategory silently reads category's value");
  });

  for (const fixture of COMPLAINT_FIXTURES) {
    const original = () => readCase(parse(fixture.file).body).snapshot;

    it(`${fixture.file}: ${RUNS_PER_FIXTURE} pages with one node dropped, duplicated, relabelled or nested: no throw, no silent mix-up`, () => {
      const before = original();
      expect(distinctiveOwners(before.facts).size).toBeGreaterThan(4);
      fc.assert(
        fc.property(mutation, (one) => {
          const doc = freshCopy(fixture.file);
          mutate(doc, [one]);
          expect(mixUps(before, readCase(doc.body).snapshot)).toEqual([]);
        }),
        { numRuns: RUNS_PER_FIXTURE },
      );
    }, 60_000);

    // Several mutations together can make the page itself pair a label with another field's
    // value (drop a value cell and the next label: the page now shows "Category" over the
    // subcategory). Reading that is not a reader error, so here only throws and PHI count.
    it(`${fixture.file}: ${RUNS_PER_FIXTURE} pages with up to six mutations: no throw, never beneficiary data in the facts`, () => {
      const before = original();
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 2, maxLength: 6 }), (mutations) => {
          const doc = freshCopy(fixture.file);
          mutate(doc, mutations);
          expect(mixUps(before, readCase(doc.body).snapshot, true)).toEqual([]);
        }),
        { numRuns: RUNS_PER_FIXTURE },
      );
    }, 60_000);
  }
});
