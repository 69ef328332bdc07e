import { ACTION_VERBS, lowerFirst } from './sentences';

/** Participles that are spelled the same as the simple past, so "were fed by X" → "X fed". */
const IRREGULAR_BASE: Record<string, string> = {
  fed: 'feed', built: 'build', made: 'make', sent: 'send', set: 'set', cut: 'cut', held: 'hold',
  paid: 'pay', brought: 'bring', bought: 'buy', kept: 'keep', led: 'lead', put: 'put', sold: 'sell',
  told: 'tell', won: 'win', found: 'find', spent: 'spend', shut: 'shut', split: 'split',
};
const TIME_WORDS =
  /^(?:the end of |the start of |end of |early |mid-?|late )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|q[1-4]|h[12]|fy|\d|next|this|monday|tuesday|wednesday|thursday|friday|then|year|the (?:first|second|third|fourth|next|end)|autumn|spring|summer|winter)/iu;
const TRAILING_PREPOSITION = /\s+(?:in|on|at|during|after|before|since|last|this|over|across|within|for|from|to|into|with)\b/u;

/** Base form of a past participle when it is a verb we know ("deployed" → "deploy"). */
function baseForm(participle: string): string | undefined {
  const lower = participle.toLowerCase();
  const irregular = IRREGULAR_BASE[lower];
  if (irregular) return irregular;
  if (!lower.endsWith('ed')) return undefined;
  const stem = lower.slice(0, -2);
  const candidates = [lower.slice(0, -1), stem, stem.replace(/(.)\1$/u, '$1'), stem.replace(/i$/u, 'y')];
  return candidates.find((c) => ACTION_VERBS.has(c));
}

function midSentence(phrase: string, slideText: string): string {
  return lowerFirst(phrase, slideText) ?? phrase;
}

/** "the regional directors", "Finance", "adjusters": someone who acts, not "hand" or "May". */
function isAgent(phrase: string): boolean {
  if (TIME_WORDS.test(phrase) || phrase.split(/\s+/u).length > 5) return false;
  return /^(?:the|our|their|its|a|an|each|every|all|two|three|\p{Lu})/u.test(phrase) || /^\p{L}+s$/u.test(phrase);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Turns the two passive shapes slides use most into active speech, which sounds like someone
 * owning the work: "Scores will be fed into the portal by May" → "We will feed scores into the
 * portal by May"; "Complaints were escalated by the directors in June" → "The directors
 * escalated complaints in June". Anything else comes back unchanged.
 */
export function activeVoice(fragment: string, slideText: string): string {
  const future = /^(.+?) will be (\p{L}+)\b(.*)$/u.exec(fragment);
  if (future) {
    const [, subject = '', participle = '', rest = ''] = future;
    const base = baseForm(participle);
    if (!base) return fragment;
    const byPhrase = /\sby\s+(.+)$/u.exec(rest)?.[1];
    if (!byPhrase || TIME_WORDS.test(byPhrase)) return `We will ${base} ${midSentence(subject, slideText)}${rest}`;
    // "by IT in Q2": the agent is "IT", and "in Q2" goes after the object.
    const cut = byPhrase.search(TRAILING_PREPOSITION);
    const agent = cut >= 0 ? byPhrase.slice(0, cut) : byPhrase;
    const after = cut >= 0 ? byPhrase.slice(cut) : '';
    if (!isAgent(agent)) return fragment;
    return `${capitalise(agent)} will ${base} ${midSentence(subject, slideText)}${rest.replace(/\sby\s+.+$/u, '')}${after}`;
  }
  const past = /^(.+?) (?:was|were) (\p{L}+ed|fed|built|made|sent|set|cut|held|paid|brought|bought|kept|led|put|sold|told|won|found|spent) by (.+)$/u.exec(fragment);
  if (!past) return fragment;
  const [, subject = '', participle = '', byPhrase = ''] = past;
  const cut = byPhrase.search(TRAILING_PREPOSITION);
  const agent = cut >= 0 ? byPhrase.slice(0, cut) : byPhrase;
  const rest = cut >= 0 ? byPhrase.slice(cut) : '';
  if (!agent || !isAgent(agent)) return fragment;
  return `${capitalise(agent)} ${participle} ${midSentence(subject, slideText)}${rest}`;
}
