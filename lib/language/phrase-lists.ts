/**
 * Word lists for the wording rules. Each entry is a regular-expression fragment matched
 * case-insensitively on word boundaries; apostrophes match straight or curly. The lists are tuned
 * to flag management-speak without flagging ordinary words of other industries: "leverage" only
 * as a verb (a bank's leverage ratio is fine), "may" only after a subject (not the month).
 */

// "a new kind of clinic" names a kind; "it is kind of slow" hedges.
const NOT_AFTER_DETERMINER =
  '(?<!\\b(?:a|one|any|every|the|this|that|these|those|what|which|new|same|some|each|first|only|right|different|other|our|their|its|your)\\s)';

/** Weak or mitigating wording (DESIGN: I think, maybe, hopefully, might, sort of, try to). */
export const HEDGES = [
  "(?:i|we)(?:['’]d)? (?:think|believe|feel|guess|suppose|hope|reckon)",
  '(?:i|we) would (?:think|say|hope)',
  'in (?:my|our) (?:opinion|view)',
  'hopefully',
  'maybe',
  'perhaps',
  'possibly',
  'probably',
  'potentially',
  'arguably',
  'somewhat',
  'might',
  '(?:i|we|it|this|that|they|you|which) may(?! \\d)',
  'may be able',
  'could (?:possibly|potentially|perhaps|maybe)',
  `(?=[sk])${NOT_AFTER_DETERMINER}(?:sort|kind) of`,
  '(?:try|trying) (?:to|and)',
  '(?:attempt|attempts|attempting) to',
  '(?:seems?|appears?) to',
  'it seems',
  'to some extent',
  'more or less',
  'fingers crossed',
  'if all goes well',
  "(?:we['’]ll|let['’]s) see",
  'not sure',
  'just a (?:small|little|quick)',
];

/** Buzzwords that hide meaning (DESIGN: synergy, leverage as a verb, paradigm, best-in-class...). */
export const JARGON = [
  'synerg(?:y|ies|istic|ise|ize|ising|izing)',
  '(?=l)(?<=(?:^|[.;:!?]\\s*|\\b(?:to|will|we|can|could|should|must|i|they|you|and|or|us|would|fully|better|shall)\\s))leverage(?=\\s)',
  'leverag(?:es|ing)',
  '(?=l)(?<=\\b(?:have|has|had|be|been|being|is|are|was|were)\\s)leveraged',
  'paradigm(?: shift)?s?',
  'best[- ]in[- ]class',
  'best[- ]of[- ]breed',
  'world[- ]class',
  'cutting[- ]edge',
  'bleeding[- ]edge',
  'game[- ]chang(?:er|ers|ing)',
  'move the needle',
  'moving the needle',
  'low[- ]hanging fruit',
  'circle back',
  'touch base',
  'deep[- ]dive',
  'think(?:ing)? outside the box',
  'blue[- ]sky thinking',
  'boil the ocean',
  'value[- ]add(?:ed)?',
  'win[- ]win',
  'seamless(?:ly)?',
  'actionable insights?',
  'thought leadership',
  'core competenc(?:y|ies)',
  'solutioning',
  'ideat(?:e|ion|ing)',
  'operationali[sz](?:e|es|ed|ing)',
  'disruptive innovation',
  'next[- ]gen(?:eration)? (?:solution|platform|synergy)s?',
  'hit the ground running',
  'at the end of the day',
  'secret sauce',
  'open the kimono',
  'drink(?:ing)? the kool[- ]aid',
  'take (?:it|this) offline',
  'learnings',
];

/** Spoken filler (DESIGN: um, uh, basically, actually, literally, you know...). */
export const FILLERS = [
  'u+m+',
  'u+h+',
  'e+r+m+',
  'er(?=,)',
  'hmm+',
  'basically',
  'actually',
  'literally',
  'you know',
  '(?=i)(?<=(?:^|[.,;!?]\\s*))i mean(?=,)',
  '(?=l)(?<=,\\s)like(?=,)',
  '(?=[swor])(?<=(?:^|[.!?]\\s+))(?:so|well|okay|ok|right),',
  'to be honest',
  'honestly',
  'totally',
  'you see',
];
