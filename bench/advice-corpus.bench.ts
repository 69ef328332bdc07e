/**
 * The advice engine on the labelled corpus (lib/language/corpus): precision and recall per rule
 * and overall, then each held-out round's first run (before any rule changed for it), the honest
 * figure for unseen text. Goals (issue #12): every rule at precision ≥ 0.95 and recall ≥ 0.90, no
 * warning on a clean pitch. Run: `npx tsx bench/advice-corpus.bench.ts` (set BENCH_CORPUS_VERBOSE=1 to list
 * every disagreement).
 */
import { CORPUS_RULES, scoreCorpus, type CorpusScore } from '@/lib/language/corpus/evaluate';
import { CORPUS_PITCHES, CORPUS_SENTENCES, FIRST_RUNS } from '@/lib/language/corpus';

const GOAL = { precision: 0.95, recall: 0.9 };
const pct = (n: number) => n.toFixed(2);

function print(name: string, sentences: number, pitches: number, score: CorpusScore): void {
  console.log(`\n${name}: ${sentences} sentences, ${pitches} pitches`);
  console.log('rule                      cases  near  precision  recall   ');
  for (const rule of CORPUS_RULES) {
    const r = score.rules.find((s) => s.rule === rule)!;
    const ok = r.precision >= GOAL.precision && r.recall >= GOAL.recall;
    console.log(
      `${rule.padEnd(25)} ${String(r.positives).padStart(5)} ${String(r.nearMisses).padStart(5)}  ${pct(r.precision).padStart(9)}  ${pct(r.recall).padStart(6)}   ${ok ? 'ok' : 'UNDER GOAL'}`,
    );
  }
  console.log(
    `${'overall'.padEnd(37)}  ${pct(score.overall.precision).padStart(9)}  ${pct(score.overall.recall).padStart(6)}`,
  );
  console.log(`clean pitches with a warning or error: ${score.cleanPitchWarnings.length}`);
  const show = process.env.BENCH_CORPUS_VERBOSE
    ? score.disagreements
    : score.disagreements.slice(0, 12);
  for (const d of show)
    console.log(`  ${d.kind.padEnd(11)} ${d.rule.padEnd(24)} ${d.id}: ${d.text.slice(0, 110)}`);
  if (show.length < score.disagreements.length)
    console.log(`  … ${score.disagreements.length - show.length} more (BENCH_CORPUS_VERBOSE=1)`);
}

print(
  'Corpus (every round)',
  CORPUS_SENTENCES.length,
  CORPUS_PITCHES.length,
  scoreCorpus(CORPUS_SENTENCES, CORPUS_PITCHES),
);
console.log('\nFirst run of each held-out round, before any rule changed for it (unseen text):');
for (const r of FIRST_RUNS) {
  console.log(
    `  ${r.round}: ${r.sentences} sentences, ${r.pitches} pitches: precision ${pct(r.precision)}, recall ${pct(r.recall)}; weakest: ${r.weakest}`,
  );
}
