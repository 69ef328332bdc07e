/** Spelled-out numbers and fractions, shared by quantity finding and spoken-equivalent matching. */

const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  a: 1,
  an: 1,
};
const SCALES: Record<string, number> = {
  dozen: 12,
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};
const FRACTIONS: Record<string, number> = {
  half: 1 / 2,
  halves: 1 / 2,
  third: 1 / 3,
  thirds: 1 / 3,
  quarter: 1 / 4,
  quarters: 1 / 4,
  fifth: 1 / 5,
  fifths: 1 / 5,
  sixth: 1 / 6,
  sixths: 1 / 6,
  seventh: 1 / 7,
  sevenths: 1 / 7,
  eighth: 1 / 8,
  eighths: 1 / 8,
  ninth: 1 / 9,
  ninths: 1 / 9,
  tenth: 1 / 10,
  tenths: 1 / 10,
};
/** Ordinal denominators of "one in eight" style ratios are plain cardinals. */
export const CARDINAL_WORD =
  '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen)';
export const FRACTION_WORD =
  '(?:halves|half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)';

/**
 * Value of a spelled-out cardinal such as "twenty-five", "three hundred and fifty thousand" or
 * "a dozen"; undefined when a word is not a number word.
 */
export function parseNumberWords(phrase: string): number | undefined {
  const lower = phrase.toLowerCase();
  // "one point six million": the digits after "point" are read one by one.
  const point =
    /^(.*?)\s+point\s+((?:zero|one|two|three|four|five|six|seven|eight|nine)(?:\s+(?:zero|one|two|three|four|five|six|seven|eight|nine))*)(?:\s+(thousand|million|billion|trillion))?$/u.exec(
      lower,
    );
  if (point) {
    const whole = parseNumberWords(point[1]!);
    if (whole === undefined) return undefined;
    const decimals = point[2]!
      .split(/\s+/u)
      .map((w) => String(SMALL[w]!))
      .join('');
    const value = Number(`${whole}.${decimals}`);
    return point[3] ? value * SCALES[point[3]]! : value;
  }
  // "one and a half million": a half after the whole.
  const half = /^(.*?)\s+and\s+a\s+half(?:\s+(thousand|million|billion|trillion))?$/u.exec(lower);
  if (half) {
    const whole = parseNumberWords(half[1]!);
    if (whole === undefined) return undefined;
    return half[2] ? (whole + 0.5) * SCALES[half[2]]! : whole + 0.5;
  }
  const words = lower.split(/[\s-]+/).filter((w) => w && w !== 'and');
  if (words.length === 0) return undefined;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of words) {
    const small = SMALL[word];
    const scale = SCALES[word];
    if (small !== undefined) {
      current += small;
      seen = true;
    } else if (scale !== undefined) {
      current = (current || 1) * scale;
      if (scale >= 1000) {
        total += current;
        current = 0;
      }
      seen = true;
    } else {
      return undefined;
    }
  }
  return seen ? total + current : undefined;
}

/** Value of a fraction word ("quarter" → 0.25); undefined for anything else. */
export function fractionValue(word: string): number | undefined {
  return FRACTIONS[word.toLowerCase()];
}
