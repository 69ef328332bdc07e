import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The shared example pitches (copied from ../shared/fixtures into e2e/fixtures), for tests only. */
export const FIXTURES_DIR = join(process.cwd(), 'e2e', 'fixtures');

export function loadFixtureTexts(): Array<{ name: string; text: string }> {
  const dir = join(FIXTURES_DIR, 'pitches');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), text: readFileSync(join(dir, f), 'utf8') }));
}

export function loadExpectedFindings(): Record<string, string[]> {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, 'expected-findings.json'), 'utf8')) as Record<string, string[]>;
}
