import { headlineMakesClaim } from '../language/claims';
import { hasBuzzword } from '../language/phrases';
import { findQuantities } from '../language/quantities';
import type { PitchFile } from '../pitch/schema';
import { slideFieldTexts } from '../pitch/slide-fields';
import { activeVoice } from './active-voice';
import { firmUp } from './plain-words';
import { cleanFragment, mainClause, spokenFragment } from './sentences';

/** A piece of the slide in spoken words, with a shorter form for tight targets when one exists. */
export interface Fragment {
  full: string;
  short?: string;
  /** Carries buzzwords; used only when nothing plainer is left to say. */
  jargon?: boolean;
  /** States an amount of money: what the CFO lens leads with. */
  money?: boolean;
}

/** The slide taken apart into the pieces a draft is built from, each already in spoken words. */
export interface SlideParts {
  /** The headline's claim, or the key outcome when the headline is only a topic label. */
  claim?: Fragment;
  /** False when the claim had to be taken from the outcome because the headline is a label. */
  claimIsHeadline: boolean;
  /** The outcome carrying the key number, unless it already serves as the claim. */
  keyOutcome?: Fragment;
  situation: Fragment[];
  action: Fragment[];
  otherOutcomes: Fragment[];
  /** What happens if nothing is done (trace.else), said as a consequence. */
  stakes?: Fragment;
  valueProposition?: Fragment;
  /** The strategic objective from the trace: what the sponsor lens leads with. */
  objective?: Fragment;
  /** The ask as written on the slide, hedges removed, amounts and dates as written (the ask sentence is built later). */
  ask?: string;
  /** All slide text, to tell common words from proper nouns when lower-casing. */
  slideText: string;
}

const MONEY = /[$€£¥₹]|\b(?:dollars?|pounds?|euros?)\b/iu;

/** A headline like "Claims Platform Update" that names a topic: the language layer's claim test, as the advice uses. */
export function isTopicLabel(headline: string): boolean {
  return !headline.trim() || !headlineMakesClaim(headline);
}

function quantityCount(text: string): number {
  return findQuantities(text).length;
}

/** The spoken, active fragment plus a shorter main clause, kept only when it loses no number. */
function fragmentOf(text: string, keepNumbers: boolean, slideText: string): Fragment | undefined {
  const full = activeVoice(spokenFragment(text), slideText);
  if (!full) return undefined;
  const head = mainClause(full);
  const short =
    head && (!keepNumbers || quantityCount(head) === quantityCount(full)) ? head : undefined;
  const fragment: Fragment = short ? { full, short } : { full };
  if (hasBuzzword(full)) fragment.jargon = true;
  if (findQuantities(full).some((q) => MONEY.test(q.text))) fragment.money = true;
  return fragment;
}

function nonEmpty(list: readonly string[] | undefined): string[] {
  return (list ?? []).map(cleanFragment).filter(Boolean);
}

/** Index of the outcome carrying the headline's number, else the first outcome with any number. */
function keyOutcomeIndex(outcomes: string[], headline: string): number {
  const headlineNumbers = findQuantities(headline).map((q) => q.text.toLowerCase());
  const withHeadlineNumber = outcomes.findIndex((o) =>
    findQuantities(o).some((q) => headlineNumbers.includes(q.text.toLowerCase())),
  );
  if (withHeadlineNumber >= 0) return withHeadlineNumber;
  const withNumber = outcomes.findIndex((o) => quantityCount(o) > 0);
  return withNumber >= 0 ? withNumber : outcomes.length > 0 ? 0 : -1;
}

/** Takes the slide apart into spoken fragments; empty fields simply yield no fragment. */
export function slideParts(pitch: PitchFile): SlideParts {
  const headline = cleanFragment(pitch.headline);
  const outcomes = nonEmpty(pitch.outcome);
  const keyIndex = keyOutcomeIndex(outcomes, headline);
  const keyText = outcomes[keyIndex];
  const rest = outcomes.filter((_, i) => i !== keyIndex);
  const topic = isTopicLabel(headline);
  const trace = pitch.trace ?? {};
  const slideText = slideFieldTexts(pitch).join('\n');
  const fragment = (text: string, keepNumbers = true) => fragmentOf(text, keepNumbers, slideText);

  let claim = topic ? undefined : fragment(headline);
  let keyOutcome = keyText === undefined ? undefined : fragment(keyText);
  let otherOutcomes = rest;
  const claimIsHeadline = claim !== undefined;
  if (!claim && keyOutcome) {
    // A topic label says nothing; the key outcome becomes the claim and the next number backs it.
    claim = keyOutcome;
    const next = rest.findIndex((o) => quantityCount(o) > 0);
    keyOutcome = next >= 0 ? fragment(rest[next]!) : undefined;
    otherOutcomes = rest.filter((_, i) => i !== next);
  }

  return {
    claim,
    claimIsHeadline,
    keyOutcome,
    situation: nonEmpty(pitch.situation).flatMap((s) => fragment(s, false) ?? []),
    action: nonEmpty(pitch.action).flatMap((a) => fragment(a, false) ?? []),
    otherOutcomes: otherOutcomes.flatMap((o) => fragment(o) ?? []),
    stakes: trace.else ? fragment(trace.else) : undefined,
    valueProposition: pitch.valueProposition ? fragment(pitch.valueProposition) : undefined,
    objective: trace.objective ? fragment(trace.objective) : undefined,
    ask: pitch.ask ? firmUp(cleanFragment(pitch.ask)) || undefined : undefined,
    slideText,
  };
}
