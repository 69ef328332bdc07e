import { figuresAgree, type Figure } from './quantity-values';
import { contextStems, statedFacts, type StatedFact } from './stated-facts';

type SlideFact = StatedFact & { inAsk: boolean };

/** Periods that convert into each other (figureAt adds per-year values), unlike "an hour" and "a year". */
const CONVERTIBLE_PERIODS = new Set(['week', 'month', 'quarter', 'year', 'weekly', 'monthly', 'quarterly', 'annual', 'annually', 'yearly']);

/** Whether two stems name the same thing: equal, or one a prefix of the other ("hand" / "handover"). */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
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
  if (a.quarter && b.month) return !a.quarter.startsWith('Q') || Math.ceil(b.month / 3) === Number(a.quarter[1]);
  if (b.quarter && a.month) return !b.quarter.startsWith('Q') || Math.ceil(a.month / 3) === Number(b.quarter[1]);
  return compared.every((k) => a[k] === b[k]);
}

function agrees(a: StatedFact, b: StatedFact): boolean {
  if (a.kind === 'date' || b.kind === 'date') return a.kind === b.kind && datesAgree(a.date, b.date);
  return figuresAgree(a as Figure, b as Figure);
}

/** Whether two figures are about the same thing: same kind, unit, role and period, and words in common (or both the ask's). */
function sameThing(said: StatedFact, slide: SlideFact): boolean {
  if (said.kind !== slide.kind || said.threshold || slide.threshold) return false;
  // The request's figures answer to the slide's ask; a deadline to a deadline.
  if (said.inRequest && !slide.inAsk) return false;
  if (said.kind === 'date' && said.when !== slide.when) return false;
  if (said.role && slide.role && said.role !== slide.role && (said.role === 'change' || slide.role === 'change')) return false;
  if (said.period && slide.period && said.period !== slide.period && !(CONVERTIBLE_PERIODS.has(said.period) && CONVERTIBLE_PERIODS.has(slide.period))) return false;
  if (said.kind === 'count' && (!said.unit || said.unit !== slide.unit)) return false;
  // A figure the slide gives as where a change ends up, against one the pitch says as it is today, is the before value.
  if (slide.target && !said.target && said.role !== 'change') return false;
  if ((said.kind === 'money' || said.kind === 'count') && said.inRequest && slide.inAsk) return true;
  if (said.target && slide.target && said.kind === 'count') return true;
  if (said.unitPrice && slide.unitPrice) return shares(said.clauseWords, slide.clauseWords);
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
 * date about the same thing (see `sameThing`) where the slide's figure for that thing is said
 * nowhere in the pitch. A value the slide states anywhere is never a contradiction ("21 days"
 * today when the slide says "from 21 to 14 days"), nor is a detail beside a slide figure the pitch
 * also says; "about" allows 10%, and units convert ("three weeks" = 21 days, "a month" × 12 = "a year").
 * `slide` lists the slide's texts; `ask` is the slide's ask (its figures pair with the pitch's request).
 */
export function findContradictions(pitchText: string, slide: readonly string[], ask = ''): Contradiction[] {
  const slideFacts: SlideFact[] = [
    ...slide.flatMap((text) => statedFacts(text).map((f) => ({ ...f, inAsk: false }))),
    ...statedFacts(ask).map((f) => ({ ...f, inAsk: true })),
  ];
  const topic = topicStems(slide);
  const weak = <T extends StatedFact>(f: T): T => ({ ...f, context: new Set([...f.context].filter((w) => !topic.has(w))) });
  const spoken = statedFacts(pitchText, true);
  // Slide figures the pitch says somewhere are accounted for; computed once per slide figure.
  const open = slideFacts.filter((f) => !spoken.some((s) => s.kind === f.kind && agrees(s, f))).map(weak);
  const found: Contradiction[] = [];
  for (const raw of spoken) {
    if (slideFacts.some((f) => f.kind === raw.kind && agrees(raw, f))) continue;
    const said = weak(raw);
    const same = open.filter((f) => sameThing(said, f));
    if (same.length === 0 || same.some((f) => agrees(said, f))) continue;
    found.push({ said: raw, slide: same });
  }
  return found;
}
