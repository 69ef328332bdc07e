import {
  POINTS_PER_INCH,
  SLIDE_SIZE,
  TEXT_INSETS,
  type Rect,
  type TextBox,
} from '../slide/geometry';
import type { SizeRange } from '../slide/typography';
import { fitCell, type FittedCell } from './fit-cell';
import type { PortfolioSlideContent, PortfolioSlideRow } from './slide-content';

/** Geometry of the portfolio slide, in inches on the pitch slide's 16:9 page (13.333 × 7.5 in). */
const MARGIN = 0.5;
const CONTENT_W = SLIDE_SIZE.widthIn - 2 * MARGIN;
const TABLE_Y = 1.62;
const HEADER_H = 0.32;
const ROW_H = 0.6;
const CHART_GAP = 0.3;

/** The table's columns, left to right, with their widths (in). */
export const PORTFOLIO_COLUMNS = [
  { key: 'rank', label: '#', wIn: 0.62 },
  { key: 'headline', label: 'Pitch', wIn: 3.15 },
  { key: 'objective', label: 'Objective', wIn: 1.35 },
  { key: 'money', label: 'Benefit / cost', wIn: 1.18 },
  { key: 'ask', label: 'Ask', wIn: 1.6 },
] as const;
export type PortfolioColumn = (typeof PORTFOLIO_COLUMNS)[number]['key'];

const TABLE_W = PORTFOLIO_COLUMNS.reduce((sum, c) => sum + c.wIn, 0);

/** Type sizes (pt): the pitch slide's shrink-to-fit, with floors for a dense one-page table. */
export const PORTFOLIO_SIZES = {
  title: { preferredPt: 28, minPt: 20 },
  subtitle: { preferredPt: 12, minPt: 9 },
  header: { preferredPt: 11, minPt: 11 },
  headline: { preferredPt: 12, minPt: 9 },
  cell: { preferredPt: 11, minPt: 9 },
  more: { preferredPt: 12, minPt: 9 },
} as const satisfies Record<string, SizeRange>;

export interface PlacedText {
  name: string;
  box: TextBox;
  fitted: FittedCell;
  bold: boolean;
}

export interface PortfolioSlideLayout {
  title: PlacedText;
  subtitle: PlacedText;
  headers: PlacedText[];
  /** Each row's cells, and its band (every other row is shaded). */
  rows: Array<{ band: Rect; cells: PlacedText[] }>;
  more?: PlacedText;
  chart: Rect;
}

const box = (xIn: number, yIn: number, wIn: number, hIn: number): TextBox => ({
  xIn,
  yIn,
  wIn,
  hIn,
  insets: TEXT_INSETS,
});
const inner = (b: TextBox) => ({
  widthPt: (b.wIn - b.insets.leftIn - b.insets.rightIn) * POINTS_PER_INCH,
  heightPt: (b.hIn - b.insets.topIn - b.insets.bottomIn) * POINTS_PER_INCH,
});
const place = (
  name: string,
  b: TextBox,
  paragraphs: string[],
  sizes: SizeRange,
  bold = false,
): PlacedText => ({
  name,
  box: b,
  fitted: fitCell(paragraphs, inner(b), sizes, bold),
  bold,
});

function cellText(row: PortfolioSlideRow, column: PortfolioColumn): string[] {
  switch (column) {
    case 'rank':
      return [row.rank];
    case 'headline':
      return [row.headline];
    case 'objective':
      return [row.objective];
    case 'money':
      return [row.benefit, `cost ${row.cost}`];
    case 'ask':
      return [row.ask];
  }
}

/**
 * Every box of the portfolio slide with its text fitted by the slide's fit model: a title, the
 * formula line, a table of up to eight pitches (rank, headline, objective, benefit and cost, ask),
 * "+N more" under it and the chart's frame on the right.
 */
export function layoutPortfolioSlide(content: PortfolioSlideContent): PortfolioSlideLayout {
  const headers: PlacedText[] = [];
  let x = MARGIN;
  const columnX = PORTFOLIO_COLUMNS.map((column) => {
    const at = x;
    headers.push(
      place(
        `${column.label} heading`,
        box(at, TABLE_Y, column.wIn, HEADER_H),
        [column.label],
        PORTFOLIO_SIZES.header,
        true,
      ),
    );
    x += column.wIn;
    return at;
  });
  const rows = content.rows.map((row, r) => {
    const y = TABLE_Y + HEADER_H + r * ROW_H;
    return {
      band: { xIn: MARGIN, yIn: y, wIn: TABLE_W, hIn: ROW_H },
      cells: PORTFOLIO_COLUMNS.map((column, c) =>
        place(
          `Row ${r + 1} ${column.label}`,
          box(columnX[c]!, y, column.wIn, ROW_H),
          cellText(row, column.key),
          column.key === 'headline' ? PORTFOLIO_SIZES.headline : PORTFOLIO_SIZES.cell,
          column.key === 'headline' || column.key === 'rank',
        ),
      ),
    };
  });
  const tableBottom = TABLE_Y + HEADER_H + Math.max(1, content.rows.length) * ROW_H;
  const chartX = MARGIN + TABLE_W + CHART_GAP;
  return {
    title: place(
      'Title',
      box(MARGIN, 0.3, CONTENT_W, 0.75),
      [content.title],
      PORTFOLIO_SIZES.title,
      true,
    ),
    subtitle: place(
      'Formula',
      box(MARGIN, 1.05, CONTENT_W, 0.52),
      [content.subtitle],
      PORTFOLIO_SIZES.subtitle,
    ),
    headers,
    rows,
    ...(content.more
      ? {
          more: place(
            'More pitches',
            box(MARGIN, tableBottom + 0.05, TABLE_W, 0.5),
            [content.more],
            PORTFOLIO_SIZES.more,
          ),
        }
      : {}),
    chart: {
      xIn: chartX,
      yIn: TABLE_Y,
      wIn: SLIDE_SIZE.widthIn - MARGIN - chartX,
      hIn: HEADER_H + 8 * ROW_H,
    },
  };
}
