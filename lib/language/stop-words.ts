/**
 * English function words: the words a speaker fills in without a cue. Negations (not, no, never,
 * don't...) are deliberately absent because dropping them flips the meaning; so are number words,
 * comparatives (more, fewer) and time words (before, after, by-dates keep their month).
 */
const FUNCTION_WORDS = `
a an the
and or but nor so yet as if then than because while although though whether
of to in on at by for with from into onto upon over under about above below across through
via per within among between against toward towards around along off out up down
this that these those there here such same own
i me my mine myself we us our ours ourselves you your yours yourself yourselves
he him his himself she her hers herself it its itself they them their theirs themselves
who whom whose which what whatever whichever
is am are was were be been being do does did doing done have has had having
will would shall should can could may might must
also just very really quite rather too only even still already
all any each every both either some
how when where why
i'm i've i'd i'll we're we've we'd we'll you're you've you'd you'll they're they've they'd
they'll he's she's it's that's there's here's what's let's
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(FUNCTION_WORDS.split(/\s+/).filter(Boolean));

/** Whether `word` is a function word (case-insensitive, curly apostrophes accepted). */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word.toLowerCase().replace(/’/g, "'"));
}

/**
 * Whether a word the stop list would drop is the month "May" ("by May", "14 May", "May 9"): a
 * date a speaker must not lose from a cue. `before` and `after` are the text around the word.
 */
export function isMonthMay(word: string, before: string, after: string): boolean {
  if (word !== 'May') return false;
  return (
    /(?:\b(?:in|by|from|until|till|before|after|since|of|early|late|mid|end|this|next|last|during|the|each|every)|\d)\s+$/iu.test(
      before,
    ) ||
    /^\s+\d/u.test(after) ||
    !/(?:^|[.!?]\s*)$/u.test(before)
  );
}
