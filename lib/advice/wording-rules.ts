import type { TextField } from './fields';
import { findPassives } from '../language/passive-voice';
import { FILLERS, HEDGES, JARGON } from '../language/phrase-lists';
import { isHardToRead, MAX_GRADE } from '../language/readability';
import { sentences, type Span } from '../language/words';
import { finding, type Finding } from './types';

const phraseMatcher = (list: string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
const HEDGE = phraseMatcher(HEDGES);
const JARGON_WORD = phraseMatcher(JARGON);
const FILLER = phraseMatcher(FILLERS);

function matches(re: RegExp, text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(re)) {
    const words = m[0].replace(/,$/u, '');
    spans.push({ text: words, start: m.index, end: m.index + words.length });
  }
  return spans;
}

/** Hedging, jargon and passive voice in any field; fillers in the spoken pitch. */
export function phraseRules(field: TextField): Finding[] {
  const findings: Finding[] = [];
  for (const m of matches(HEDGE, field.text)) {
    findings.push(finding('hedging', field.field, `"${m.text}" sounds unsure. Say it plainly: what will happen, and by when.`, m));
  }
  for (const m of matches(JARGON_WORD, field.text)) {
    findings.push(finding('jargon', field.field, `"${m.text}" is jargon. Say what actually happens, in the words your audience uses.`, m));
  }
  if (field.kind === 'pitch') {
    for (const m of matches(FILLER, field.text)) {
      findings.push(finding('filler-words', field.field, `Cut the filler "${m.text}": a short pause sounds more confident.`, m));
    }
  }
  return findings;
}

/** Passive voice and hard-to-read sentences, sentence by sentence. */
export function sentenceRules(field: TextField): Finding[] {
  const findings: Finding[] = [];
  for (const s of sentences(field.text)) {
    for (const p of findPassives(s.text)) {
      findings.push(
        finding('passive-voice', field.field, `"${p.text}" is passive. Say who acts and put them first ("The directors escalated…", "We will feed…").`, {
          start: s.start + p.start,
          end: s.start + p.end,
        }),
      );
    }
    if (field.kind === 'traceLabel') continue;
    const { hard, grade } = isHardToRead(s.text);
    if (hard && grade !== undefined) {
      findings.push(
        finding('hard-to-read', field.field, `This sentence reads at about grade ${Math.round(grade)}. Split it, or swap long words for short ones (aim for grade ${MAX_GRADE} or below).`, s),
      );
    }
  }
  return findings;
}
