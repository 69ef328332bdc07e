import type { Span } from './words';
import { words } from './words';

const BE = new Set([
  'am',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
]);
/** A quick test before splitting into words: no form of "be" or "get", no passive. */
const MAY_HOLD_PASSIVE =
  /(?<![\p{L}])(?:am|is|are|was|were|be|been|being|get|gets|got|gotten|getting|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)(?![\p{L}])/iu;
const PRESENT_BE = new Set(['am', 'is', 'are', "isn't", "aren't"]);
/** "Get" passives ("three drivers got reassigned") always report an event, so they are never a state. */
const GET = new Set(['get', 'gets', 'got', 'gotten', 'getting']);
/** Participles that follow "get" as adjectives or idioms, not passives: "get started", "got stuck". */
const NOT_AFTER_GET = new Set([
  'started',
  'rid',
  'used',
  'involved',
  'married',
  'lost',
  'dressed',
  'engaged',
  'stuck',
  'tired',
  'bored',
  'excited',
  'worried',
  'confused',
  'scared',
  'acquainted',
  'organised',
  'organized',
  'prepared',
  'ahead',
  'back',
  'done',
  'going',
  'moving',
]);
const BETWEEN = new Set([
  'not',
  'never',
  'also',
  'all',
  'still',
  'already',
  'just',
  'now',
  'then',
  'often',
  'always',
  'usually',
  'being',
  'rarely',
  'only',
  'both',
  'each',
]);

/** Irregular past participles; regular ones end in -ed. Intransitive ones (gone, fallen) are left out. */
const IRREGULAR = new Set(
  (
    'arisen awoken beaten bent bet bid bitten bled blown borne bought brought built burnt burst cast caught ' +
    'chosen clung cut dealt done drawn driven drunk dug eaten fed felt fought found fled flung flown forbidden ' +
    'forecast forgotten forgiven frozen given ground grown hung heard hidden hit held hurt kept knelt known laid ' +
    'led lent let lit lost made meant met mislaid misled mistaken overdone overheard overridden overrun overseen ' +
    'overtaken overthrown paid proven put quit read rebuilt redone remade repaid rerun reset retold rewritten rid ' +
    'ridden rung run said seen sought sold sent set sewn shaken shed shorn shot shown shrunk shut slain slung slit ' +
    'sown spoken sped spent spilt spun spat split spoilt spread sprung stolen stuck stung struck strung sworn swept ' +
    'swung taken taught torn told thought thrown thrust trodden understood undertaken undone upheld upset woken worn ' +
    'woven wed wept won wound withdrawn withheld withstood wrung written'
  ).split(' '),
);
/** -ed words that read as adjectives after "be" ("we are based in Leeds", "staff are qualified"). */
const ADJECTIVAL = new Set(
  (
    'based located interested satisfied pleased concerned worried tired excited surprised disappointed involved ' +
    'used supposed married qualified experienced skilled advanced committed dedicated determined prepared convinced ' +
    'confused scared bored embarrassed frustrated stressed overwhelmed exhausted tired aged talented detailed ' +
    'limited crowded balanced biased varied sophisticated complicated unbalanced unqualified unrelated related ' +
    'excited delighted thrilled amazed annoyed ashamed blessed engaged focused motivated dissatisfied ' +
    'red bed hundred sacred naked wicked kindred rugged ragged jagged crooked beloved learned need speed seed feed'
  ).split(' '),
);
/** What may follow "by" without naming who acts: times, means, amounts ("by May", "by hand", "by 20%"). */
const NOT_AGENT =
  /^by\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:the\s+)?(?:end|start|middle|close|time|summer|spring|autumn|fall|winter|weekend|deadline|next|following|noon|midday|midnight|lunch(?:time)?|dawn|dusk|morning|evening|afternoon|night)\b|\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|(?:early|late|mid)[- ]?|next|then|now|today|tomorrow|tonight|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|q[1-4]\b|h[12]\b|fy|hand|email|phone|post|mail|design|default|law|far|year|week|month|day|around|about|up to|over|more|less|roughly|nearly|almost|at least|percent|half|[$€£])/iu;
const AMOUNT_AFTER_BY =
  /^by\s+(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)\s*(?:%|percent|per\s?cent|x\b|times|fold|days?|weeks?|months?|years?|hours?|minutes?|points?|[kmb]n?\b|million|billion|thousand|hundred|thirds?|quarters?|fifths?|tenths?|factor|[.,;:!?)]|$)/iu;
/** Adverbs that may sit between the participle and its "by" agent ("checked twice by"). */
const ADVERBS_BEFORE_BY =
  /^(?:(?:\p{L}+ly|twice|again|once|also|only|mainly|mostly|now|still|all)\s+){1,2}(?=by\s)/iu;

function namesAgent(rest: string): boolean {
  const tail = rest.replace(ADVERBS_BEFORE_BY, '');
  return /^by\s/iu.test(tail) && !NOT_AGENT.test(tail) && !AMOUNT_AFTER_BY.test(tail);
}

function isParticiple(word: string): boolean {
  const w = word.toLowerCase().replace(/’/gu, "'");
  if (ADJECTIVAL.has(w)) return false;
  if (IRREGULAR.has(w)) return true;
  return (
    /^[a-z]{2,}(?:ed)$/u.test(w) &&
    !/eed$/u.test(w.replace(/(?:agre|fre|guarante|decre|referee)ed$/u, 'x'))
  );
}

/**
 * Finds passive constructions that a reviewer would rewrite: "be" or "get" + participle with a named
 * agent ("were escalated by the directors"), or in the past, future, perfect or progressive
 * ("will be fed into the portal", "was closed", "has been delayed"). Simple present without an
 * agent ("one in eight appointments is missed", "triage is automated by May") describes a state
 * and is left alone, as is "be" + adjective-like participle ("based", "qualified").
 * Returns the span from the "be" verb to the participle.
 */
export function findPassives(sentence: string): Span[] {
  if (!MAY_HOLD_PASSIVE.test(sentence)) return [];
  const tokens = words(sentence);
  const found: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const be = tokens[i]!.text.toLowerCase().replace(/’/gu, "'");
    const get = GET.has(be);
    if (!BE.has(be) && !get) continue;
    let j = i + 1;
    while (
      j < tokens.length &&
      j <= i + 3 &&
      (BETWEEN.has(tokens[j]!.text.toLowerCase()) || /ly$/iu.test(tokens[j]!.text))
    )
      j++;
    const participle = tokens[j];
    if (!participle) continue;
    const restAfter = sentence.slice(participle.end).trimStart();
    // "are used by nurses": an adjective-like participle with a by-agent is a passive after all.
    if (
      !isParticiple(participle.text) &&
      !(ADJECTIVAL.has(participle.text.toLowerCase()) && namesAgent(restAfter))
    )
      continue;
    if (get && NOT_AFTER_GET.has(participle.text.toLowerCase())) continue;
    const rest = sentence.slice(participle.end).trimStart();
    const hasAgent = namesAgent(rest);
    const progressive = tokens.slice(i + 1, j).some((t) => t.text.toLowerCase() === 'being');
    const simplePresent = PRESENT_BE.has(be) && !progressive && !get;
    // "It is hoped that…", "it is expected that…": an impersonal passive that hides who hopes.
    const impersonal = /^it$/iu.test(tokens[i - 1]?.text ?? '') && /^that\b/iu.test(rest);
    if (simplePresent && !hasAgent && !impersonal) continue;
    found.push({
      text: sentence.slice(tokens[i]!.start, participle.end),
      start: tokens[i]!.start,
      end: participle.end,
    });
    i = j;
  }
  return found;
}
