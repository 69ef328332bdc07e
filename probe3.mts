import { drafterCorpus } from './test-support/drafter-corpus';
import { inventedFacts, midSentenceCapitals, missingAskFacts, ungrammaticalSentences } from './test-support/draft-checks';
import { keyNumber } from './lib/language/key-number';
import { countWords } from './lib/pitch/spoken-time';
import { countMentions } from './lib/drafter/count-mentions';
import { draftPitch, wordBudget } from './lib/drafter/draft-pitch';
import { LENS_IDS } from './lib/drafter/lenses';
import { DRAFT_STYLE_IDS } from './lib/drafter/styles';
const seen = new Set<string>();
const out = (s: string) => { if (!seen.has(s)) { seen.add(s); console.log(s); } };
let allowed = 0, within = 0;
for (const [name, pitch] of drafterCorpus()) for (const style of DRAFT_STYLE_IDS) for (const lens of LENS_IDS) for (const t of [30,45,60,90]) {
  const text = draftPitch(pitch, { style, lens, targetSeconds: t });
  const whole = draftPitch(pitch, { style, lens, targetSeconds: 600 });
  for (const s of ungrammaticalSentences(text)) out(`GRAM [${name}] ${s}`);
  for (const s of midSentenceCapitals(text, pitch)) out(`CAP [${name}] ${s} :: ${text.slice(0, 300)}`);
  for (const s of missingAskFacts(text, pitch)) out(`MISSING [${name}] ${s} :: ${pitch.ask}`);
  for (const s of inventedFacts(text, pitch)) out(`INVENTED [${name}] ${s}`);
  const key = keyNumber(pitch)?.text; if (key && countMentions(text, key) > 2) out(`KEY [${name}] ${style}/${lens}/${t} ${key}`);
  const b = wordBudget(t), w = countWords(text);
  if (countWords(whole) >= b * 0.9) { allowed++; if (w >= b*0.9 && w <= b*1.1) within++; else out(`TIME [${name}] ${style}/${lens}/${t} ${w}/${b}`); }
  else if (text !== whole) out(`THIN [${name}] ${style}/${lens}/${t}`);
}
console.log('within', within, 'of', allowed);
