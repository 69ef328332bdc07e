import nlp from 'compromise';

interface Term {
  tags: string[];
}

const NAME_TAGS = new Set(['ProperNoun', 'Place', 'Organization', 'Person', 'FirstName', 'LastName', 'Acronym']);
const known = new Map<string, boolean>();

/**
 * Whether a lower-case word is an everyday English word compromise knows (a verb, an adjective,
 * a plural, a number…), not a name: "cloud", "overtime", "reliable" are; "ofwat", "azure" are not.
 * Bare singular nouns it has never met ("triage", "motor") count as unknown.
 */
export function isCommonWord(word: string): boolean {
  const seen = known.get(word);
  if (seen !== undefined) return seen;
  const terms = (nlp(word).json()[0] as { terms?: Term[] } | undefined)?.terms ?? [];
  const tags = terms.length === 1 ? terms[0]!.tags : [];
  const common = !tags.some((t) => NAME_TAGS.has(t)) && tags.some((t) => t !== 'Noun' && t !== 'Singular');
  if (known.size > 2000) known.clear();
  known.set(word, common);
  return common;
}
