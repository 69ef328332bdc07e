/**
 * Drafter speed and fit, measured: milliseconds per draft and per checklist (the editor runs the
 * checklist on every keystroke, so it must stay far under a frame), and how full each draft is
 * against its target at 140 wpm. Prints figures; never fails.
 */
import { draftPitch, DRAFT_STYLE_IDS, pitchChecklist } from '../lib/drafter';
import { EXAMPLE_PITCHES } from '../lib/pitch/examples';
import { estimateSpokenSeconds } from '../lib/pitch/spoken-time';

const pitches = EXAMPLE_PITCHES.map((e) => e.pitch);
const targets = [30, 45, 60, 90] as const;

function timePerCall(run: () => void, calls: number): number {
  run(); // warm up
  const start = performance.now();
  for (let i = 0; i < calls; i += 1) run();
  return (performance.now() - start) / calls;
}

let i = 0;
const draftMs = timePerCall(() => {
  const pitch = pitches[i % pitches.length]!;
  draftPitch(pitch, { style: DRAFT_STYLE_IDS[i % 3]!, targetSeconds: targets[i % 4]! });
  i += 1;
}, 600);
const text = pitches[0]!.pitch!.text!;
const checklistMs = timePerCall(() => pitchChecklist(text, pitches[0]!), 2000);

console.log(`draftPitch     ${draftMs.toFixed(2)} ms per draft (goal < 16 ms: a click feels instant)`);
console.log(`pitchChecklist ${checklistMs.toFixed(3)} ms per keystroke (goal < 2 ms)`);
console.log('\nSpoken length at 140 wpm as a share of the target (goal 50–110%, drafts aim at ≤ 100%)');
console.log(`${'example'.padEnd(20)}${DRAFT_STYLE_IDS.map((s) => s.padEnd(20)).join('')}`);
for (const { id, pitch } of EXAMPLE_PITCHES) {
  const cells = DRAFT_STYLE_IDS.map((style) =>
    targets
      .map((t) => `${Math.round((estimateSpokenSeconds(draftPitch(pitch, { style, targetSeconds: t })) / t) * 100)}`)
      .join('/')
      .padEnd(20),
  );
  console.log(`${id.padEnd(20)}${cells.join('')}`);
}
console.log('(cells: 30/45/60/90 s targets, percent)');
