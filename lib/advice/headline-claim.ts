import nlp from 'compromise';
import { finding, type Finding } from './types';
import { words } from '../language/words';

/** A verb beyond this many words does not rescue a headline that is already too long. */
const MAX_WORDS_CHECKED = 20;
const MODAL = /^(?:will|would|can|could|should|must|shall|might|won't|can't)$/iu;
/** Words after an opening imperative that show a sentence, not a label: "Approve the pilot", "Cut costs by 20%". */
const SENTENCE_SIGNAL = /^(?:the|a|an|our|your|their|this|that|these|those|to|by|in|for|with|from|before|after|within|\d.*|[$€£].*)$/iu;

/** Finite verbs of change that compromise sometimes tags as nouns ("Fraud losses halved"). */
const CHANGE_VERB =
  /^(?:halved|halves|doubled|doubles|tripled|triples|fell|falls|rose|rises|grew|grows|dropped|drops|shrank|shrinks|jumped|jumps|climbed|climbs|saved|saves|cut|cuts|beat|beats|hit|hits|reached|reaches|improved|improves|reduced|reduces|increased|increases)$/iu;

interface TermJson {
  text: string;
  tags: string[];
}

/**
 * True when the headline makes a claim (has a finite verb) rather than naming a topic
 * ("Claims Triage Update"). Uses compromise's part-of-speech tags. Title Case labels lead
 * compromise to read the first word as an imperative ("Cloud Migration Report"), so a verb
 * in first place counts only when a determiner, preposition or number follows it.
 */
export function headlineMakesClaim(headline: string): boolean {
  const head = words(headline).slice(0, MAX_WORDS_CHECKED);
  if (head.length === 0) return false;
  // A modal or a verb of change after the first word settles it without the tagger.
  if (head.some((w, i) => MODAL.test(w.text) || (i > 0 && CHANGE_VERB.test(w.text)))) return true;
  const text = headline.slice(0, head[head.length - 1]!.end);
  const cached = claimCache.get(text);
  if (cached !== undefined) return cached;
  const claim = taggedClaim(text);
  if (claimCache.size >= 200) claimCache.clear();
  claimCache.set(text, claim);
  return claim;
}

/** The headline is re-checked on every keystroke in any field; the tagger is the slow part. */
const claimCache = new Map<string, boolean>();

function taggedClaim(text: string): boolean {
  const terms = nlp(text).terms().json() as { terms: TermJson[] }[];
  const tagged = terms.map((t) => t.terms[0]).filter((t): t is TermJson => t !== undefined);
  return tagged.some((term, i) => {
    if (MODAL.test(term.text) || (i > 0 && CHANGE_VERB.test(term.text))) return true;
    const tags = new Set(term.tags);
    if (!tags.has('Verb') || tags.has('Gerund') || (tags.has('Auxiliary') && !tags.has('Copula'))) return false;
    if (i > 0) return true;
    const rest = tagged.slice(1, 4).map((t) => t.text);
    return (tags.has('Imperative') || tags.has('Infinitive')) && rest.some((w) => SENTENCE_SIGNAL.test(w));
  });
}

/** `headline-not-claim`: the headline should state a result with a verb, not label a topic. */
export function headlineClaimRule(headline: string): Finding[] {
  if (!headline.trim() || headlineMakesClaim(headline)) return [];
  return [
    finding(
      'headline-not-claim',
      'headline',
      'The headline names a topic but makes no claim. Write it as a sentence with a verb that says what happens and why it matters ("Automating triage will cut settlement time by a third").',
    ),
  ];
}
