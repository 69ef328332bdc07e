/**
 * Request language: how a text asks for a decision. The `vague-ask` rule, `pitch-missing-ask`,
 * the drafter's "Ask" tick and the place the drafter inserts a sentence before the ask all call
 * these predicates, so the checklist and the advice never disagree about the same sentence.
 */

/** Verbs (and their nouns) that name the decision an ask wants: "Approve £400K…", "Assign two engineers…". */
export const REQUEST_VERB =
  /(?<![\p{L}])(?:approve|approval|fund|funding|decide|decision|assign|endorse|sign[- ]?off|sign|agree|authori[sz]e|allocate|release|commit|grant|confirm|back|sponsor|green[- ]?light|choose|select|nominate|name|appoint|provide|give|lend|second|prioriti[sz]e|accept|ratify|mandate|invest|hire|add|extend|waive|support|ring-fence|reallocate|pick|renew|rule|vote|spend|move|release|buy|sanction)(?![\p{L}])/iu;

const AMOUNT_OR_PEOPLE =
  '(?:a|an|the|your|you|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|another|more|extra|some|one|\\d|[$€£¥₹]|approval|sign[- ]?off|funding|budget|backing|support|help|decision|agreement|go-ahead|green[- ]?light|permission|access)';

/**
 * Spoken request forms: a first-person need or request ("I need…", "I'm asking for…", "what I
 * need from you is…"), a question to the listener ("can you…", "will you…", "can I count on…"),
 * "please", "your approval/support/backing", "my ask", or an imperative decision verb opening
 * a sentence ("Approve the £350K today."). "We need to move fast" is no request; "we need two
 * engineers" is.
 */
const SPOKEN_REQUEST = new RegExp(
  [
    `(?:i|we)(?:['’]m| am| are|['’]re)? (?:asking|requesting)\\b`,
    `(?:i|we) (?:ask|request)(?: you| for| that)\\b`,
    `(?:i|we)(?:['’]d| would) (?:like|love) (?:you|your|to ask|to request|(?:${AMOUNT_OR_PEOPLE}))`,
    `(?:i|we) (?:need|require)s? (?:from you|you|your|${AMOUNT_OR_PEOPLE})(?![\\p{L}])`,
    // "I want your approval" asks; "we want one contract for both fleets" describes the plan.
    `(?:i|we) want (?:from you|you|your|approval|sign[- ]?off|funding|backing|support|a decision|a yes|the (?:board|committee|panel)|[$€£]|\\d)`,
    `(?:can|could|will|would) (?:the\\s+)?(?:board|committee|panel|council|cabinet|governors|trustees|everyone)\\s+(?:approve|agree|back|fund|sign|support|endorse|release|decide|give|commit)\\b`,
    `(?:i|we) (?:need|want) to (?:ask|request|get your|have your|secure your|agree)\\b`,
    `what (?:i|we) (?:need|want|am asking|['’]m asking|ask)\\b`,
    `(?:can|could|will|would|may|shall) (?:you|i count|we count|i have|we have|we get|i get|we agree|we sign|we start|we go)\\b`,
    `(?:my|our|the) (?:ask|request) (?:is|today|of you)\\b`,
    `please\\b`,
    `your (?:approval|support|backing|help|agreement|vote|sponsorship|sign[- ]?off|go-ahead|decision|endorsement|commitment|okay|ok)\\b`,
    `(?:^|[.!?:;]\\s+|\\bto\\s+|\\band\\s+)(?:approve|fund|back|endorse|sign off|authori[sz]e|release|allocate|assign|green[- ]?light|sanction)\\s+(?:the|this|it|our|us|me|a|an|two|three|four|five|\\d|[$€£])`,
    `(?:asking|ask) (?:you|for)\\b`,
    `(?:i|we)(?:['’]m| am| are|['’]re) (?:after|looking for|seeking|here (?:for|to ask))\\b`,
    `(?:board|committee|panel|council|cabinet)['’]s (?:vote|approval|decision|backing|support|sign[- ]?off|agreement)\\b`,
    `(?:^|[.!?:;]\\s+|\\n\\s*)(?:give|lend|let|back|put|fund|approve|sign|grant|release|allocate|assign|authori[sz]e|green[- ]?light|commit|find|say yes|support|endorse|choose|pick|decide|agree)\\s+(?:me|us|it|the|this|that|our|my|a|an|two|three|four|five|six|\\d|[$€£]|today|now|to)\\b`,
    `count on (?:you|your)\\b`,
    `let['’]s (?:place|sign|approve|agree|fund|start|back|commit|book|go ahead|green[- ]?light|release|order)\\b`,
    `need (?:a|your) (?:decision|yes|answer)\\b`,
  ]
    .map((alternative) =>
      alternative.startsWith('(?:^|') ? alternative : `(?<![\\p{L}])${alternative}`,
    )
    .join('|'),
  'iu',
);

/** Whether a spoken text makes a request of its listener (see SPOKEN_REQUEST). */
export function makesRequest(text: string): boolean {
  return SPOKEN_REQUEST.test(text);
}

/** Whether one sentence is the request (where the drafter's "insert before the ask" aims). */
export function isRequestSentence(sentence: string): boolean {
  return SPOKEN_REQUEST.test(sentence);
}

/** Whether an ask names the decision it wants: a request verb or noun. */
export function namesDecision(ask: string): boolean {
  return REQUEST_VERB.test(ask);
}

/** Whether an ask opens with its decision verb ("Approve £400K…"), so it reads after "I'm asking you to". */
export function startsWithDecision(ask: string): boolean {
  const first = /^\s*([\p{L}-]+)/u.exec(ask)?.[1] ?? '';
  return REQUEST_VERB.test(first) && !/^(?:approval|funding|decision|support)$/iu.test(first);
}
