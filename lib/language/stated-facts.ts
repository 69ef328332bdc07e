import { findQuantities } from './quantities';
import {
  countedThing,
  figureAt,
  MONEY_TEXT,
  MULTIPLE_TEXT,
  NUMBER_WORD,
  SHARE_TEXT,
  type Figure,
} from './quantity-values';
import { makesRequest } from './requests';
import { sentenceSpans } from './sentences';
import { isStopWord } from './stop-words';
import { findDatePoints } from './timeframes';
import { stem } from './word-overlap';

/** What a stated figure measures: two figures can only disagree when they measure the same kind of thing. */
export type FactKind = 'money' | 'rate' | 'multiple' | 'count' | 'date';

/** One number or date a text states, with the words around it that say what it is about. */
export interface StatedFact extends BareFact {
  text: string;
  start: number;
  end: number;
  kind: FactKind;
  /** Numeric values in every comparable unit (see `figureAt`); empty for dates. */
  values: number[];
  /** Calendar point of a date: month (1–12), day and year where given. */
  date?: { month?: number; day?: number; year?: number; quarter?: string };
  /** How a date is used: a deadline ("by May"), a start ("from March") or when something happens ("in April"). */
  when?: 'deadline' | 'start' | 'event';
  /** The counted thing or unit, stemmed ("five engineers" → "engineer", "21 days" → "day"). */
  unit?: string;
  /** Content stems of the clause around the figure. */
  context: Set<string>;
  /** "about", "nearly", "over"…: agrees within 10%. */
  approximate: boolean;
  /** Said inside a request ("I need $1M"). */
  inRequest: boolean;
  /** For rates: a change ("cut by 30%"), a share ("60% of calls") or a level ("a pass rate of 75%"). */
  role?: 'change' | 'share' | 'level';
  /** Where a change ends up: "falls to 14 days", the second end of "from 21 to 14 days". */
  target: boolean;
  /** The period an amount is counted over, when the clause names one ("an hour", "a year"). */
  period?: string;
  /** A cut-off rather than a measure: "loans under $250K", "invoices over £50K". */
  threshold: boolean;
  /** A price or cost of one thing: "$4 each", "£7.40 a call", "each call costs $7.40". */
  unitPrice: boolean;
  /** Every content stem of the clause, topic words included. */
  clauseWords: Set<string>;
  /** The words inside the figure itself ("client" in "one client in three"), which name what it counts. */
  inner?: Set<string>;
  /** Which way a change goes: "falls to 7%", "cut by a fifth" go down; "climb back to 55,000" goes up. */
  direction?: 'up' | 'down';
  /** For a change, the thing that changes: "bursts" in "cut bursts by 48%", "pressure" in "lower night pressure by a fifth". */
  measured?: string;
}

const DOWN =
  /\b(?:falls?|fell|fallen|drops?|dropped|cuts?|cutting|reduc\w*|lower\w*|shrinks?|shrank|halv\w*|decreas\w*|declin\w*|brings?\s+\w+\s+down|down|saves?|saving|less|fewer)\b/iu;
const UP =
  /\b(?:rises?|rose|risen|climbs?|climbed|grows?|grew|grown|increas\w*|lifts?|lifted|rais\w*|doubl\w*|gains?|gained|wins?\s+back|up|boost\w*|jumps?|jumped|more)\b/iu;
const CHANGE_VERB_WORD =
  /^(?:by|to|from|falls?|fell|drops?|dropped|cuts?|reduc\w*|lower\w*|shrinks?|halv\w*|decreas\w*|rises?|rose|climbs?|grows?|grew|increas\w*|lifts?|rais\w*|doubl\w*|gains?|up|down|back|will|would|can|could|should|about|nearly|almost|around|roughly|over|just|only|further|another|a|an|the|our|its|their)$/iu;

/** Direction and measured thing of a change, read from the words before the figure in its clause. */
function changeOf(clauseBefore: string): { direction?: 'up' | 'down'; measured?: string } {
  const down = DOWN.test(clauseBefore);
  const up = UP.test(clauseBefore);
  const direction = down === up ? undefined : down ? 'down' : 'up';
  const words = clauseBefore.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  let measured: string | undefined;
  for (let i = words.length - 1; i >= 0 && i >= words.length - 6; i--) {
    const w = words[i]!;
    // Names ("in Northfield") say where, not what changes.
    if (CHANGE_VERB_WORD.test(w) || isStopWord(w) || (i > 0 && /^\p{Lu}/u.test(w))) continue;
    measured = stem(w.toLowerCase());
    break;
  }
  return { direction, measured };
}

/** A rate is a share, or a change in points ("five points", "50 bps"). */
const POINTS = /\bpoints?\b|\bbps\b/iu;
/** Words too general to tie two figures to the same thing. */
const GENERAL =
  /^(?:year|month|week|day|time|today|now|next|last|first|second|per|cent|percent|total|number|about|around|nearly|almost|over|under|more|less|fewer|from|down|up|need|want|ask|approv|fund|budget|cost|spend|million|billion|thousand|hundred|annual|year's|plan|project|pilot|program|programme|will|can|get|make|take|start|end|finish|deliver|it's|we'll|i'm|let|our|them|you|that|this|those|these)$/u;
const CHANGE_BEFORE =
  /\b(?:by|cut|cuts|cutting|falls?|fell|drops?|dropped|rises?|rose|up|down|grows?|grew|reduc\w*|increas\w*|lower\w*|rais\w*|lifts?|improv\w*|saves?|gains?|shrinks?|climbs?|jumps?)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|around\s+|over\s+|roughly\s+)?$/iu;
const CHANGE_AFTER =
  /^\s*(?:fewer|less|more|lower|higher|faster|slower|cheaper|reduction|increase|drop|cut|rise|growth|improvement|saving|down|up)\b/iu;
const TARGET_BEFORE =
  /\b(?:(?:falls?|fell|drops?|dropped|rises?|rose|cuts?|reduc(?:e|es|ed|ing)|grows?|grew|lifts?|rais(?:e|es|ed)|increas(?:e|es|ed)|improv(?:e|es|ed)|shrinks?|shrank|climbs?|goes|go|comes|come|gets?|brings?|brought|takes?|down|doubles?|halves?|back|only)(?:\s+[\p{L}\p{N}'’.,%-]+){0,3}?\s+to|reach(?:es|ing)?|hits?|need(?:s)?\s+(?:only|just)|(?:will|would)\s+need)\s+(?:just\s+|about\s+|only\s+|around\s+|under\s+|below\s+)?$|,\s*to\s+$/iu;
const UNIT_PRICE =
  /\beach\b|\bper\s+(?!cent\b|year\b|month\b|week\b|day\b|quarter\b|annum\b)\p{L}+|\ban?\s+(?:call|visit|claim|unit|head|patient|customer|order|item|parcel|policy|pupil|student|room|night|bed|shift|truck|van|store|site)\b/iu;
const THRESHOLD_BEFORE =
  /\b(?:under|below|above|over|less than|more than|at least|no more than|exceeding)\s+$/iu;
const PERIOD =
  /\b(?:an?|per|each|every)\s+(hour|day|shift|week|month|quarter|year)\b|\b(hourly|daily|weekly|monthly|quarterly|annual(?:ly)?|yearly)\b/iu;
const RANGE_SPLIT = /\s+(?:(?:down |up )?to|→)\s+|\s*[–—]\s*|(?<=\d%?)-(?=\d)/u;

/** Clause punctuation, but not the comma or point inside a number ("3,600", "$1.2M"). */
const CLAUSE_BREAK = /[;:!?\n]|[.,](?!\d)/gu;

/** The clause a figure sits in: split at sentence and clause punctuation. */
const CLAUSE_REACH = 300;

function clauseAround(text: string, start: number, end: number): string {
  const offset = Math.max(0, start - CLAUSE_REACH);
  const breaks = [...text.slice(offset, start).matchAll(CLAUSE_BREAK)];
  const last = breaks[breaks.length - 1];
  const from = last ? offset + last.index + last[0].length : offset;
  const right = text.slice(end, end + CLAUSE_REACH);
  const stop = new RegExp(CLAUSE_BREAK.source, 'u').exec(right);
  return text.slice(from, end + (stop ? stop.index : right.length));
}

const stemsCache = new Map<string, Set<string>>();

/** Content stems of a clause without the figure itself, general words left out (remembered: clauses repeat). */
export function contextStems(clause: string, figure: string): Set<string> {
  const key = `${figure}\u0000${clause}`;
  const cached = stemsCache.get(key);
  if (cached) return cached;
  const stems = computeStems(clause, figure);
  if (stemsCache.size >= 2000) stemsCache.clear();
  stemsCache.set(key, stems);
  return stems;
}

function computeStems(clause: string, figure: string): Set<string> {
  const words =
    clause
      .replace(figure, ' ')
      .toLowerCase()
      .match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  return new Set(
    words
      .filter((w) => w.length >= 3 && !isStopWord(w) && !NUMBER_WORD.test(w))
      .map((w) => stem(w.replace(/’/gu, "'")))
      .filter((w) => !GENERAL.test(w)),
  );
}

function kindOf(text: string): FactKind {
  if (MONEY_TEXT.test(text)) return 'money';
  if (MULTIPLE_TEXT.test(text)) return 'multiple';
  if (SHARE_TEXT.test(text) || POINTS.test(text)) return 'rate';
  return 'count';
}

function roleOf(text: string, start: number, end: number): StatedFact['role'] {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 20);
  if (CHANGE_BEFORE.test(before) || CHANGE_AFTER.test(after)) return 'change';
  if (/^\s*of\b/iu.test(after)) return 'share';
  return 'level';
}

function periodOf(clause: string): string | undefined {
  const m = PERIOD.exec(clause);
  return m ? (m[1] ?? m[2])!.toLowerCase() : undefined;
}

/** The two ends of a range ("21 to 14 days") as separate quantities, the second marked as the target. */
function parts(q: {
  text: string;
  start: number;
  end: number;
}): { text: string; start: number; end: number; second: boolean }[] {
  const m = RANGE_SPLIT.exec(q.text);
  if (!m) return [{ ...q, second: false }];
  return [
    { text: q.text.slice(0, m.index), start: q.start, end: q.start + m.index, second: false },
    {
      text: q.text.slice(m.index + m[0].length),
      start: q.start + m.index + m[0].length,
      end: q.end,
      second: true,
    },
  ];
}

function dateOf(key: string, grain: string): StatedFact['date'] {
  if (grain === 'quarter') return { quarter: key };
  if (grain === 'year') return { year: Number(key) };
  const [month, day] = key.split('-').map(Number);
  return { month, day };
}

/**
 * Numbers and dates stated in `text`, each with what it is about (see `StatedFact`). `spoken`
 * marks the figures said inside a request ("I need $1M"); the slide's texts need no such check.
 */
export function statedFacts(text: string, spoken = false): StatedFact[] {
  const key = `${spoken ? 1 : 0}${text}`;
  const cached = factsCache.get(key);
  if (cached) return cached;
  const facts = readFacts(text, spoken);
  if (factsCache.size >= 200) factsCache.clear();
  factsCache.set(key, facts);
  return facts;
}

/** Slide texts stay the same between keystrokes while one field changes. */
const factsCache = new Map<string, StatedFact[]>();

/** A figure or date with only what comparing values needs: cheap, so the slide's are read first. */
export interface BareFact {
  text: string;
  start: number;
  end: number;
  kind: FactKind;
  /** The figure's values, units and approximation (not for dates). */
  figure?: Figure;
  date?: StatedFact['date'];
  when?: StatedFact['when'];
  /** The second end of a range ("14 days" of "21 to 14 days"). */
  second: boolean;
  /** The whole quantity it belongs to (a range for both its ends). */
  whole: { text: string; start: number; end: number };
}

const bareCache = new Map<string, BareFact[]>();

/** The figures and dates of `text`, values only (see `BareFact`); remembered per text. */
export function statedFigures(text: string): BareFact[] {
  const cached = bareCache.get(text);
  if (cached) return cached;
  const facts = readBareFacts(text);
  if (bareCache.size >= 500) bareCache.clear();
  bareCache.set(text, facts);
  return facts;
}

function readBareFacts(text: string): BareFact[] {
  const facts: BareFact[] = [];
  for (const q of findQuantities(text)) {
    const kind = kindOf(q.text);
    for (const piece of parts(q)) {
      const figure = figureAt(text, piece);
      if (figure.values.length === 0) continue;
      facts.push({
        text: piece.text,
        start: piece.start,
        end: piece.end,
        kind,
        figure,
        second: piece.second,
        whole: q,
      });
    }
  }
  for (const d of findDatePoints(text)) {
    const before = text.slice(Math.max(0, d.start - 24), d.start);
    // A year on its own ("since 2019", "in 2024") dates an event; only a target year ("by 2027") can disagree.
    if (d.grain === 'year' && !/\bby\s+$/iu.test(before)) continue;
    if (/\bsince\s+$/iu.test(before)) continue;
    const yearAfter = /^\s*,?\s*((?:19|20)\d{2})\b/u.exec(text.slice(d.end, d.end + 8))?.[1];
    const when =
      /\b(?:by|before|until|till|no later than)\s+(?:the\s+)?(?:end\s+of\s+|close\s+of\s+)?(?:next\s+|this\s+|coming\s+)?(?:early\s+|mid-?\s*|late\s+)?$/iu.test(
        before,
      )
        ? 'deadline'
        : /\b(?:from|starting|start|starts|after)\s+(?:in\s+)?$/iu.test(before)
          ? 'start'
          : 'event';
    const date = dateOf(d.key, d.grain);
    facts.push({
      text: d.text,
      start: d.start,
      end: d.end,
      kind: 'date',
      date: yearAfter ? { ...date, year: Number(yearAfter) } : date,
      when,
      second: false,
      whole: d,
    });
  }
  return facts;
}

/** Durations compare in days whatever their unit ("three weeks" = "21 days"); a range's bare end shares its unit. */
function isDuration(bare: BareFact, text: string): boolean {
  if (bare.figure?.unit === 'duration') return true;
  return (
    bare.whole.text !== bare.text &&
    statedFigures(text).some((f) => f.whole === bare.whole && f.figure?.unit === 'duration')
  );
}

function readFacts(text: string, spoken: boolean): StatedFact[] {
  const requests = spoken ? sentenceSpans(text).filter((s) => makesRequest(s.text)) : [];
  const inRequest = (start: number) => requests.some((s) => start >= s.start && start < s.end);
  return statedFigures(text).map((bare): StatedFact => {
    const q = bare.whole;
    const clause = clauseAround(text, q.start, q.end);
    const around = contextStems(clause, q.text);
    // The counted thing inside a ratio says what it is about: "one client in three".
    const inner = bare.kind === 'date' ? undefined : contextStems(q.text, '');
    const context = inner && inner.size > 0 ? new Set([...around, ...inner]) : around;
    const common = {
      ...bare,
      context,
      clauseWords: context,
      inRequest: inRequest(q.start),
      ...(inner && inner.size > 0 ? { inner } : {}),
    };
    if (bare.kind === 'date') {
      return {
        ...common,
        values: [],
        approximate: false,
        target: false,
        threshold: false,
        unitPrice: false,
      };
    }
    const ranged = q.text !== bare.text;
    const kind = bare.kind;
    const clauseStart = text.lastIndexOf(clause, q.end);
    const { direction, measured } = changeOf(
      text.slice(Math.max(clauseStart, q.start - 60, 0), q.start),
    );
    return {
      ...common,
      direction,
      measured,
      values: bare.figure!.values,
      unit:
        kind !== 'count'
          ? undefined
          : isDuration(bare, text)
            ? 'duration'
            : countedThing(ranged ? q.text : bare.text, text.slice(q.end, q.end + 40)),
      approximate: bare.figure!.approximate,
      role: kind === 'rate' ? roleOf(text, q.start, q.end) : undefined,
      target:
        bare.second || TARGET_BEFORE.test(text.slice(Math.max(0, bare.start - 24), bare.start)),
      period: periodOf(clause),
      threshold: THRESHOLD_BEFORE.test(text.slice(Math.max(0, q.start - 16), q.start)),
      unitPrice: kind === 'money' && UNIT_PRICE.test(clause),
    };
  });
}
