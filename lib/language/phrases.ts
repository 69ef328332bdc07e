import nlp from 'compromise';
import { FILLERS, HEDGES, JARGON } from './phrase-lists';
import type { Span } from './words';

const phraseMatcher = (list: string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
const HEDGE = phraseMatcher(HEDGES);
const JARGON_PHRASE = phraseMatcher(JARGON);
const FILLER = phraseMatcher(FILLERS);

function matches(re: RegExp, text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(re)) {
    const words = m[0].replace(/,$/u, '');
    spans.push({ text: words, start: m.index, end: m.index + words.length });
  }
  return spans;
}

/** "might" as a noun ("with all our might"), "more or less" as an amount ("choose more or less data"). */
function literalHedge(span: Span, text: string): boolean {
  const before = text.slice(Math.max(0, span.start - 24), span.start);
  const word = span.text.toLowerCase();
  if (word === 'might')
    return /\b(?:our|all|the|its|their|his|her|my|your|full|military|economic)\s+$/iu.test(before);
  if (word === 'more or less')
    return /\b(?:choose|chose|buy|bought|use|pay|order|spend|want|need|add|take|get|have|offer|sell|carry|stock|pick)\s+$/iu.test(
      before,
    );
  return false;
}

/** The modal "may" ("the new schedule may reduce visits"), not the month ("by May", "in may"). */
const MODAL_MAY = /(?<![\p{L}])may(?=\s+(?:not\s+|well\s+|also\s+|even\s+)?\p{Ll}{2,})(?!\s+\d)/gu;
const MONTH_CONTEXT =
  /\b(?:in|by|from|until|till|before|after|since|of|early|late|mid|end|this|next|last|during|the|each|every)\s+$/iu;

/** Weak or mitigating wording ("I think", "might", "it is hoped that"), with offsets. */
export function findHedges(text: string): Span[] {
  const found = matches(HEDGE, text).filter((span) => !literalHedge(span, text));
  for (const m of text.matchAll(MODAL_MAY)) {
    if (MONTH_CONTEXT.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    found.push({ text: m[0], start: m.index, end: m.index + 3 });
  }
  return dedupe(found);
}

/** Spoken filler ("um", "basically", "you know", a leading "So,"), with offsets; not "did you know". */
export function findFillers(text: string): Span[] {
  return matches(FILLER, text).filter(
    (span) =>
      !(
        /^you know$/iu.test(span.text) &&
        /\b(?:did|do|does|don['’]t|didn['’]t|would|will|if|as|what|now)\s+$/iu.test(
          text.slice(Math.max(0, span.start - 10), span.start),
        )
      ),
  );
}

/**
 * Buzzwords whose meaning depends on their use, each with the test that tells the buzzword
 * from the plain word. "Leverage" is jargon as a verb ("leverage our data") and plain finance as
 * a noun ("leverage rises to 3.5x"): compromise's part-of-speech tags decide, helped at the start
 * of a sentence, where the tagger reads Title-Case imperatives as nouns.
 */
const LEVERAGE = /(?<![\p{L}])leverag(?:e|es|ed|ing)(?![\p{L}])/giu;
/**
 * "end-to-end" praising a solution ("an end-to-end platform") is jargon; a literal measure or test
 * is not, nor is the plain adverb "own the claims end to end".
 */
const END_TO_END =
  /(?<![\p{L}])end-to-end(?=\s+\p{L})(?!\s+(?:tests?|testing|encryption|latency|journey|journeys|time|times|lead|delivery|trial|trials|run|runs|response|process(?:ing)? time|cycle|traceability|flow))/giu;
/** "bandwidth" meaning people's time, not a network's capacity. */
const BANDWIDTH = /(?<![\p{L}])bandwidth(?![\p{L}])/giu;
const NETWORK_WORDS =
  /\b(?:network|networks|broadband|fibre|fiber|spectrum|link|links|radio|[gmk]bps|[gmk]hz|backhaul|circuit|wan|lan|5g|4g|satellite|data|download|downloads|upload|uploads|internet|connection|connections|wi-?fi|mobile|signal|video|streaming|app|bits?|bytes?|megabits?|gigabits?|users?)\b/iu;
/**
 * "Going forward," as the sentence adverb managers open or pad a clause with ("Going forward, we
 * will…", "…and, going forward, …"). At the end of a plain request ("we need your support going
 * forward") it reads as "from now on" and is left alone, as the shared fixture has it; "going
 * forward with the sale" is proceeding.
 */
const GOING_FORWARD =
  /(?:(?<=^|[.!?;:]\s*|\n\s*)going forward(?=\s*,)|(?<=,\s*)going forward(?=\s*[,.;:!?]|\s*$))/giu;

const OPENS_OBJECT =
  /^\s+(?:our|the|their|its|your|this|that|these|those|existing|new|a|an|all|every|each|shared|local|current|in-house|group|partner|customer|data|ai|[\p{Lu}][\p{L}]*)\b/u;

const AFTER_VERB_CUE =
  /\b(?:to|will|would|can|could|should|must|might|may|shall|we|i|they|you|us|and|or|fully|better|also|then|help|helps|let|lets)\s+$/iu;
const AFTER_NOUN_CUE =
  /\b(?:more|less|the|its|our|their|his|her|financial|operating|net|gross|some|no|any|extra|real|bargaining|negotiating|much|enough|greater|high|higher|low|lower|of|a)\s+$/iu;
/** The tagger is the slow part; the same sentences come back on every keystroke. */
const taggedVerb = new Map<string, boolean>();

function leverageIsVerb(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end).toLowerCase();
  const before = text.slice(Math.max(0, start - 40), start);
  if (word === 'leveraged')
    return (
      /\b(?:have|has|had|be|been|being|is|are|was|were|we|they|i|it)\s+(?:\p{L}+ly\s+)?$/iu.test(
        before,
      ) || OPENS_OBJECT.test(text.slice(end))
    );
  if (word !== 'leverage') return true; // leverages, leveraging: verb forms
  if (AFTER_NOUN_CUE.test(before)) return false;
  if (AFTER_VERB_CUE.test(before)) return true;
  if (/(?:^|[.;:!?•]\s*|\n\s*)$/u.test(text.slice(0, start)))
    return OPENS_OBJECT.test(text.slice(end));
  const sentence = text.slice(Math.max(0, text.slice(0, start).search(/[^.!?]*$/u)), end + 60);
  let verb = taggedVerb.get(sentence);
  if (verb === undefined) {
    const tagged = nlp(sentence).match('/^leverage$/').json() as { terms: { tags: string[] }[] }[];
    verb = tagged.some((t) => t.terms[0]?.tags.includes('Verb'));
    if (taggedVerb.size >= 500) taggedVerb.clear();
    taggedVerb.set(sentence, verb);
  }
  return verb;
}

/**
 * Buzzwords that are plain words in a literal setting: "seamless steel tubes", "a deep dive to
 * 180 metres", "the cutting edge of each drill bit", "value-added tax", fruit pickers clearing
 * "the low-hanging fruit", drug "synergy" in cell tests. Each is judged by the words around it.
 */
const LITERAL_SENSE: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [
    /^seamless/iu,
    /\bseamless(?:ly)?\s+(?:steel|tubes?|pipes?|pipework|gutters?|flooring|floors?|knit|garments?|aluminium|aluminum|welded|rings?|casing)\b/iu,
  ],
  [
    /^deep[- ]dive/iu,
    /deep[- ]dives?\s+(?:to|at|of)\s+\d|\b(?:divers?|diving|subsea|underwater|metres|meters|feet|submarine)\b/iu,
  ],
  [
    /^(?:cutting|bleeding)[- ]edge/iu,
    /\bthe\s+cutting[- ]edge\s+of\b|\b(?:blade|blades|bit|bits|drill|tool|tools|knife|knives|saw|cutter)\b/iu,
  ],
  [
    /^circle back/iu,
    /\b(?:bus|buses|shuttle|shuttles|route|routes|truck|trucks|van|vans|drone|drones|aircraft|plane|planes|ferry|ferries|train|trains|depot|driver|drivers|loop)\b/iu,
  ],
  [
    /^value[- ]add/iu,
    /value[- ]added\s+(?:tax|taxes|resellers?|services? providers?|network services)\b/iu,
  ],
  [
    /^low[- ]hanging fruit/iu,
    /\b(?:orchards?|trees?|pickers?|picking|ladders?|harvest\w*|apples?|pears?|growers?|fruit pickers)\b/iu,
  ],
  [
    /^synerg/iu,
    /\b(?:compounds?|drugs?|cells?|doses?|dosing|combination|molecules?|tumou?rs?|antibiotics?|therap\w+|assay|assays|in vitro)\b/iu,
  ],
  [
    /^holistic/iu,
    /\bholistic(?:ally)?\s+(?:care|assessments?|therapy|therapies|medicine|nursing|support plans?)\b/iu,
  ],
  [/^touch base/iu, /\b(?:baseball|runners?|plate)\b/iu],
];

function literalUse(span: Span, text: string): boolean {
  const around = text.slice(Math.max(0, span.start - 60), span.end + 60);
  return LITERAL_SENSE.some(([phrase, setting]) => phrase.test(span.text) && setting.test(around));
}

/** Buzzwords that hide meaning, by part of speech where it matters, with offsets. */
export function findBuzzwords(text: string): Span[] {
  const found = matches(JARGON_PHRASE, text).filter((span) => !literalUse(span, text));
  for (const m of text.matchAll(LEVERAGE)) {
    if (leverageIsVerb(text, m.index, m.index + m[0].length))
      found.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(END_TO_END))
    found.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(BANDWIDTH)) {
    const around = text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40);
    if (!NETWORK_WORDS.test(around))
      found.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  if (/going forward/iu.test(text))
    for (const m of text.matchAll(GOING_FORWARD))
      found.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return dedupe(found);
}

/** Whether the text carries any buzzword (the drafter avoids such fragments). */
export function hasBuzzword(text: string): boolean {
  return findBuzzwords(text).length > 0;
}

function dedupe(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  return sorted.filter(
    (s, i) => !sorted.slice(0, i).some((t) => s.start < t.end && s.end > t.start),
  );
}
