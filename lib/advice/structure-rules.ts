import { bulletPath } from '../pitch/field-path';
import { SECTION_LABELS, SECTIONS } from '../pitch/limits';
import { findQuantities } from '../language/quantities';
import type { PitchFile } from '../pitch/schema';
import { countWords } from '../pitch/spoken-time';
import { namesDecision } from '../language/requests';
import { hasTimeframe } from '../language/timeframes';
import { finding, type Finding } from './types';

const filled = (bullets: string[]) => bullets.filter((b) => b.trim() !== '');
const MAX_BULLETS = 3;
const MAX_BULLET_WORDS = 20;
export const HEADLINE_WORDS = { min: 4, max: 15 } as const;

const REQUIRED_MESSAGES = {
  headline: 'Add a headline: one sentence that states the result and why it matters.',
  situation: 'Add at least one Situation bullet: the problem today, with a number.',
  action: 'Add at least one Action bullet: what you will do.',
  outcome: 'Add at least one Outcome bullet: the result, with a number and a date.',
  ask: 'Add the ask: the decision you need, with an amount, owner or date.',
} as const;

/** `required`: the slide cannot be shown without a headline, the three sections and an ask. */
export function requiredRule(pitch: PitchFile): Finding[] {
  const empty: (keyof typeof REQUIRED_MESSAGES)[] = [];
  if (!pitch.headline.trim()) empty.push('headline');
  for (const section of SECTIONS) if (filled(pitch[section]).length === 0) empty.push(section);
  if (!(pitch.ask ?? '').trim()) empty.push('ask');
  return empty.map((field) => finding('required', field, REQUIRED_MESSAGES[field]));
}

/** `headline-length`: an action title reads in one glance at 4–15 words. */
export function headlineLengthRule(pitch: PitchFile): Finding[] {
  if (!pitch.headline.trim()) return [];
  const count = countWords(pitch.headline);
  if (count > HEADLINE_WORDS.max) {
    return [
      finding(
        'headline-length',
        'headline',
        `The headline has ${count} words. Cut it to ${HEADLINE_WORDS.max} or fewer: keep the result and the "so what", move detail to the bullets.`,
      ),
    ];
  }
  if (count < HEADLINE_WORDS.min) {
    return [
      finding(
        'headline-length',
        'headline',
        `The headline has only ${count} word${count === 1 ? '' : 's'}. Write a full sentence of at least ${HEADLINE_WORDS.min} words that says what will happen and why it matters.`,
      ),
    ];
  }
  return [];
}

/** `too-many-bullets` and `bullet-too-long`: a slide section holds three short bullets. */
export function bulletRules(pitch: PitchFile): Finding[] {
  const findings: Finding[] = [];
  for (const section of SECTIONS) {
    const label = SECTION_LABELS[section];
    const count = filled(pitch[section]).length;
    if (count > MAX_BULLETS) {
      findings.push(
        finding(
          'too-many-bullets',
          section,
          `${label} has ${count} bullets. Keep the ${MAX_BULLETS} that matter most; an executive reads three at a glance.`,
        ),
      );
    }
    pitch[section].forEach((bullet, i) => {
      const words = countWords(bullet);
      if (words > MAX_BULLET_WORDS) {
        findings.push(
          finding(
            'bullet-too-long',
            bulletPath(section, i),
            `${label} ${i + 1} has ${words} words. Cut it to ${MAX_BULLET_WORDS} or fewer: one idea, said plainly.`,
          ),
        );
      }
    });
  }
  return findings;
}

/** `no-situation-number`: the problem lands harder with its size ("21 days, six slower than the market"). */
export function situationNumberRule(pitch: PitchFile): Finding[] {
  const situation = filled(pitch.situation);
  if (situation.length === 0 || situation.some((b) => findQuantities(b).length > 0)) return [];
  return [
    finding(
      'no-situation-number',
      'situation',
      'No Situation bullet has a number. Size the problem: how many, how long, how much it costs today ("Claims take 21 days to settle").',
    ),
  ];
}

/** `no-metric` and `no-timeframe`: the outcome should say how much and by when. */
export function outcomeRules(pitch: PitchFile): Finding[] {
  const outcome = filled(pitch.outcome);
  if (outcome.length === 0) return [];
  const findings: Finding[] = [];
  if (!outcome.some((b) => findQuantities(b).length > 0)) {
    findings.push(
      finding(
        'no-metric',
        'outcome',
        'No Outcome bullet has a number. Say how much changes: a percentage, an amount, a time saved ("from 21 to 14 days", "$1.2M a year").',
      ),
    );
  }
  if (!outcome.some(hasTimeframe)) {
    findings.push(
      finding(
        'no-timeframe',
        'outcome',
        'Say when the outcome lands: a month, quarter or year ("by September", "within six weeks").',
      ),
    );
  }
  return findings;
}

/** Who is asked for: a counted or named role ("two engineers", "a product owner", "your deputy"), or a deciding body. */
const OWNER = new RegExp(
  '(?<![\\p{L}])(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+|your|our|my|named|dedicated|full-time|extra|additional)\\s+(?:[\\p{L}-]+\\s+){0,2}' +
    '(?:engineers?|developers?|analysts?|sponsors?|owners?|leads?|managers?|directors?|heads?|officers?|team|staff|people|ftes?|hires?|nurses?|doctors?|clinicians?|designers?|architects?|specialists?|consultants?|contractors?|champions?|deputy|deputies|planners?|drivers?|operators?|teachers?|officials?|surveyors?|technicians?|scientists?|advisers?|advisors?|coordinators?|buyers?|agents?|pharmacists?|paramedics?|inspectors?|auditors?|lawyers?|crews?|squad)' +
    '|(?:the\\s+)?(?:board|committee|ceo|cfo|cio|cto|coo|vp|chair|cabinet|council|executive|steerco))(?![\\p{L}])',
  'iu',
);

const quote = (text: string) =>
  text.trim().length > 70 ? `${text.trim().slice(0, 67).trimEnd()}…` : text.trim();

/** `vague-ask`: an ask names the decision (a request verb) and something concrete: amount, owner or date. */
export function vagueAskRule(pitch: PitchFile): Finding[] {
  const ask = pitch.ask ?? '';
  if (!ask.trim()) return [];
  if (!namesDecision(ask)) {
    return [
      finding(
        'vague-ask',
        'ask',
        `"${quote(ask)}" does not say what you want decided. Start with the decision: approve, fund, assign, decide, endorse… ("Approve $350K and two engineers from March").`,
      ),
    ];
  }
  const concrete = findQuantities(ask).length > 0 || OWNER.test(ask) || hasTimeframe(ask);
  if (!concrete) {
    return [
      finding(
        'vague-ask',
        'ask',
        `"${quote(ask)}" needs something concrete: say how much, who or by when ("Approve $350K and two engineers from March").`,
      ),
    ];
  }
  return [];
}
