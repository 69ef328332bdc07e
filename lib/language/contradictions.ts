import { findQuantities } from './quantities';
import { quantityValues, sameValue } from './quantity-values';
import { makesRequest } from './requests';
import { sentenceSpans } from './sentences';
import { isStopWord } from './stop-words';
import { findDatePoints } from './timeframes';
import { stem } from './word-overlap';

/** What a stated figure measures: two figures can only disagree when they measure the same kind of thing. */
type FactKind = 'money' | 'rate' | 'multiple' | 'count' | 'date';

/** One number or date a text states, with the words around it that say what it is about. */
export interface StatedFact {
  text: string;
  start: number;
  end: number;
  kind: FactKind;
  /** Numeric values (quantities) or calendar key (dates). */
  values: number[];
  dateKey?: string;
  dateGrain?: string;
  /** The counted thing or unit, stemmed ("engineers" → "engineer", "21 days" → "day"). */
  unit?: string;
  /** Content stems of the clause around the figure. */
  context: Set<string>;
  /** "about", "nearly", "over"…: allow for rounding. */
  approximate: boolean;
  /** Said inside a request ("I need $1M"). */
  inRequest: boolean;
}

const MONEY = /[$€£¥₹]|\b(?:usd|eur|gbp|dollars?|pounds?|euros?)\b/iu;
const RATE = /%|\bper\s?cent\b|\bpercent\b|\bpoints?\b|\bbps\b|^(?:half|halv)|(?:thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|halves)$|\s(?:in|out of)\s(?:every\s)?\S+$/iu;
const MULTIPLE = /[x×]$|\btimes\b|fold\b|^(?:doubl|tripl|quadrupl|twice)/iu;
const APPROXIMATE_BEFORE = /\b(?:about|around|roughly|nearly|almost|approximately|approx\.?|some|over|under|more than|less than|fewer than|up to|at least|close to|just over|just under|circa|c\.)\s*$|~\s*$/iu;
/** Words too general to tie two figures to the same thing. */
const GENERAL =
  /^(?:year|month|week|day|time|today|now|next|last|first|second|per|cent|percent|total|number|about|around|nearly|almost|over|under|more|less|fewer|rise|fall|grow|cut|save|saving|reduc|increas|drop|from|down|up|need|want|ask|approv|fund|budget|cost|spend|million|billion|thousand|hundred|annual|year's|plan|project|pilot|program|programme|will|can|get|make|take|start|end|finish|deliver|it's|we'll|i'm|let|our|them|you)$/u;
const SPACELESS_NUMBER_WORDS = /^(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|half|third|thirds|quarter|quarters)$/u;

function clauseAround(text: string, start: number, end: number): string {
  const left = text.slice(0, start);
  const right = text.slice(end);
  const from = Math.max(left.search(/[^.,;:!?\n]*$/u), 0);
  const toMatch = /[.,;:!?\n]/u.exec(right);
  return text.slice(from, end + (toMatch ? toMatch.index : right.length));
}

function contextStems(clause: string, figure: string): Set<string> {
  const words = clause.replace(figure, ' ').toLowerCase().match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const stems = words
    .filter((w) => w.length >= 3 && !isStopWord(w) && !SPACELESS_NUMBER_WORDS.test(w))
    .map((w) => stem(w.replace(/’/gu, "'")))
    .filter((w) => !GENERAL.test(w));
  return new Set(stems);
}

function unitOf(quantityText: string, after: string): string | undefined {
  const inside = /([\p{L}]+)$/u.exec(quantityText.replace(/\s*(?:k|m|mn|bn|b|thousand|million|billion|percent|per cent)$/iu, ''));
  const own = inside?.[1]?.toLowerCase();
  if (own && !SPACELESS_NUMBER_WORDS.test(own) && !/^(?:x|times|fold)$/u.test(own)) return stem(own);
  const next = /^\s+(?:(?:more|extra|new|additional|full-time|senior|junior|local|regional)\s+)?([\p{L}]{3,})/u.exec(after)?.[1]?.toLowerCase();
  return next && !isStopWord(next) ? stem(next) : undefined;
}

function kindOf(text: string): FactKind {
  if (MONEY.test(text)) return 'money';
  if (MULTIPLE.test(text)) return 'multiple';
  if (RATE.test(text)) return 'rate';
  return 'count';
}

/** Numbers and dates stated in `text`, each with what it is about (see `StatedFact`). */
export function statedFacts(text: string): StatedFact[] {
  const facts: StatedFact[] = [];
  const requests = sentenceSpans(text).filter((s) => makesRequest(s.text));
  const inRequest = (start: number) => requests.some((s) => start >= s.start && start < s.end);
  for (const q of findQuantities(text)) {
    const values = quantityValues(q.text);
    if (values.length === 0) continue;
    const clause = clauseAround(text, q.start, q.end);
    const kind = kindOf(q.text);
    facts.push({
      ...q,
      kind,
      values,
      unit: kind === 'count' ? unitOf(q.text, text.slice(q.end, q.end + 40)) : undefined,
      context: contextStems(clause, q.text),
      approximate: APPROXIMATE_BEFORE.test(text.slice(Math.max(0, q.start - 16), q.start)),
      inRequest: inRequest(q.start),
    });
  }
  for (const d of findDatePoints(text)) {
    facts.push({
      text: d.text,
      start: d.start,
      end: d.end,
      kind: 'date',
      values: [],
      dateKey: d.key,
      dateGrain: d.grain,
      context: contextStems(clauseAround(text, d.start, d.end), d.text),
      approximate: false,
      inRequest: inRequest(d.start),
    });
  }
  return facts;
}

function shares(a: Set<string>, b: Set<string>): boolean {
  for (const w of a) if (b.has(w)) return true;
  return false;
}

function agrees(said: StatedFact, slide: StatedFact): boolean {
  if (said.kind === 'date') return said.dateGrain !== slide.dateGrain || said.dateKey === slide.dateKey;
  const tolerance = said.approximate || slide.approximate ? 0.1 : 0.01;
  return said.values.some((v) => slide.values.some((w) => v === w || Math.abs(v - w) <= tolerance * Math.max(Math.abs(v), Math.abs(w))));
}

/** Whether two figures are about the same thing: same kind and unit, and words in common (or both the ask's amount). */
function sameThing(said: StatedFact, slide: StatedFact & { inAsk: boolean }): boolean {
  if (said.kind !== slide.kind) return false;
  if (said.kind === 'count' && (!said.unit || said.unit !== slide.unit)) return false;
  if (said.kind === 'money' && said.inRequest && slide.inAsk) return true;
  if (said.kind === 'count' && said.inRequest && slide.inAsk) return true;
  return shares(said.context, slide.context);
}

/**
 * The slide's topic words: stems in at least three of its texts and a third of them ("claims" on
 * a claims slide). Every figure shares them, so they cannot tie two figures to the same thing.
 */
function topicStems(slide: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const text of slide) for (const w of contextStems(text, '')) counts.set(w, (counts.get(w) ?? 0) + 1);
  const limit = Math.max(3, slide.length / 3);
  return new Set([...counts].filter(([, n]) => n >= limit).map(([w]) => w));
}

/** A figure of the pitch that the slide states otherwise, with the slide's figures for the same thing. */
export interface Contradiction {
  said: StatedFact;
  slide: StatedFact[];
}

/**
 * Figures the spoken pitch states differently from the slide: an amount, percentage, count or
 * date about the same thing (same kind and unit, words in common, or both the ask's amount) where
 * no slide figure for that thing has the pitch's value. A value the slide states anywhere is never
 * a contradiction ("21 days" today when the slide says "from 21 to 14 days"); "about" allows 10%.
 * `slide` lists the slide's texts; `ask` is the slide's ask (its figures pair with the pitch's request).
 */
export function findContradictions(pitchText: string, slide: readonly string[], ask = ''): Contradiction[] {
  const slideFacts = [
    ...slide.flatMap((text) => statedFacts(text).map((f) => ({ ...f, inAsk: false }))),
    ...statedFacts(ask).map((f) => ({ ...f, inAsk: true })),
  ];
  const allSlideValues = slideFacts.flatMap((f) => f.values);
  const found: Contradiction[] = [];
  const topic = topicStems(slideFacts.length ? slide : []);
  const weak = (f: StatedFact) => ({ ...f, context: new Set([...f.context].filter((w) => !topic.has(w))) });
  for (const raw of statedFacts(pitchText)) {
    const said = weak(raw);
    if (said.kind !== 'date' && said.values.some((v) => allSlideValues.some((w) => sameValue(v, w)))) continue;
    if (said.kind === 'date' && slideFacts.some((f) => f.kind === 'date' && f.dateKey === said.dateKey)) continue;
    const same = slideFacts.filter((f) => sameThing(said, weak(f)));
    if (same.length === 0 || same.some((f) => agrees(said, f))) continue;
    found.push({ said: raw, slide: same });
  }
  return found;
}
