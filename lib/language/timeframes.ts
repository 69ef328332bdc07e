/**
 * "When" expressions: the outcome should say when it lands (DESIGN rule `no-timeframe`) and a
 * concrete ask may name a date. Durations count only with a preposition that makes them a
 * deadline ("within 6 weeks", "in three months"), not as a measured result ("14 days").
 */
const MONTH_FULL = '(?:january|february|march|april|june|july|august|september|october|november|december)';
const MONTH_SHORT = '(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?';
const NUMBER_WORD = '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty|\\d+)';
const UNIT = '(?:days?|weeks?|months?|quarters?|years?|sprints?)';

const TIMEFRAME = new RegExp(
  [
    MONTH_FULL,
    `${MONTH_SHORT}(?=\\s*\\d)`,
    `\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_SHORT}`,
    '(?<=\\b(?:in|by|from|until|till|before|after|since|of|early|late|mid|end|this|next|last|during)[\\s-])May',
    'May(?=\\s+\\d)',
    '(?:19|20)\\d{2}',
    '(?:fy|q[1-4]|h[12])\\s?\\d{0,4}',
    '(?:this|next|last|each|every|the|coming|following|current|financial|fiscal|calendar)\\s+(?:day|week|month|quarter|year|sprint|season|cycle|half)',
    '(?:year|month|quarter|week|day|phase)[- ](?:one|two|three|four|five|1|2|3|4|5)',
    '(?:first|second|third|fourth|final)\\s+(?:day|week|month|quarter|year|half)',
    '(?:year|quarter|month|week)[- ]end',
    `(?:within|in|inside|after|over|before)\\s+(?:the\\s+)?(?:next\\s+|first\\s+|coming\\s+)?${NUMBER_WORD}\\s+${UNIT}`,
    '(?:today|tomorrow|tonight|yesterday|annually|yearly|monthly|quarterly|weekly|daily|overnight)',
    '(?:spring|summer|autumn|winter|christmas|easter|ramadan|diwali|holidays?|peak season|half-term|go[- ]live)',
    '(?<=\\b(?:this|next|last|in|by|until|the)\\s)fall',
    '(?:mon|tues|wednes|thurs|fri|satur|sun)day',
    '\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}',
    '\\d{4}-\\d{2}-\\d{2}',
    'next\\s+(?:board|meeting|committee|steering|review|release|cycle|budget|round)',
    'end of (?:the )?(?:day|week|month|quarter|year|sprint|season|programme|program|pilot)',
    'deadline',
  ].join('|'),
  'iu',
);
const BOUNDED = new RegExp(`(?<![\\p{L}\\p{N}])(?:${TIMEFRAME.source})(?![\\p{L}])`, 'iu');

/** True when the text says when something happens (a date, month, quarter, year or deadline). */
export function hasTimeframe(text: string): boolean {
  return BOUNDED.test(text);
}
