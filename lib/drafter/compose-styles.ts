import { askSentence, closingQuestion } from './ask-sentence';
import type { LensId } from './lenses';
import { lensLead, lensOpening } from './lens-lead';
import { asSentence } from './sentences';
import type { Fragment, SlideParts } from './slide-parts';
import { spokenClause, stakesSentence, withLead, type Role } from './spoken-forms';
import type { DraftStyleId } from './styles';

const PAST =
  /\b(?:was|were|had|did|rose|fell|grew|doubled|halved|tripled|dropped|jumped|climbed|slipped|reported|last (?:year|month|quarter|week))\b/iu;

/** Which pieces a draft uses, each in its full or short form; keys like "situation:0", "claim". */
export type Selection = ReadonlyMap<string, 'full' | 'short'>;

/** Piece keys a style may add, most valuable first, after the essentials; the lens moves what it stresses forward. */
export function optionalKeys(parts: SlideParts, style: DraftStyleId, lens: LensId = 'general'): string[] {
  // Within a section, plain points go before ones carrying buzzwords.
  const indexed = (prefix: string, list: Fragment[]) =>
    list.map((f, i) => ({ key: `${prefix}:${i}`, rank: f.jargon ? 1 : 0 })).sort((a, b) => a.rank - b.rank).map((k) => k.key);
  const situation = indexed('situation', parts.situation);
  const action = indexed('action', parts.action);
  const outcome = indexed('outcome', parts.otherOutcomes);
  const [s0, s1, ...sRest] = situation;
  const [a0, a1, ...aRest] = action;
  const [o0, ...oRest] = outcome;
  const stakes = parts.stakes ? 'stakes' : undefined;
  const value = parts.valueProposition ? 'value' : undefined;
  let order =
    style === 'bottom-line-first'
      ? [s0, a0, 'close', a1, s1, o0, ...aRest, ...sRest, value, ...oRest, stakes]
      : [s0, a0, 'close', stakes, s1, a1, o0, ...sRest, ...aRest, value, ...oRest];
  const first = (keys: Array<string | undefined>) => {
    order = [...keys, ...order.filter((k) => !keys.includes(k))];
  };
  if (lens === 'cfo') first([...outcome.filter((k) => parts.otherOutcomes[Number(k.split(':')[1])]?.money), stakes]);
  if (lens === 'cto') first([a0, a1, stakes, ...aRest]);
  if (lens === 'sponsor') first([value, s0]);
  if (lens === 'peer') first([s0, a0]);
  return order.filter((k): k is string => k !== undefined);
}

function form(selection: Selection, key: string, fragment: Fragment | undefined): string | undefined {
  const chosen = selection.get(key);
  if (!fragment || !chosen) return undefined;
  return chosen === 'short' && fragment.short ? fragment.short : fragment.full;
}

/** The selected pieces of one section as clauses, minus the one the lens already said. */
function sectionClauses(selection: Selection, prefix: string, list: Fragment[], role: Role, slideText: string, skip: string | undefined): string[] {
  return list.flatMap((fragment, i) => {
    const key = `${prefix}:${i}`;
    const text = key === skip ? undefined : form(selection, key, fragment);
    return text ? [spokenClause(text, role, slideText)] : [];
  });
}

/** "We will …", "We will also …", "And we will …": one voice for the plan, never bare orders. */
function actionSentences(clauses: string[]): string[] {
  const joiners = ['We will ', 'We will also ', 'And we will '];
  let ours = 0;
  return clauses.map((clause) => {
    if (!clause.startsWith('We will ')) return asSentence(clause);
    const joiner = joiners[Math.min(ours, joiners.length - 1)]!;
    ours += 1;
    return asSentence(joiner + clause.slice('We will '.length));
  });
}

/** Renders the selected pieces: the lens's lead first, then the style's order, the ask and the close. */
export function composeDraft(parts: SlideParts, selection: Selection, style: DraftStyleId, lens: LensId = 'general'): string {
  const { slideText } = parts;
  const lead = lensLead(parts, lens);
  const skip = lead?.key;
  const one = (key: string, fragment: Fragment | undefined, role: Role) => {
    const text = key === skip ? undefined : form(selection, key, fragment);
    return text ? spokenClause(text, role, slideText) : undefined;
  };
  const claim = one('claim', parts.claim, parts.claimIsHeadline ? 'claim' : 'outcome');
  const keyOutcome = one('keyOutcome', parts.keyOutcome, 'outcome');
  const situation = sectionClauses(selection, 'situation', parts.situation, 'situation', slideText, skip);
  const actions = actionSentences(sectionClauses(selection, 'action', parts.action, 'action', slideText, skip));
  const outcomes = sectionClauses(selection, 'outcome', parts.otherOutcomes, 'outcome', slideText, skip).map(asSentence);
  const stakesText = skip === 'stakes' ? undefined : form(selection, 'stakes', parts.stakes);
  const value = one('value', parts.valueProposition, 'value');
  const askFirst = lens === 'peer' && skip === 'ask';
  const ask = parts.ask && selection.has('ask') && !askFirst ? [askSentence(parts.ask, slideText)] : [];
  const close = selection.has('close') || askFirst ? [closingQuestion(parts.ask, style, lens)] : [];
  const [firstSituation, ...moreSituation] = situation.map((clause, i) =>
    // "We face X. We also face Y.": the second noun phrase does not repeat the first one's verb.
    i > 0 && clause.startsWith('We face ') && situation.slice(0, i).some((c) => c.startsWith('We face ')) ? `We also face ${clause.slice(8)}` : clause,
  );
  /** "Right now" would clash with a past tense: "Right now, losses were reported…". */
  const now = (clause: string) => (PAST.test(clause) ? asSentence(clause) : withLead('Right now', clause, slideText));
  const valueLine = value ? [asSentence(value)] : [];
  const stakes = (lead: string) =>
    stakesText ? [stakesSentence(lead, spokenClause(stakesText, 'stakes', slideText), slideText)] : [];
  const opening = lead && selection.has(lead.key) ? [lensOpening(parts, lead, selection)] : [];

  let sentences: string[];
  if (style === 'bottom-line-first') {
    sentences = [
      ...(claim ? [asSentence(claim)] : []),
      ...(firstSituation ? [now(firstSituation)] : []),
      ...moreSituation.map(asSentence),
      ...actions,
      ...(keyOutcome ? [withLead('As a result', keyOutcome, slideText)] : []),
      ...outcomes,
      ...stakes('If we wait'),
      ...valueLine,
    ];
  } else if (style === 'problem-first') {
    sentences = [
      ...[firstSituation, ...moreSituation].filter((c): c is string => c !== undefined).map(asSentence),
      ...stakes('If nothing changes'),
      ...(claim ? [withLead(parts.claimIsHeadline ? 'Here is the fix' : 'We can change that', claim, slideText, ': ')] : []),
      ...actions,
      ...(keyOutcome ? [asSentence(keyOutcome)] : []),
      ...outcomes,
      ...valueLine,
    ];
  } else {
    const picture = keyOutcome ?? claim;
    sentences = [
      ...(firstSituation ? [now(firstSituation)] : []),
      ...moreSituation.map(asSentence),
      ...(picture ? [withLead('Now picture this', picture, slideText, ': ')] : []),
      ...(keyOutcome && claim ? [asSentence(claim)] : []),
      ...(actions.length > 0 ? ['Here is how we get there.', ...actions] : []),
      ...outcomes,
      ...stakes('If we wait'),
      ...valueLine,
    ];
  }
  return [...opening, ...sentences, ...ask, ...close].join(' ');
}
