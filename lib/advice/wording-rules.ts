import type { TextField } from './fields';
import { findPassives } from '../language/passive-voice';
import { findBuzzwords, findFillers, findHedges } from '../language/phrases';
import { isHardToRead, MAX_GRADE } from '../language/readability';
import { sentenceSpans } from '../language/sentences';
import { finding, type Finding } from './types';

/** Hedging, jargon and passive voice in any field; fillers in the spoken pitch. */
export function phraseRules(field: TextField): Finding[] {
  const findings: Finding[] = [];
  for (const m of findHedges(field.text)) {
    findings.push(
      finding(
        'hedging',
        field.field,
        `"${m.text}" sounds unsure. Say it plainly: what will happen, and by when.`,
        m,
      ),
    );
  }
  for (const m of findBuzzwords(field.text)) {
    findings.push(
      finding(
        'jargon',
        field.field,
        `"${m.text}" is jargon. Say what actually happens, in the words your audience uses.`,
        m,
      ),
    );
  }
  if (field.kind === 'pitch') {
    for (const m of findFillers(field.text)) {
      findings.push(
        finding(
          'filler-words',
          field.field,
          `Cut the filler "${m.text}": a short pause sounds more confident.`,
          m,
        ),
      );
    }
  }
  return findings;
}

/** Passive voice and hard-to-read sentences, sentence by sentence. */
export function sentenceRules(field: TextField): Finding[] {
  const findings: Finding[] = [];
  for (const s of sentenceSpans(field.text)) {
    for (const p of findPassives(s.text)) {
      findings.push(
        finding(
          'passive-voice',
          field.field,
          `"${p.text}" is passive. Say who acts and put them first ("The directors escalated…", "We will feed…").`,
          {
            start: s.start + p.start,
            end: s.start + p.end,
          },
        ),
      );
    }
    if (field.kind === 'traceLabel') continue;
    const { hard, grade } = isHardToRead(s.text);
    if (hard && grade !== undefined) {
      findings.push(
        finding(
          'hard-to-read',
          field.field,
          `This sentence reads at about grade ${Math.max(MAX_GRADE + 1, Math.round(grade))}, above the grade ${MAX_GRADE} a busy listener follows. Split it, or swap long words for short ones.`,
          s,
        ),
      );
    }
  }
  return findings;
}
