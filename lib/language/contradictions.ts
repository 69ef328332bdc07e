import { figuresAgree } from './quantity-values';
import {
  contextStems,
  statedFacts,
  statedFigures,
  type BareFact,
  type StatedFact,
} from './stated-facts';

type SlideFact = StatedFact & { inAsk: boolean };

/** Periods that convert into each other (figureAt adds per-year values), unlike "an hour" and "a year". */
const CONVERTIBLE_PERIODS = new Set([
  'week',
  'month',
  'quarter',
  'year',
  'weekly',
  'monthly',
  'quarterly',
  'annual',
  'annually',
  'yearly',
]);

/** Whether two figures' first values are within a factor of each other (durations compare in days). */
function withinFactor(a: StatedFact, b: StatedFact, factor: number): boolean {
  const x = a.figure?.days ?? Math.max(...(a.figure?.values ?? [0]));
  const y = b.figure?.days ?? Math.max(...(b.figure?.values ?? [0]));
  return x > 0 && y > 0 && Math.max(x, y) / Math.min(x, y) <= factor;
}

/** Whether two stems name the same thing: equal, or one a prefix of the other ("hand" / "handover"). */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}

function sharedCount(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if ([...b].some((y) => sameStem(x, y))) n++;
  return n;
}

function shares(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) for (const y of b) if (sameStem(x, y)) return true;
  return false;
}

/** Two dates agree when every part both give (year, month, day, quarter) is the same. */
function datesAgree(a: StatedFact['date'], b: StatedFact['date']): boolean {
  if (!a || !b) return true;
  const keys = ['year', 'month', 'day', 'quarter'] as const;
  const compared = keys.filter((k) => a[k] !== undefined && b[k] !== undefined);
  if (a.quarter && b.month)
    return !a.quarter.startsWith('Q') || Math.ceil(b.month / 3) === Number(a.quarter[1]);
  if (b.quarter && a.month)
    return !b.quarter.startsWith('Q') || Math.ceil(a.month / 3) === Number(b.quarter[1]);
  return compared.every((k) => a[k] === b[k]);
}

/** A slide date accounts for a date said only if it names every part the pitch gives ("March" does not account for "March 2028"). */
function coversDate(said: StatedFact['date'], slide: StatedFact['date']): boolean {
  if (!said || !slide) return false;
  const keys = ['year', 'month', 'day', 'quarter'] as const;
  return keys.every((k) => said[k] === undefined || said[k] === slide[k]);
}

function agrees(
  a: Pick<BareFact, 'kind' | 'figure' | 'date'>,
  b: Pick<BareFact, 'kind' | 'figure' | 'date'>,
): boolean {
  if (a.kind === 'date' || b.kind === 'date')
    return a.kind === b.kind && datesAgree(a.date, b.date);
  return a.figure !== undefined && b.figure !== undefined && figuresAgree(a.figure, b.figure);
}

/** Whether two figures are about the same thing: same kind, unit, role and period, and words in common (or both the ask's). */
function sameThing(said: StatedFact, slide: SlideFact): boolean {
  if (said.kind !== slide.kind || said.threshold || slide.threshold) return false;
  // The request's figures answer to the slide's ask; a deadline to a deadline.
  // (A count of a named thing is that thing wherever it is said: "60 more wagons" against "Lease 48 extra wagons".)
  const namedCount =
    said.kind === 'count' &&
    said.unit !== undefined &&
    said.unit !== 'duration' &&
    said.unit === slide.unit;
  if (said.inRequest && !slide.inAsk && !namedCount) return false;
  if (said.kind === 'date' && said.when !== slide.when) return false;
  // The same month in another year, or the same amount per another period, is the slide's figure misremembered.
  if (
    said.kind === 'date' &&
    said.date?.month !== undefined &&
    said.date.month === slide.date?.month &&
    said.date.year !== undefined &&
    slide.date.year !== undefined
  )
    return true;
  if (
    said.figure?.annual &&
    slide.figure?.annual &&
    said.figure.values[0] === slide.figure.values[0]
  )
    return true;
  if (
    said.role &&
    slide.role &&
    said.role !== slide.role &&
    (said.role === 'change' || slide.role === 'change')
  )
    return false;
  if (
    said.period &&
    slide.period &&
    said.period !== slide.period &&
    !(CONVERTIBLE_PERIODS.has(said.period) && CONVERTIBLE_PERIODS.has(slide.period))
  )
    return false;
  if (said.kind === 'count' && said.unit !== slide.unit) return false;
  // A fall and a rise are two events ("dropped to 51,000" last year, "climb back to 55,000" by July).
  if (said.direction && slide.direction && said.direction !== slide.direction) return false;
  // Two changes of different things: "lower night pressure by a fifth" is not "cut bursts by 48%".
  if (
    said.role === 'change' &&
    slide.role === 'change' &&
    said.measured &&
    slide.measured &&
    !sameStem(said.measured, slide.measured)
  )
    return false;
  // Durations of another order of magnitude measure other things ("410 hours" of downtime, a "two years" payback).
  if (said.unit === 'duration' && slide.unit === 'duration' && !withinFactor(said, slide, 5))
    return false;
  // A figure the slide gives as where a change ends up, against one the pitch says as it is today, is the before value.
  if (slide.target && !said.target && said.role !== 'change') return false;
  if ((said.kind === 'money' || said.kind === 'count') && said.inRequest && slide.inAsk)
    return true;
  if (said.target && slide.target && said.kind === 'count') return true;
  if (said.unitPrice && slide.unitPrice) return shares(said.clauseWords, slide.clauseWords);
  if (said.inner && slide.inner && shares(said.inner, slide.inner)) return true;
  return shares(said.context, slide.context);
}

/**
 * The slide's topic words: stems in at least three of its texts and a third of them ("claims" on
 * a claims slide). Every figure shares them, so they cannot tie two figures to the same thing.
 */
function topicStems(slide: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const text of slide)
    for (const w of contextStems(text, '')) counts.set(w, (counts.get(w) ?? 0) + 1);
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
 * date about the same thing (see `sameThing`) where the slide's figure for that thing is said
 * nowhere in the pitch. A value the slide states anywhere is never a contradiction ("21 days"
 * today when the slide says "from 21 to 14 days"), nor is a detail beside a slide figure the pitch
 * also says; "about" allows 10%, and units convert ("three weeks" = 21 days, "a month" × 12 = "a year").
 * `slide` lists the slide's texts; `ask` is the slide's ask (its figures pair with the pitch's request).
 */
export function findContradictions(
  pitchText: string,
  slide: readonly string[],
  ask = '',
): Contradiction[] {
  // Most figures of a pitch are the slide's own: only the rest need the pitch and slide read closely.
  const slideFigures = [...slide.flatMap((text) => statedFigures(text)), ...statedFigures(ask)];
  const onSlide = (raw: BareFact) =>
    slideFigures.some(
      (f) =>
        f.kind === raw.kind &&
        (raw.kind === 'date'
          ? f.when === raw.when && coversDate(raw.date, f.date)
          : agrees(raw, f)),
    );
  if (statedFigures(pitchText).every(onSlide)) return [];
  const spoken = statedFacts(pitchText, true);
  const slideFull = [...slide.flatMap((text) => statedFacts(text)), ...statedFacts(ask)];
  const valueOnSlide = (raw: StatedFact, f: StatedFact) =>
    f.kind === raw.kind &&
    (raw.kind === 'date' ? f.when === raw.when && coversDate(raw.date, f.date) : agrees(raw, f));
  // A value the slide states anywhere excuses a figure (the pitch rephrases the slide), unless the
  // slide says it only of something unrelated while it gives the same thing another value in words
  // close to the pitch's: "rose 30%" of complaints does not excuse "Missed collections fall by 30%"
  // when the slide says "Missed collections fall by 25%".
  const excused = (raw: StatedFact) => {
    const matches = slideFull.filter((f) => valueOnSlide(raw, f));
    if (matches.length === 0) return false;
    if (matches.some((f) => shares(raw.clauseWords, f.clauseWords))) return true;
    return !slideFull.some(
      (f) =>
        f.kind === raw.kind &&
        !valueOnSlide(raw, f) &&
        sharedCount(raw.clauseWords, f.clauseWords) >= 2,
    );
  };
  const unmatched = spoken.filter((raw) => !excused(raw));
  const slideFacts: SlideFact[] = [
    ...slide.flatMap((text) => statedFacts(text).map((f) => ({ ...f, inAsk: false }))),
    ...statedFacts(ask).map((f) => ({ ...f, inAsk: true })),
  ];
  const topic = topicStems(slide);
  const weak = <T extends StatedFact>(f: T): T => ({
    ...f,
    context: new Set([...f.context].filter((w) => !topic.has(w))),
  });
  // Slide figures the pitch says somewhere are accounted for; computed once per slide figure.
  const open = slideFacts
    .filter((f) => !spoken.some((s) => s.kind === f.kind && agrees(s, f)))
    .map(weak);
  const found: Contradiction[] = [];
  for (const raw of unmatched) {
    const said = weak(raw);
    const same = open.filter((f) => sameThing(said, f));
    if (same.length === 0 || same.some((f) => agrees(said, f))) continue;
    found.push({ said: raw, slide: same });
  }
  return found;
}
