import nlp from 'compromise';
import { findQuantities } from './quantities';
import { words } from './words';

/** A verb beyond this many words does not rescue a headline that is already too long. */
const MAX_WORDS_CHECKED = 20;
const MODAL = /^(?:will|would|can|could|should|must|shall|might|won't|can't)$/iu;
/** Words after an opening imperative that show a sentence, not a label: "Approve the pilot", "Cut costs by 20%". */
const SENTENCE_SIGNAL =
  /^(?:the|a|an|our|your|their|this|that|these|those|to|by|in|for|with|from|before|after|within|\d.*|[$€£].*)$/iu;

/** Finite verbs of change that compromise sometimes tags as nouns ("Fraud losses halved"). */
/** Words after a change word that show it is a noun ("end date", "cut-off point"), or nothing after it. */
const NOUN_AFTER_VERB =
  /^(?:date|dates|of|point|points|user|users|state|goal|goals|game|times?|results?|report|review|plan)$/iu;
const CHANGE_VERB =
  /^(?:end|stop|win|free|save|grow|fall|rise|drop|shrink|reach|boost|lift|halve|halved|halves|double|doubled|doubles|triple|tripled|triples|fell|falls|rose|rises|grew|grows|dropped|drops|shrank|shrinks|jumped|jumps|climbed|climbs|saved|saves|cut|cuts|beat|beats|hit|hits|reached|reaches|improved|improves|reduced|reduces|increased|increases|pays|paid|wins|won|frees|freed|ends|ended|stops|stopped)$/iu;

interface TermJson {
  text: string;
  tags: string[];
}

/**
 * Claim detection: does a headline (or any short title) state a result, or only name a topic?
 * The `headline-not-claim` rule, the drafter (which opens on the outcome when the headline is a
 * label) and its checklist all ask this one function.
 */

/**
 * True when the headline makes a claim (has a finite verb) rather than naming a topic
 * ("Claims Triage Update"). Uses compromise's part-of-speech tags. Title Case labels lead
 * compromise to read the first word as an imperative ("Cloud Migration Report"), so a verb
 * in first place counts only when a determiner, preposition or number follows it. A headline
 * split by a colon or dash ("Data platform: where we stand") is a claim when one side is; a side
 * that opens with a question word, ends in "?" or is a status label ("Q3 update") is not.
 */
export function headlineMakesClaim(headline: string): boolean {
  const parts = headline.split(LABEL_SEPARATOR).filter((part) => part.trim() !== '');
  if (parts.length > 1) return parts.some(clauseMakesClaim);
  return clauseMakesClaim(headline);
}

/** "Topic: clause", "Topic – clause", "Topic | clause": each side is judged on its own. */
const LABEL_SEPARATOR = /\s*(?:(?<!\d):(?!\d)|\s[–—-]\s|\|)\s*/u;
/** A clause opening with a question word is a label or a question, not a claim: "where we stand", "why we need a CRM". */
const QUESTION_START = /^\s*["'“‘(]?(?:where|what|how|why|when|who|which|whether)\b/iu;
/** Status labels that read like verbs to a tagger: "Next steps", "Update", "Status and outlook". */
const STATUS_LABEL =
  /^(?:(?:the|our|a|an)\s+)?(?:(?:project|programme|program|quarterly|monthly|weekly|annual|q[1-4]|h[12]|fy\d*|status|progress|final|interim)\s+)*(?:update|status|review|overview|report|summary|outlook|next steps|roadmap|proposal|plan|recap|briefing|readout|deep dive|lessons learned|options|way forward)\??$/iu;

/** "Update on…", "Review of…", "Options for…": a label however long. */
const STATUS_OPENING =
  /^(?:(?:an?|the|our)\s+)?(?:(?:status|progress|quarterly|monthly|weekly|annual|final|interim|project|board)\s+)?(?:update|review|status|options|overview|summary|report|plan|proposal|roadmap|recap|briefing|lessons|progress|results|findings|analysis|assessment|introduction|outline)\s+(?:on|of|for|from|to|about|and|regarding)\b/iu;
/** "… capacity and staffing plan": ends on a status noun. */
const STATUS_ENDING =
  /\b(?:update|status|review|overview|report|summary|outlook|next steps|roadmap|proposal|plan|recap|briefing|readout|strategy|business case|options|way forward)\??$/iu;
/** Finite verbs that settle a claim without the tagger. */
const FINITE =
  /\b(?:will|would|can|could|should|must|shall|is|are|was|were|has|have|had|does|did)\b/iu;
/** A number with a direction states a result even without a verb: "Leakage down 18%", "$600K a year off hosting". */
const DIRECTION =
  /\b(?:up|down|off|back|over|under|above|below|beat|short|ahead|behind|halved|doubled|tripled|done|complete|completed|now|on track|closer|fewer|less|more|faster|slower|cheaper|saved|cut|lower|higher|early|late)\b/iu;

function clauseMakesClaim(clause: string): boolean {
  const trimmed = clause.trim();
  if (QUESTION_START.test(trimmed) || /\?\s*$/u.test(trimmed) || STATUS_LABEL.test(trimmed))
    return false;
  if (STATUS_OPENING.test(trimmed) && findQuantities(trimmed).length === 0) return false;
  if (STATUS_ENDING.test(trimmed) && !FINITE.test(trimmed) && !DIRECTION.test(trimmed))
    return false;
  if (/^no\s+(?:more|longer)\b/iu.test(trimmed)) return true;
  if (findQuantities(trimmed).length > 0 && DIRECTION.test(trimmed)) return true;
  const head = words(trimmed).slice(0, MAX_WORDS_CHECKED);
  if (head.length === 0) return false;
  // A modal or a verb of change after the first word settles it without the tagger
  // ("Security keys for all staff end phishing takeovers"), unless it is part of a name ("end date").
  if (
    head.some(
      (w, i) =>
        MODAL.test(w.text) ||
        (i > 0 && CHANGE_VERB.test(w.text) && !NOUN_AFTER_VERB.test(head[i + 1]?.text ?? 'date')),
    )
  )
    return true;
  const text = trimmed.slice(0, head[head.length - 1]!.end);
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
    if (!tags.has('Verb') || tags.has('Gerund') || (tags.has('Auxiliary') && !tags.has('Copula')))
      return false;
    if (i > 0) return true;
    const rest = tagged.slice(1, 4).map((t) => t.text);
    return (
      (tags.has('Imperative') || tags.has('Infinitive')) &&
      rest.some((w) => SENTENCE_SIGNAL.test(w))
    );
  });
}
