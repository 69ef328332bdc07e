import nlp from 'compromise';
import { ACTION_VERBS } from './action-verbs';

/**
 * What grammatical shape a slide fragment has, so the drafter knows how to say it:
 * - `imperative`: opens with a bare verb ("Fit 4,000 sensors…", "Avoid the £6.5M fine"): said as what we will do;
 * - `clause`: has a subject and a finite verb ("Settlement time falls to 14 days"): said as it is;
 * - `noun-phrase`: no finite verb ("Rising claim volumes and flat headcount"): needs a verb of our own.
 */
export type ClauseShape = 'imperative' | 'clause' | 'noun-phrase';

const FINITE_WORD =
  /^(?:is|are|was|were|am|will|would|can|could|should|must|shall|may|might|has|have|had|does|do|did|isn't|aren't|wasn't|weren't|won't|can't|don't|doesn't|didn't|hasn't|haven't)$/iu;
/** Finite verbs a tagger reads as nouns or misses: "Complaints rose 18%", "Costs fell". */
const KNOWN_FINITE =
  /^(?:rose|fell|grew|rises|falls|grows|drops|dropped|doubled|halved|tripled|takes|took|costs|spends|spent|waits|waited|loses|lost|misses|missed|reached|stays|stayed|remains|remained|sits|sat|runs|ran|means|meant|makes|made|needs|needed|gets|got|goes|went|comes|came|keeps|kept|gives|gave|shows|showed|holds|held|leaves|left|lands|landed|hits|beats|saves|saved|cuts|frees|freed|pays|paid|brings|brought|becomes|became)$/iu;
/** Action verbs that also open noun phrases ("Pilot results show…", "Test coverage is…"): the tagger decides. */
const ALSO_NOUNS = new Set(['pilot', 'test', 'review', 'trial', 'map', 'change', 'update', 'offer', 'lead', 'share', 'set', 'design', 'request', 'use', 'end', 'drop', 'cut', 'run', 'close', 'fix', 'focus', 'roll', 'partner', 'phase', 'shift', 'start', 'stop', 'switch', 'split', 'transfer', 'train', 'audit', 'repair', 'monitor', 'measure', 'clear', 'sign', 'double', 'increase', 'decline', 'hand', 'hold']);
/** Base forms of change verbs after a plural subject: "Hold times fall…", "Orders per shift rise…". */
const BASE_CHANGE =
  /^(?:fall|rise|drop|grow|shrink|climb|stay|remain|double|halve|improve|increase|decrease|cost|reach|hit|beat|go|come|fine|charge|pay|lose|miss|need|want|expect|take|spend|see|make|get|wait|walk|use|ask|complain|leave|call)$/iu;
const PRONOUN_SUBJECT = /^(?:i|we|you|they|he|she|it|this|that|these|those|there|everyone|nobody)$/iu;
/** Words that may follow an opening verb in an instruction: "Fit 4,000…", "Move the team…", "Scale to all…". */
const AFTER_VERB =
  /^(?:the|a|an|our|your|their|its|this|that|these|those|all|every|each|both|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|half|more|fewer|less|new|up|down|out|off|back|over|to|in|on|with|from|into|across|at|by|for|it|them|us|\d[\d,.%]*|[$€£¥₹]\S*)$/iu;

interface Term {
  text: string;
  tags: string[];
}

function terms(fragment: string): Term[] {
  const sentence = nlp(fragment).json()[0] as { terms?: Term[] } | undefined;
  return sentence?.terms ?? [];
}

const has = (term: Term | undefined, tag: string) => term?.tags.includes(tag) ?? false;

/** Whether the fragment opens with a bare verb that gives an instruction. */
function opensWithVerb(list: Term[]): boolean {
  const [first, second] = list;
  if (!first) return false;
  const word = first.text.toLowerCase();
  if (FINITE_WORD.test(word) || PRONOUN_SUBJECT.test(word)) return false;
  const verbish = ACTION_VERBS.has(word) || has(first, 'Imperative') || (has(first, 'Infinitive') && !has(first, 'Gerund'));
  if (!verbish) return false;
  if (!second) return ACTION_VERBS.has(word);
  if (FINITE_WORD.test(second.text)) return false; // "Cost will fall": a noun subject
  // A verb only the tagger sees ("Card schemes fine…", "Staff costs rose") needs an object-like word after it.
  return (
    AFTER_VERB.test(second.text) ||
    has(second, 'Adjective') ||
    has(second, 'Value') ||
    ACTION_VERBS.has(word)
  );
}

/** Whether a verb after the first word makes the fragment a clause: "Claims take 21 days", "Costs rose". */
function hasFiniteVerb(list: Term[]): boolean {
  return list.some((term, i) => {
    if (i === 0) return false;
    const word = term.text.toLowerCase().replace(/[.,;:!?]+$/u, '');
    if (FINITE_WORD.test(word)) return true;
    // "costs for contract engineers", "cuts of 10%": a noun before its preposition.
    if (KNOWN_FINITE.test(word)) return !/^(?:for|of)$/iu.test(list[i + 1]?.text ?? '');
    const before = list[i - 1]!;
    // "Orders per shift rise…", "Card schemes fine…": a base verb after a plural subject.
    if (BASE_CHANGE.test(word) && i < list.length - 1) {
      if (i > 1 && /^(?:per|of)$/iu.test(list[i - 2]?.text ?? '')) return true;
      if (has(before, 'Plural') || (/s$/u.test(before.text) && has(before, 'Noun'))) return true;
    }
    if (!has(term, 'Verb') || has(term, 'Gerund')) return false;
    if (i === list.length - 1 && !has(term, 'PastTense')) return false; // "paper lists": a noun at the end
    if (/^to$/iu.test(before.text)) return false;
    if (has(term, 'PastTense') && !has(term, 'Participle')) return true;
    return has(term, 'PresentTense') && (has(before, 'Noun') || has(before, 'Plural') || has(before, 'Adverb') || PRONOUN_SUBJECT.test(before.text) || has(before, 'Value'));
  });
}

const known = new Map<string, ClauseShape>();

/** The shape of one fragment (see `ClauseShape`); the first sentence decides. Remembered: a draft asks often. */
export function clauseShape(fragment: string): ClauseShape {
  const seen = known.get(fragment);
  if (seen) return seen;
  const shape = shapeOf(fragment);
  if (known.size > 2000) known.clear();
  known.set(fragment, shape);
  return shape;
}

function shapeOf(fragment: string): ClauseShape {
  const list = terms(fragment);
  if (list.length === 0) return 'noun-phrase';
  const first = list[0]!.text.toLowerCase();
  const second = list[1]?.text ?? '';
  if (ACTION_VERBS.has(first) && !ALSO_NOUNS.has(first) && !FINITE_WORD.test(second)) return 'imperative';
  if (opensWithVerb(list) && (AFTER_VERB.test(second) || !hasFiniteVerb(list))) return 'imperative';
  if (PRONOUN_SUBJECT.test(list[0]!.text) && list.length > 1) return 'clause';
  return hasFiniteVerb(list) ? 'clause' : 'noun-phrase';
}
