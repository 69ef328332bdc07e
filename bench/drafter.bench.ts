/**
 * Drafter fit and speed, measured on the drafter corpus (test-support/drafter-corpus.ts: 34 slides,
 * weak ones too) in every style × lens × target at 140 wpm: the share of drafts within ±10% of
 * the target among those whose slide, said in full, would fill it (goal ≥ 90%); how thin slides
 * fall short; milliseconds per draft and per checklist (the editor runs the checklist on every
 * keystroke). Prints figures; never fails.
 */
import { draftPitch, DRAFT_STYLE_IDS, LENS_IDS, pitchChecklist, wordBudget } from '../lib/drafter';
import { EXAMPLE_PITCHES } from '../lib/pitch/examples';
import { countWords } from '../lib/pitch/spoken-time';
import { drafterCorpus } from '../test-support/drafter-corpus';

const corpus = drafterCorpus();
const targets = [30, 45, 60, 90] as const;

function timePerCall(run: () => void, calls: number): number {
  run(); // warm up
  const start = performance.now();
  for (let i = 0; i < calls; i += 1) run();
  return (performance.now() - start) / calls;
}

interface Row {
  drafts: number;
  allowed: number;
  within: number;
  thinShare: number[];
  ms: number[];
}
const rows = new Map<number, Row>(targets.map((t) => [t, { drafts: 0, allowed: 0, within: 0, thinShare: [], ms: [] }]));

for (const [, pitch] of corpus) {
  for (const style of DRAFT_STYLE_IDS) {
    for (const lens of LENS_IDS) {
      const whole = countWords(draftPitch(pitch, { style, lens, targetSeconds: 600 }));
      for (const targetSeconds of targets) {
        const row = rows.get(targetSeconds)!;
        const start = performance.now();
        const words = countWords(draftPitch(pitch, { style, lens, targetSeconds }));
        row.ms.push(performance.now() - start);
        const budget = wordBudget(targetSeconds);
        row.drafts += 1;
        if (whole >= budget * 0.9) {
          row.allowed += 1;
          if (words >= budget * 0.9 && words <= budget * 1.1) row.within += 1;
        } else {
          row.thinShare.push(words / budget);
        }
      }
    }
  }
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : 0;
};
const pct = (x: number) => `${Math.round(x * 100)}%`;

console.log(`Drafter corpus: ${corpus.length} slides × ${DRAFT_STYLE_IDS.length} styles × ${LENS_IDS.length} lenses, at 140 wpm`);
console.log('target | drafts | slide fills it | within ±10% | share (goal ≥ 90%) | thin slides: median fill | ms/draft median (max)');
for (const [target, row] of rows) {
  const share = row.allowed ? row.within / row.allowed : 1;
  console.log(
    [
      `${target} s`.padEnd(6),
      String(row.drafts).padStart(6),
      String(row.allowed).padStart(14),
      String(row.within).padStart(11),
      pct(share).padStart(18),
      (row.thinShare.length ? `${pct(median(row.thinShare))} of ${row.thinShare.length}` : '—').padStart(24),
      `${median(row.ms).toFixed(1)} (${Math.max(...row.ms).toFixed(1)})`.padStart(22),
    ].join(' | '),
  );
}

const text = EXAMPLE_PITCHES[0]!.pitch.pitch!.text!;
const checklistMs = timePerCall(() => pitchChecklist(text, EXAMPLE_PITCHES[0]!.pitch), 2000);
console.log(`\npitchChecklist ${checklistMs.toFixed(3)} ms per keystroke (goal < 2 ms)`);
console.log('Draft time goal: < 16 ms a draft (a click feels instant).');
