import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { FIXTURES_DIR } from '@/test-support/pitch-fixtures';

// The repository carries a copy of ../shared/fixtures so a clone tests on its own; where the shared
// folder sits beside the clone (CI, developers), the copy must not have drifted from it.
const SHARED = join(process.cwd(), '..', 'shared', 'fixtures');

test('the fixture copy in e2e/fixtures matches ../shared/fixtures wherever that exists', () => {
  const files = ['expected-findings.json', ...readdirSync(join(FIXTURES_DIR, 'pitches')).map((f) => `pitches/${f}`)];
  expect(files.length).toBeGreaterThan(9);
  if (!existsSync(SHARED)) return;
  const shared = ['expected-findings.json', ...readdirSync(join(SHARED, 'pitches')).map((f) => `pitches/${f}`)];
  expect(files.sort()).toEqual(shared.sort());
  for (const file of shared) {
    expect(readFileSync(join(FIXTURES_DIR, file), 'utf8'), file).toBe(readFileSync(join(SHARED, file), 'utf8'));
  }
});

test('the design contracts in docs/ match ../shared wherever that exists', () => {
  for (const file of ['DESIGN.md', 'STYLE.md']) {
    const copy = readFileSync(join(process.cwd(), 'docs', file), 'utf8');
    expect(copy.length, file).toBeGreaterThan(1000);
    const shared = join(process.cwd(), '..', 'shared', file);
    if (existsSync(shared)) expect(copy, file).toBe(readFileSync(shared, 'utf8'));
  }
});
