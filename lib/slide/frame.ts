import type { FontChoice } from './slide-fonts';
import {
  KEY_NUMBER_H,
  TEXT_INSETS,
  type LayoutParts,
  type Rect,
  type SlideLayout,
  type TextBox,
} from './geometry';
import type { SlideTheme } from './themes';

/**
 * Where a company template puts the slide: its size, its title placeholder, the area of its
 * content placeholder, its fonts and colours. The fit model lays the pitch out inside it.
 */
export interface SlideFrame {
  size: { widthIn: number; heightIn: number };
  /** The layout's title placeholder. */
  title: Rect;
  /** The layout's content (body) placeholder: the columns, the ask band and the trace go in it. */
  content: Rect;
  fonts: { title: FontChoice; body: FontChoice };
  theme: SlideTheme;
}

const HEADING_H = 0.45;
const COLUMN_GAP_IN = 0.25;
const BAND_H = 0.75;
const TRACE_H = 0.75;
const BODY_TO_BAND = 0.15;

const round3 = (n: number) => Math.round(n * 1000) / 1000;
const box = (xIn: number, yIn: number, wIn: number, hIn: number): TextBox => ({
  xIn: round3(xIn),
  yIn: round3(yIn),
  wIn: round3(wIn),
  hIn: round3(Math.max(0, hIn)),
  insets: TEXT_INSETS,
});

/**
 * The slide's boxes inside a template's frame: the headline in the title placeholder; in the
 * content area, three column headings and bodies, then the ask band and (with a trace) the trace
 * strip at its bottom, all as wide as the content area.
 */
export function frameLayout(frame: SlideFrame, parts: LayoutParts): SlideLayout {
  const { content } = frame;
  const bottom = content.yIn + content.hIn;
  const traceY = parts.hasTrace ? bottom - TRACE_H : bottom;
  const bandY = traceY - (parts.hasTrace ? 0.05 : 0) - BAND_H;
  const bodyY = content.yIn + HEADING_H;
  const bodyH = bandY - BODY_TO_BAND - bodyY;
  const columnW = (content.wIn - 2 * COLUMN_GAP_IN) / 3;
  const calloutH = parts.hasKeyNumber ? KEY_NUMBER_H : 0;
  const column = (index: number, topH = 0) => {
    const x = content.xIn + index * (columnW + COLUMN_GAP_IN);
    return {
      heading: box(x, content.yIn, columnW, HEADING_H),
      body: box(x, bodyY + topH, columnW, bodyH - topH),
    };
  };
  const band = box(content.xIn, bandY, content.wIn, BAND_H);
  const trace = parts.hasTrace ? box(content.xIn, traceY, content.wIn, TRACE_H) : undefined;
  const outcomeX = content.xIn + 2 * (columnW + COLUMN_GAP_IN);
  return {
    headline: box(frame.title.xIn, frame.title.yIn, frame.title.wIn, frame.title.hIn),
    columns: { situation: column(0), action: column(1), outcome: column(2, calloutH) },
    band: { xIn: band.xIn, yIn: band.yIn, wIn: band.wIn, hIn: band.hIn },
    ask: band,
    trace,
    strip: trace && { xIn: trace.xIn, yIn: trace.yIn, wIn: trace.wIn, hIn: trace.hIn },
    keyNumber: parts.hasKeyNumber ? box(outcomeX, bodyY, columnW, KEY_NUMBER_H) : undefined,
  };
}
