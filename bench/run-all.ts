/**
 * Runs every bench/*.bench.ts in turn and lets each print its figures.
 * Benchmarks print numbers against goals; they never fail the test suite.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(process.cwd(), 'bench');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
const only = process.argv.slice(2);
for (const file of files) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  console.log(`\n=== ${file} ===`);
  try {
    execFileSync(process.execPath, ['--import', 'tsx', join(dir, file)], { stdio: 'inherit' });
  } catch {
    console.log(`(${file} failed; see the output above)`);
    process.exitCode = 1;
  }
}
