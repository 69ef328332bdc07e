import { findContradictions } from '../language/contradictions';
import { keyNumbers } from '../language/key-number';
import { mentionsOutcomeFigure, outcomeHasFigure } from '../language/mentions-quantity';
import type { PitchFile } from '../pitch/schema';
import { DEFAULT_WORDS_PER_MINUTE, estimateSpokenSeconds } from '../pitch/spoken-time';
import { makesRequest, startsWithDecision } from '../language/requests';
import { slideTexts } from './fields';
import { finding, type Finding } from './types';
import { speechTargetSeconds, speechText } from '../pitch/speech';

const TOO_LONG = 1.1;
const TOO_SHORT = 0.5;

/**
 * Rules on the spoken pitch, which only apply once there is pitch text: its length at the
 * speaker's pace against the target, whether it carries one of the outcome's numbers (in any
 * spoken form: "$1.2M" = "$1.2 million", "25%" = "a quarter") and whether it makes the ask.
 */
export function pitchRules(pitch: PitchFile, wordsPerMinute = DEFAULT_WORDS_PER_MINUTE): Finding[] {
  const text = speechText(pitch);
  if (!text.trim()) return [];
  const findings: Finding[] = [];
  const target = speechTargetSeconds(pitch);
  const exact = estimateSpokenSeconds(text, wordsPerMinute);
  const seconds = Math.round(exact);
  if (exact > target * TOO_LONG) {
    findings.push(
      finding(
        'pitch-too-long',
        'pitch',
        `The pitch takes about ${seconds} s to say, over the ${target} s target. Cut background and keep the problem, the result with its number, and the ask.`,
      ),
    );
  } else if (exact < target * TOO_SHORT) {
    findings.push(
      finding(
        'pitch-too-short',
        'pitch',
        `The pitch takes about ${seconds} s to say, well under the ${target} s target. Add the problem's cost, the result with its number, or the ask.`,
      ),
    );
  }
  if (outcomeHasFigure(pitch.outcome)) {
    if (!mentionsOutcomeFigure(text, pitch.outcome)) {
      const key = keyNumbers(pitch)[0];
      findings.push(
        finding(
          'pitch-missing-metric',
          'pitch',
          `The pitch does not say any of the outcome's numbers. Say the key one out loud (${key ? `"${key}"` : 'the result'}): numbers are what people remember.`,
        ),
      );
    }
  }
  findings.push(...contradictionFindings(pitch, text));
  const ask = (pitch.ask ?? '').trim();
  if (ask && !makesRequest(text)) {
    const quoted = (ask.length > 80 ? `${ask.slice(0, 77).trimEnd()}…` : ask).replace(/[.!]$/u, '');
    const imperative = startsWithDecision(quoted);
    findings.push(
      finding(
        'pitch-missing-ask',
        'pitch',
        imperative
          ? `The pitch never makes the ask. End with the decision you need, as a request: "I'm asking you to ${quoted.charAt(0).toLowerCase()}${quoted.slice(1)}."`
          : `The pitch never makes the ask ("${quoted}"). End with the decision you need, as a request: "I'm asking you to approve…", "Can you fund…".`,
      ),
    );
  }
  return findings;
}

/** `pitch-contradicts-slide`: a figure said one way in the pitch and another on the slide. */
function contradictionFindings(pitch: PitchFile, text: string): Finding[] {
  return findContradictions(text, slideTexts(pitch), pitch.ask ?? '').map(({ said, slide }) => {
    const theirs = [...new Set(slide.map((f) => `"${f.text}"`))].slice(0, 2).join(' or ');
    return finding(
      'pitch-contradicts-slide',
      'pitch',
      `The pitch says "${said.text}" where the slide says ${theirs}. Say the slide's figure, or correct the slide, so the room hears one number.`,
      said,
    );
  });
}
