/**
 * "When" expressions: the outcome should say when it lands (DESIGN rule `no-timeframe`) and a
 * concrete ask may name a date. Durations count only with a preposition that makes them a
 * deadline ("within 6 weeks", "in three months"), not as a measured result ("14 days").
 */
const MONTH_FULL =
  '(?:january|february|march|april|june|july|august|september|october|november|december)';
const MONTH_SHORT = '(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?';
const NUMBER_WORD =
  '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty|\\d+)';
const UNIT = '(?:days?|weeks?|months?|quarters?|years?|sprints?)';

const TIMEFRAME = new RegExp(
  [
    MONTH_FULL,
    `${MONTH_SHORT}(?=\\s*\\d)`,
    `\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_SHORT}|may\\b)`,
    '(?<=\\b(?:in|by|from|until|till|before|after|since|of|early|late|mid|end|this|next|last|during)[\\s-])May',
    'May(?=\\s+\\d)',
    '(?:19|20)\\d{2}',
    '(?:fy|q[1-4]|h[12])\\s?\\d{0,4}',
    // "each day", "every week" and "the year" are rates or frames, not when the change lands
    '(?:this|next|last|coming|following|current|financial|fiscal|calendar)\\s+(?:day|week|month|quarter|year|sprint|season|cycle|half)',
    '(?:year|month|quarter|week|day)[- ](?:one|two|three|four|five|1|2|3|4|5)(?![\\p{N}])',
    '(?:first|second|third|fourth|final)\\s+(?:day|week|month|quarter|year|half)',
    '(?:year|quarter|month|week)[- ]end',
    `(?:within|in|inside|after|over|before)\\s+(?:the\\s+)?(?:next\\s+|first\\s+|coming\\s+)?${NUMBER_WORD}\\s+${UNIT}`,
    '(?:today|tomorrow|tonight|overnight)',
    '(?:spring|summer|autumn|winter|christmas|easter|ramadan|diwali|hanukkah|thanksgiving|labou?r day|memorial day|black friday|new year|bank holiday|holidays?|peak season|half-term|go[- ]live)',
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

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Calendar points a pitch and a slide can disagree on: months (with a day), quarters, years. */
const DATE_POINT = new RegExp(
  [
    `(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<dmonth>${MONTH_FULL}|${MONTH_SHORT}|may)(?![\\p{L}])`,
    `(?<month>${MONTH_FULL}|${MONTH_SHORT}(?=\\s*\\d)|(?<=\\b(?:in|by|from|until|till|before|after|since|of|early|late|mid|end|this|next|last|during|the)[\\s-])may)(?:\\s+(?<mday>\\d{1,2})(?:st|nd|rd|th)?(?!\\d))?`,
    `(?<quarter>q[1-4])(?:\\s*(?:fy)?['’]?(?<qyear>\\d{2,4}))?`,
    `(?<=\\b(?:in|by|from|until|before|after|since|during|of|end|early|late|mid)[\\s-])(?<year>(?:19|20)\\d{2})`,
  ].join('|'),
  'giu',
);

/** A calendar point in text: `key` compares equal points ("Sept" = "September"), `grain` says how precise it is. */
export interface DatePoint {
  text: string;
  start: number;
  end: number;
  grain: 'day' | 'month' | 'quarter' | 'year';
  key: string;
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.toLowerCase().slice(0, 3)) + 1;
}

/** Days, months, quarters and years named in `text` ("14 May", "by September", "Q3 2027", "in 2028"). */
export function findDatePoints(text: string): DatePoint[] {
  const points: DatePoint[] = [];
  for (const m of text.matchAll(DATE_POINT)) {
    const g = m.groups ?? {};
    const base = { text: m[0], start: m.index, end: m.index + m[0].length };
    if (g.dmonth || g.month) {
      const month = monthIndex((g.dmonth ?? g.month)!);
      const day = g.day ?? g.mday;
      points.push({
        ...base,
        grain: day ? 'day' : 'month',
        key: day ? `${month}-${Number(day)}` : `${month}`,
      });
    } else if (g.quarter) {
      points.push({
        ...base,
        grain: 'quarter',
        key: g.quarter.toUpperCase() + (g.qyear ? `-${g.qyear.slice(-2)}` : ''),
      });
    } else if (g.year) {
      points.push({ ...base, grain: 'year', key: g.year });
    }
  }
  return points;
}
