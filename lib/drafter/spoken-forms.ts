import { clauseShape } from './clause-shape';
import { asSentence, lowerFirst } from './sentences';

/** The part a slide fragment plays in the pitch: it decides which verb a noun phrase borrows. */
export type Role = 'situation' | 'action' | 'outcome' | 'stakes' | 'value' | 'claim';

const CHANGE_NOUN =
  /^(?:(?:annual|yearly|monthly|quarterly|recurring|one-off|net|total)\s+)?(?:savings?|reductions?|increases?|cuts?|gains?|drops?|rises?|growth|improvements?|returns?|uplift)\s+(?:of|in)\b/iu;

/** The fragment with its opening word in lower case: always for a verb, else only when it is no proper noun. */
function lowered(fragment: string, slideText: string, isVerb = false): string {
  if (isVerb) return fragment.charAt(0).toLowerCase() + fragment.slice(1);
  return lowerFirst(fragment, slideText) ?? fragment;
}

function article(phrase: string): string {
  const plural = /^(?:\S+\s+)?\S+s\s+(?:of|in)\b/u.test(phrase) || /^growth\b/iu.test(phrase);
  if (plural) return '';
  return /^[aeiou]/iu.test(phrase) ? 'an ' : 'a ';
}

const ADJECTIVE_GERUND =
  /^(?:rising|growing|falling|increasing|declining|mounting|shrinking|ageing|aging|missing|existing|outstanding|remaining|ongoing|competing|leading|worsening|soaring|spiralling|spiraling|lasting|recurring)$/iu;

/** A noun phrase said with a verb of ours: "We face rising claim volumes…", "We expect 30% fewer complaints". */
function nounPhraseClause(phrase: string, role: Role, slideText: string): string {
  const lowerable = lowerFirst(phrase, slideText);
  const low = lowerable === undefined ? undefined : withArticle(lowerable);
  if (low === undefined) {
    // A proper noun opens it: keep it at the start of the sentence, where its capital belongs.
    const tail: Record<Role, string> = {
      situation: 'that is what we face',
      action: 'that is what we will deliver',
      outcome: 'that is what we expect',
      stakes: 'that is the risk if we wait',
      value: 'that is why it matters',
      claim: 'that is what we will deliver',
    };
    return `${phrase}: ${tail[role]}`;
  }
  if (CHANGE_NOUN.test(phrase) && (role === 'outcome' || role === 'claim' || role === 'value')) {
    const verb = /^(?:\S+\s+)?(?:savings?|cuts?|reductions?)\b/iu.test(low) ? 'make' : 'see';
    return `We will ${verb} ${article(low)}${low}`;
  }
  const gerund = /^(\p{L}+ing)\b/u.exec(low)?.[1];
  switch (role) {
    case 'situation':
      // "Losing 1 in 5 new hires" is what we are doing; "Rising costs" is what we face.
      if (gerund && !ADJECTIVE_GERUND.test(gerund)) return `We are ${low}`;
      return `We face ${low}`;
    case 'action':
    case 'claim':
      return `We will put in place ${low}`;
    case 'outcome':
      return `We expect ${low}`;
    case 'stakes':
      return `We face ${low}`;
    case 'value':
      return `That means ${low}`;
  }
}

const WHEN =
  /^(?:by|before|within|in|from|during|at)\s+(?:the\s+)?(?:end\s+of\s+|start\s+of\s+|first\s+|next\s+)?(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|q[1-4]|h[12]|fy|\d{4}|next|this|year|month|week|day|quarter|spring|summer|autumn|winter|\d+\s+(?:days?|weeks?|months?|years?))/iu;

/** "Backlog cleared by 31 March" → "Backlog will be cleared by 31 March": a headline-style result said as a sentence. */
function reducedPassive(fragment: string): string | undefined {
  const match = /^(\S.*?)\s+(\p{L}+ed|cut|met|won|built|paid|held|kept|done|sold|shut)(?:\s+(.*))?$/u.exec(fragment);
  if (!match) return undefined;
  const [, subject = '', participle = '', rest = ''] = match;
  if (/\b(?:will|is|are|was|were|has|have|had|be|been)\b/iu.test(subject) || subject.split(/\s+/u).length < 1) return undefined;
  if (clauseShape(subject) !== 'noun-phrase') return undefined;
  if (rest && !WHEN.test(rest)) return undefined;
  return `${subject} will be ${participle}${rest ? ` ${rest}` : ''}`;
}

/** "backlog of 2,300 orders" wants its article: "a backlog of 2,300 orders", "an overtime budget of £180K". */
export function withArticle(phrase: string): string {
  const countable =
    /^(?:[\p{Ll}-]+\s+)?(?:backlog|shortage|lack|surplus|gap|loss|queue|wait|delay|bill|deficit|overspend|risk|rise|fall|drop|total|budget|contract|team|headcount|increase)\s+(?:of|for)\b/u;
  if (!countable.test(phrase) || /^(?:a|an|the|our|your|my|their|this|that|one)\s/iu.test(phrase)) return phrase;
  return `${/^[aeiou]/iu.test(phrase) ? 'an' : 'a'} ${phrase}`;
}

/** An instruction on the slide said as what we do: "Fit 4,000 sensors" → "We will fit 4,000 sensors". */
function imperativeClause(fragment: string, role: Role): string {
  const verb = fragment.charAt(0).toLowerCase() + fragment.slice(1);
  switch (role) {
    case 'situation':
      return `We need to ${verb}`;
    case 'stakes':
      return `We ${verb}`;
    case 'value':
      return `It will help us ${verb}`;
    default:
      return `We will ${verb}`;
  }
}

/**
 * One slide fragment as a spoken clause with a subject and a finite verb, no full stop: clauses
 * stay as written, instructions become what "we" will do, noun phrases borrow a verb for their role.
 */
export function spokenClause(fragment: string, role: Role, slideText: string): string {
  // The headline passed the claim test already: it is said as written.
  if (role === 'claim') return fragment;
  if (role === 'outcome') {
    const passive = reducedPassive(fragment);
    if (passive) return passive;
  }
  const shape = clauseShape(fragment);
  if (shape === 'imperative') return imperativeClause(fragment, role);
  if (shape === 'noun-phrase') return nounPhraseClause(fragment, role, slideText);
  return fragment;
}

/** `spokenClause` as a sentence. */
export function spokenSentence(fragment: string, role: Role, slideText: string): string {
  return asSentence(spokenClause(fragment, role, slideText));
}

/**
 * "Lead, clause." when the clause can go on in lower case (a pronoun or common word opens it),
 * else the lead alone would dangle, so the clause is said as its own sentence.
 */
export function withLead(lead: string, clause: string, slideText: string, separator = ', '): string {
  const isOurs = /^(?:We|It|That|I)\b/u.test(clause);
  const low = isOurs ? lowered(clause, slideText, true) : lowerFirst(clause, slideText);
  return low === undefined ? asSentence(clause) : asSentence(`${lead}${separator}${low}`);
}

/** A clause that already says its own condition ("If we do nothing, …", "Unless we act, …"). */
const OWN_CONDITION = /^(?:if|unless|otherwise|without|until)\b/iu;

/**
 * What happens if nothing is done, after a lead such as "If we wait": said as it stands when the
 * slide's own words already open with a condition, so the draft never says "If we wait, if we do
 * nothing, …".
 */
export function stakesSentence(lead: string, clause: string, slideText: string): string {
  return OWN_CONDITION.test(clause) ? asSentence(clause) : withLead(lead, clause, slideText);
}

/** An objective from the trace ("Retain our top 20 brokers") as what this work serves. */
export function objectiveSentence(objective: string, slideText: string): string {
  const shape = clauseShape(objective);
  if (shape === 'imperative') return asSentence(`This work serves our objective: to ${lowered(objective, slideText, true)}`);
  const low = lowerFirst(objective, slideText) ?? objective;
  return asSentence(`This work serves our objective: ${low}`);
}
