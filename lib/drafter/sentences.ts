import { endSentence } from '../language/sentences';
import { isCommonWord } from './common-word';
import { firmUp } from './plain-words';
import { speakNumbers } from './speak-numbers';

export { ACTION_VERBS } from './action-verbs';
import { ACTION_VERBS } from './action-verbs';
const AUXILIARY =
  /^(?:will|is|are|was|were|has|have|had|can|should|must|would|could|may|might|does|do)$/iu;
/** Words a sentence can start with in lower case mid-sentence without risk (not proper nouns). */
const SAFE_TO_LOWER =
  /^(?:a|an|the|our|we|your|my|their|its|his|her|us|you|they|it|there|this|that|these|those|every|each|most|all|some|one|two|three|four|five|six|seven|eight|nine|ten|half|no|more|fewer|less|annual|monthly|weekly|daily|new|late|missed|peak|average|total|[\p{Ll}\p{Lu}][\p{Ll}]+ing)$/u;

/** Trims a slide fragment: bullet marks, trailing full stops, doubled spaces. */
export function cleanFragment(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .replace(/^\s*(?:[-•*–—]|\d+[.)])\s+/u, '')
    .replace(/^(?:decision needed|ask|the ask|request)\s*:\s*/iu, '')
    .trim()
    .replace(/[\s.;:,]+$/u, '');
}

/** Slide text made speakable: no hedges or filler, numbers as people say them. */
export function spokenFragment(text: string): string {
  return firmUp(speakNumbers(cleanFragment(text)));
}

/** First letter upper-cased, a full stop added unless it already ends a sentence. */
export function asSentence(fragment: string): string {
  const text = endSentence(fragment);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether the fragment is an instruction ("Deploy triage in April") rather than a statement. */
export function isImperative(fragment: string): boolean {
  const [first = '', second = ''] = fragment.split(/\s+/u);
  return ACTION_VERBS.has(first.toLowerCase()) && !AUXILIARY.test(second);
}

/**
 * The fragment with its first word in lower case, when that cannot damage a proper noun: the
 * word is a common sentence opener, a gerund, or appears in lower case elsewhere on the slide
 * (`slideText`). Returns undefined when lower-casing is not safe.
 */
export function lowerFirst(fragment: string, slideText: string): string | undefined {
  if (/^[\d$€£¥₹]/u.test(fragment)) return fragment; // a figure has no case
  const match = /^([\p{L}'’-]+)(.*)$/su.exec(fragment);
  if (!match) return undefined;
  const [, word = '', rest = ''] = match;
  if (word.length > 1 && word === word.toUpperCase()) return undefined; // an acronym
  const lower = word.toLowerCase();
  // Only letters, apostrophes and hyphens reach here, none of them special outside a class (`\-` is a syntax error under /u).
  const stem = lower.replace(/s$/u, '');
  const seenLower = new RegExp(`(?<![\\p{L}])${stem}s?(?![\\p{L}])`, 'u').test(slideText);
  if (!SAFE_TO_LOWER.test(word) && !SAFE_TO_LOWER.test(lower) && !seenLower && !isCommonWord(lower.split('-')[0] ?? lower)) return undefined;
  return lower + rest;
}

/** "We will <verb> ..." for an imperative fragment; statements come back unchanged. */
export function asCommitment(fragment: string): string {
  if (!isImperative(fragment)) return fragment;
  return `We will ${fragment.charAt(0).toLowerCase()}${fragment.slice(1)}`;
}

/**
 * The main clause of a fragment, dropping a trailing clause after a comma, semicolon or dash
 * ("Claims take 21 days to settle, six days slower than..." → "Claims take 21 days to settle").
 * Undefined when there is nothing to drop or the head alone would be too thin to say.
 */
export function mainClause(fragment: string): string | undefined {
  // A comma inside a figure ("$700,000") is no clause break.
  const cut = fragment.search(/\s*(?:[,;](?!\d)|\s[–—-]\s|\()/u);
  if (cut <= 0) return undefined;
  const head = fragment.slice(0, cut).trim();
  return head.split(/\s+/u).length >= 4 ? head : undefined;
}

const CHANGE_NOUN =
  /^(?:(?:annual|yearly|monthly|quarterly|recurring|one-off|net|total)\s+)?(?:savings?|reductions?|increases?|cuts?|gains?|drops?|rises?|growth|improvements?|returns?|uplift)\s+(?:of|in)\b/iu;

/** An outcome written as a noun phrase ("Annual saving of $1.2M") said as a sentence: "That means an annual saving...". */
export function asOutcomeStatement(fragment: string): string {
  if (!CHANGE_NOUN.test(fragment)) return fragment;
  const lower = fragment.charAt(0).toLowerCase() + fragment.slice(1);
  const plural = /^(?:\S+\s+)?\S+s\s+(?:of|in)\b/u.test(lower) || /^growth\b/u.test(lower);
  const article = plural ? '' : /^[aeiou]/u.test(lower) ? 'an ' : 'a ';
  return `That means ${article}${lower}`;
}
