/**
 * The architecture's lint rules, proven on small samples: each rule fires on the code it forbids
 * and stays quiet on the code it allows (eslint.config.mjs; README, "Architecture").
 */
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

// ignore: false, so the samples folder (ignored by `npm run lint`) is linted here. The cycle rule
// follows imports through files on disk, so it runs only on the real samples of the cycle test.
const eslint = new ESLint({ cwd: process.cwd(), ignore: false });
const withoutCycleRule = new ESLint({
  cwd: process.cwd(),
  ignore: false,
  overrideConfig: { rules: { 'import/no-cycle': 'off' } },
});

/** The rule ids that fire on `code` as if it were the file at `filePath` (relative to the repo). */
async function rulesFiredOn(filePath: string, code: string): Promise<string[]> {
  const linter = filePath.startsWith('tooling/lint-samples/') ? eslint : withoutCycleRule;
  const [result] = await linter.lintText(code, { filePath });
  return [...new Set(result!.messages.map((m) => m.ruleId ?? m.message))].sort();
}

const BUTTONS = `export const x = buttonStyles;\n`;

describe('lib/ stays pure', () => {
  test.each([
    ['a relative import', 'lib/sample.ts', `import { buttonStyles } from '../components/ui/button-styles';\n${BUTTONS}`],
    ['a deeper relative import', 'lib/pitch/sample.ts', `import { buttonStyles } from '../../components/ui/button-styles';\n${BUTTONS}`],
    ['an alias import', 'lib/pitch/sample.ts', `import { buttonStyles } from '@/components/ui/button-styles';\n${BUTTONS}`],
    ['an import of a platform adapter', 'lib/storage/sample.ts', `import { browserLibrary } from '../../platform/browser-library';\nexport const db = browserLibrary;\n`],
  ])('%s from lib/ into another layer fails', async (_name, filePath, code) => {
    expect(await rulesFiredOn(filePath, code)).toEqual(['import/no-restricted-paths']);
  });

  test.each([
    ['idb', `import { openDB } from 'idb';\nexport const open = openDB;\n`, 'no-restricted-imports'],
    ['node:fs', `import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n`, 'no-restricted-imports'],
    ['fs', `import { readFileSync } from 'fs';\nexport const read = readFileSync;\n`, 'import/no-nodejs-modules'],
    ['localStorage', `export const read = () => localStorage.getItem('x');\n`, 'no-restricted-globals'],
    ['window', `export const width = () => window.innerWidth;\n`, 'no-restricted-globals'],
    ['document', `export const title = () => document.title;\n`, 'no-restricted-globals'],
    ['globalThis.indexedDB', `export const open = () => globalThis.indexedDB.open('x');\n`, 'no-restricted-properties'],
  ])('%s in lib/ fails', async (_name, code, rule) => {
    expect(await rulesFiredOn('lib/pitch/sample.ts', code)).toContain(rule);
  });

  test('pure code in lib/ passes, and a lib test may read files', async () => {
    const pure = `import { speechText } from './speech';\nexport const words = (text: string) => speechText({ pitch: { text } } as never).split(' ');\n`;
    expect(await rulesFiredOn('lib/pitch/sample.ts', pure)).toEqual([]);
    const test = `import { readFileSync } from 'node:fs';\nimport { loadFixtureTexts } from '@/test-support/pitch-fixtures';\nexport const read = [readFileSync, loadFixtureTexts];\n`;
    expect(await rulesFiredOn('lib/pitch/sample.test.ts', test)).toEqual([]);
  });
});

describe('the other layers', () => {
  test('a feature folder importing another feature fails, by any spelling', async () => {
    for (const from of ['../pitch-drafter/pitch-drafter', '@/components/pitch-drafter/pitch-drafter']) {
      const code = `import { PitchDrafter } from '${from}';\nexport const drafter = PitchDrafter;\n`;
      expect(await rulesFiredOn('components/library/sample.ts', code)).toEqual(['import/no-restricted-paths']);
    }
  });

  test('a feature may use components/ui and platform/; ui may not use a feature', async () => {
    const shared = `import { buttonStyles } from '../ui/button-styles';\nimport { browserLibrary } from '@/platform/browser-library';\nexport const x = [buttonStyles, browserLibrary];\n`;
    expect(await rulesFiredOn('components/library/sample.ts', shared)).toEqual([]);
    const backwards = `import { PitchRow } from '../library/pitch-row';\nexport const row = PitchRow;\n`;
    expect(await rulesFiredOn('components/ui/sample.ts', backwards)).toEqual(['import/no-restricted-paths']);
  });

  test('components and platform adapters do not reach into server/ or app/', async () => {
    const server = `import { apiError } from '../../server/http/api-error';\nexport const e = apiError;\n`;
    expect(await rulesFiredOn('components/export/sample.ts', server)).toEqual(['import/no-restricted-paths']);
    const ui = `import { buttonStyles } from '../components/ui/button-styles';\n${BUTTONS}`;
    expect(await rulesFiredOn('platform/sample.ts', ui)).toEqual(['import/no-restricted-paths']);
  });

  test('source code may not use the test helpers; tests may', async () => {
    const code = `import { loadFixtureTexts } from '../../test-support/pitch-fixtures';\nexport const load = loadFixtureTexts;\n`;
    expect(await rulesFiredOn('components/library/sample.ts', code)).toEqual(['import/no-restricted-paths']);
    expect(await rulesFiredOn('components/library/sample.test.ts', code)).toEqual([]);
  });

  test('the page may import the advice engine only as types (it runs in the worker)', async () => {
    const value = `import { analyzePitch } from '@/lib/advice';\nexport const run = analyzePitch;\n`;
    expect(await rulesFiredOn('components/pitch-editor/sample.ts', value)).toEqual(['no-restricted-imports']);
    const types = `import type { Finding } from '@/lib/advice';\nexport type F = Finding;\n`;
    expect(await rulesFiredOn('components/pitch-editor/sample.ts', types)).toEqual([]);
  });
});

test('an import cycle fails', async () => {
  const code = `import { b } from './cycle-b';\n\nexport const a = (): string => \`a\${b.length}\`;\n`;
  expect(await rulesFiredOn('tooling/lint-samples/cycle-a.ts', code)).toEqual(['import/no-cycle']);
});
