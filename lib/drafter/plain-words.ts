/**
 * Filler and hedge words the draft must never carry, even when the slide has them: a confident
 * pitch says "we will", not "we might try to". Each pattern is replaced by the firmer wording.
 */
const FIRMER_WORDING: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(I|we)(?: would| do)? (?:hope|aim|plan|want) to\b/giu, '$1 will'],
  [/\b(?:I|we)(?:['’]d| would)? (?:think|believe|feel|guess|hope|suppose|reckon|say) (?:that )?/giu, ''],
  [/\b(?:seems|appears) to be\b/giu, 'is'],
  [/\b(?:seem|appear) to be\b/giu, 'are'],
  [/\b(?:seems?|appears?) to\s+/giu, ''],
  [/\b(?:in (?:my|our) (?:opinion|view)|it seems|to be honest|fingers crossed|if all goes well),?\s*/giu, ''],
  [/^(?:so|well|okay|ok|right),\s*/iu, ''],
  [/\b(I|we|it|this|that|they|you|which) may(?! \d)\b/giu, '$1 will'],
  [/\b(?:might|may well|could possibly|could|should hopefully|should) (?=be able to\b)/giu, 'will '],
  [/\bwill be able to\b/giu, 'will'],
  [/\b(?:might|could (?:possibly|potentially|perhaps|maybe))\b/giu, 'will'],
  [/\b(?:try|trying|attempts?|attempting|aim|aiming|hope|hoping) (?:to|and)\b\s*/giu, ''],
  [/\b(?:maybe|perhaps|hopefully|possibly|probably|potentially|presumably|arguably|somewhat|fairly|rather(?! than)|quite|pretty much|more or less)\b,?\s*/giu, ''],
  [/(?<!\b(?:a|one|any|every|the|this|that|these|those|what|which|new|same|some|each|other|our|their|its|your)\s)\b(?:sort|kind) of\b\s*/giu, ''],
  [/\b(?:a little bit|a bit|to some extent|in a way)\b\s*/giu, ''],
  [/\b(?:um+|uh+|er|erm|basically|actually|literally|really|totally|honestly|obviously|simply|just|you know|you see|I mean|like I said)\b,?\s*/giu, ''],
  [/\bgoing forward\b/giu, ''],
  [/\bat the end of the day\b,?\s*/giu, ''],
  [/\b(?:utilise|utilize)(s|d)?\b/giu, 'use$1'],
  [/^(?:leverage)\b/iu, 'use'],
];

/** Removes filler and hedges from one fragment and tidies the spaces and commas left behind. */
export function firmUp(text: string): string {
  let out = text;
  for (const [pattern, replacement] of FIRMER_WORDING) out = out.replace(pattern, replacement);
  return out
    .replace(/\s+([,.;:!?])/gu, '$1')
    .replace(/,\s*,/gu, ',')
    .replace(/^[\s,;:]+|[\s,;:]+$/gu, '')
    .replace(/\bwill will\b/giu, 'will')
    .replace(/ {2,}/gu, ' ');
}
