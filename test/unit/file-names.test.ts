/** The naming rule the README states ("Layout"): a newcomer finds a component by its name. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const sources = ['lib', 'components', 'entrypoints'].flatMap(filesUnder).filter((f) => /\.tsx?$/.test(f));
const base = (file: string) => file.split('/').pop()!.replace(/\.tsx?$/, '');

describe('source file names', () => {
  it('finds the source files', () => {
    expect(sources.length).toBeGreaterThan(100);
  });

  it('a .tsx file is PascalCase and exports the component it is named for', () => {
    const wrong = sources
      .filter((f) => f.endsWith('.tsx'))
      .filter((f) => !/^[A-Z][A-Za-z0-9]*$/.test(base(f)) || !new RegExp(`export (function|const) ${base(f)}\\b`).test(readFileSync(f, 'utf8')));
    expect(wrong).toEqual([]);
  });

  it('every other module is a kebab-case .ts', () => {
    const wrong = sources.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(base(f)));
    expect(wrong).toEqual([]);
  });
});
