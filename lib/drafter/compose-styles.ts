import { askSentence, closingQuestion } from './ask-sentence';
import { asCommitment, asOutcomeStatement, asSentence, lowerFirst } from './sentences';
import type { Fragment, SlideParts } from './slide-parts';
import type { DraftStyleId } from './styles';

/** Which pieces a draft uses, each in its full or short form; keys like "situation:0", "claim". */
export type Selection = ReadonlyMap<string, 'full' | 'short'>;

/** Piece keys a style may add, most valuable first, after the claim, key outcome and ask. */
export function optionalKeys(parts: SlideParts, style: DraftStyleId): string[] {
  // Within a section, plain points go before ones carrying buzzwords.
  const indexed = (prefix: string, list: Fragment[]) =>
    list.map((f, i) => ({ key: `${prefix}:${i}`, rank: f.jargon ? 1 : 0 })).sort((a, b) => a.rank - b.rank).map((k) => k.key);
  const [s0, s1, ...sRest] = indexed('situation', parts.situation);
  const [a0, a1, ...aRest] = indexed('action', parts.action);
  const [o0, ...oRest] = indexed('outcome', parts.otherOutcomes);
  const stakes = parts.stakes ? 'stakes' : undefined;
  const value = parts.valueProposition ? 'value' : undefined;
  const order =
    style === 'bottom-line-first'
      ? [s0, a0, 'close', a1, s1, o0, ...aRest, ...sRest, value, ...oRest, stakes]
      : [s0, a0, 'close', stakes, s1, a1, o0, ...sRest, ...aRest, value, ...oRest];
  return order.filter((k): k is string => k !== undefined);
}

function sectionPicks(selection: Selection, prefix: string, list: Fragment[]): string[] {
  return list.flatMap((fragment, i) => {
    const form = selection.get(`${prefix}:${i}`);
    if (!form) return [];
    return [form === 'short' && fragment.short ? fragment.short : fragment.full];
  });
}

function pick(selection: Selection, key: string, fragment: Fragment | undefined): string | undefined {
  const form = selection.get(key);
  if (!fragment || !form) return undefined;
  return form === 'short' && fragment.short ? fragment.short : fragment.full;
}

/** "Lead-in: rest", or two sentences when the rest cannot safely start in lower case. */
function leadIn(lead: string, text: string | undefined, slideText: string, separator = ', '): string[] {
  if (!text) return [];
  const lowered = lowerFirst(text, slideText);
  return lowered ? [asSentence(`${lead}${separator}${lowered}`)] : [asSentence(text)];
}

function actionSentences(actions: string[]): string[] {
  const joiners = ['We will ', 'We will also ', 'And we will '];
  return actions.map((action, i) => {
    const committed = asCommitment(action);
    const joiner = joiners[Math.min(i, joiners.length - 1)]!;
    return asSentence(committed.startsWith('We will ') ? joiner + committed.slice('We will '.length) : committed);
  });
}

/** Renders the selected pieces in the style's order, with the connecting words a speaker uses. */
export function composeDraft(parts: SlideParts, selection: Selection, style: DraftStyleId): string {
  const { slideText } = parts;
  const claim = pick(selection, 'claim', parts.claim);
  const keyOutcome = pick(selection, 'keyOutcome', parts.keyOutcome);
  const situation = sectionPicks(selection, 'situation', parts.situation);
  const actions = actionSentences(sectionPicks(selection, 'action', parts.action));
  const outcomes = sectionPicks(selection, 'outcome', parts.otherOutcomes).map((o) => asSentence(asOutcomeStatement(o)));
  const stakes = pick(selection, 'stakes', parts.stakes);
  const value = pick(selection, 'value', parts.valueProposition);
  const ask = parts.ask && selection.has('ask') ? [askSentence(parts.ask)] : [];
  const close = selection.has('close') ? [closingQuestion(parts.ask, style)] : [];
  const [firstSituation, ...moreSituation] = situation;
  const valueLine = value ? [asSentence(value)] : [];

  let sentences: string[];
  if (style === 'bottom-line-first') {
    sentences = [
      ...(claim ? [asSentence(claim)] : []),
      ...leadIn('Today', firstSituation, slideText),
      ...moreSituation.map(asSentence),
      ...actions,
      ...leadIn('The result', keyOutcome, slideText, ': '),
      ...outcomes,
      ...(stakes ? [asSentence(`If we wait, ${stakes}`)] : []),
      ...valueLine,
    ];
  } else if (style === 'problem-first') {
    sentences = [
      ...situation.map(asSentence),
      ...(stakes ? [asSentence(`If nothing changes, ${stakes}`)] : []),
      ...leadIn(parts.claimIsHeadline ? 'Here is the fix' : 'We can change that', claim, slideText, ': '),
      ...actions,
      ...(keyOutcome ? [asSentence(keyOutcome)] : []),
      ...outcomes,
      ...valueLine,
    ];
  } else {
    sentences = [
      ...leadIn('Today', firstSituation, slideText),
      ...moreSituation.map(asSentence),
      ...leadIn('Now picture this', keyOutcome ?? claim, slideText, ': '),
      ...(keyOutcome && claim ? [asSentence(claim)] : []),
      ...(actions.length > 0 ? ['Here is how we get there.', ...actions] : []),
      ...outcomes,
      ...(stakes ? [asSentence(`If we wait, ${stakes}`)] : []),
      ...valueLine,
    ];
  }
  return [...sentences, ...ask, ...close].join(' ');
}
