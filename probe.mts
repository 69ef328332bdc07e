import { draftPitch, DRAFT_STYLE_IDS, LENS_IDS } from './lib/drafter';
import { EXAMPLE_PITCHES } from './lib/pitch/examples';
const p = EXAMPLE_PITCHES[0]!.pitch;
for (const lens of LENS_IDS) for (const style of DRAFT_STYLE_IDS) for (const t of [30, 90]) {
  const d = draftPitch(p, { style, lens, targetSeconds: t });
  console.log(`\n[${lens} ${style} ${t}] ${d.split(/\s+/).length}w\n${d}`);
}
