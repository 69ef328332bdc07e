import type { PitchFile } from '@/lib/pitch/schema';
import { announceComputation } from '@/lib/diagnostics/computations';
import { SECTIONS, type Section } from '@/lib/pitch/limits';
import type { FitSlideOptions, FittedBox, SlideBoxId, SlideFit } from './fit-types';
import {
  layoutTextAtSize,
  largestFittingSize,
  prepareText,
  type BoxText,
  type TextLayout,
} from './fit-text';
import {
  innerHeightPt,
  innerWidthPt,
  POINTS_PER_INCH,
  slideLayout,
  type LayoutParts,
  type TextBox,
} from './geometry';
import { endsOnOrphan, rebalancedLayout } from './rebalance';
import { frameLayout } from './frame';
import { CARLITO, type SlideFontMetrics } from './measure-text';
import { slideText } from './slide-text';
import { slideTheme } from './themes';
import { BOX_ANCHORS, FONT_SIZES, type SizeRange } from './typography';

const innerOf = (box: TextBox) => ({ widthPt: innerWidthPt(box), heightPt: innerHeightPt(box) });

/**
 * The headline at the largest size that fits, rebalanced so it does not end on a single word
 * when a narrower wrap keeps its line count (the box's right inset grows by the narrowing).
 */
function fitHeadline(
  box: TextBox,
  text: BoxText,
  placeholder: boolean,
  font: SlideFontMetrics,
): FittedBox {
  const prepared = prepareText(text, font);
  const inner = innerOf(box);
  const size = largestFittingSize(prepared, inner, FONT_SIZES.headline);
  const greedy = layoutTextAtSize(prepared, size, inner);
  const balanced = rebalancedLayout(prepared, greedy, inner);
  if (!balanced) return toBox('headline', box, text, greedy, placeholder);
  const rightIn =
    Math.round((box.insets.rightIn + balanced.narrowedByPt / POINTS_PER_INCH) * 1000) / 1000;
  const narrowed = { ...box, insets: { ...box.insets, rightIn } };
  // Laid out again in the rounded box the file will carry, so file and preview wrap alike.
  const final = layoutTextAtSize(prepared, size, innerOf(narrowed));
  const kept = final.paragraphs.every(
    (p, i) => p.lines.length === greedy.paragraphs[i]?.lines.length,
  );
  if (!kept || final.paragraphs.some(endsOnOrphan))
    return toBox('headline', box, text, greedy, placeholder);
  return toBox('headline', narrowed, text, final, placeholder);
}

function toBox(
  id: SlideBoxId,
  box: TextBox,
  text: BoxText,
  layout: TextLayout,
  placeholder: boolean,
): FittedBox {
  return { id, box, anchor: BOX_ANCHORS[id], bold: text.bold, placeholder, ...layout };
}

/** One column's text measured for a body box, with the largest size it fits at alone. */
function measureColumn(section: Section, box: TextBox, text: BoxText, font: SlideFontMetrics) {
  const prepared = prepareText(text, font);
  const inner = innerOf(box);
  return {
    section,
    box,
    text,
    prepared,
    inner,
    size: largestFittingSize(prepared, inner, FONT_SIZES.body),
  };
}
type MeasuredColumn = ReturnType<typeof measureColumn>;

/**
 * Lays the pitch out on the slide: for every box the chosen font size (pt), the wrapped lines and
 * whether it overflows at its minimum size. The three columns share the largest size at which all
 * of them fit. The key number callout takes the top of the Outcome column only when the columns
 * keep that size with it. The single source of truth for the preview and the PPTX export.
 */
export function fitSlide(pitch: PitchFile, options: FitSlideOptions = {}): SlideFit {
  announceComputation(options.placeholders === true ? 'slide-fit:preview' : 'slide-fit:plain');
  const text = slideText(pitch, options.placeholders === true);
  const { boxes, placeholders } = text;
  const hasTrace = boxes.trace !== undefined;
  const { frame } = options;
  const bodyFont = frame?.fonts.body.metrics ?? CARLITO;
  const layoutOf = (parts: LayoutParts) => (frame ? frameLayout(frame, parts) : slideLayout(parts));
  const fitOne = (id: SlideBoxId, box: TextBox, boxText: BoxText, sizes: SizeRange) => {
    const prepared = prepareText(boxText, bodyFont);
    const inner = innerOf(box);
    const size = largestFittingSize(prepared, inner, sizes);
    const isPlaceholder = id !== 'keyNumber' && placeholders.has(id);
    return toBox(id, box, boxText, layoutTextAtSize(prepared, size, inner), isPlaceholder);
  };

  let layout = layoutOf({ hasTrace });
  let columns: MeasuredColumn[] = SECTIONS.map((section) =>
    measureColumn(section, layout.columns[section].body, boxes[section], bodyFont),
  );
  let bodyFontSizePt = Math.min(...columns.map((c) => c.size));
  let keyNumber: FittedBox | undefined;
  if (text.keyNumber) {
    const withCallout = layoutOf({ hasTrace, hasKeyNumber: true });
    const outcome = measureColumn(
      'outcome',
      withCallout.columns.outcome.body,
      boxes.outcome,
      bodyFont,
    );
    const shared = Math.min(...columns.slice(0, 2).map((c) => c.size), outcome.size);
    const callout = withCallout.keyNumber
      ? fitOne('keyNumber', withCallout.keyNumber, text.keyNumber, FONT_SIZES.keyNumber)
      : undefined;
    const outcomeFits = !layoutTextAtSize(outcome.prepared, shared, outcome.inner).overflows;
    if (callout && !callout.overflows && shared >= bodyFontSizePt && outcomeFits) {
      layout = withCallout;
      columns = [...columns.slice(0, 2), outcome];
      keyNumber = callout;
    }
  }
  bodyFontSizePt = Math.min(...columns.map((c) => c.size));
  const [situation, action, outcome] = columns.map((c) =>
    toBox(
      c.section,
      c.box,
      c.text,
      layoutTextAtSize(c.prepared, bodyFontSizePt, c.inner),
      placeholders.has(c.section),
    ),
  ) as [FittedBox, FittedBox, FittedBox];

  const headline = fitHeadline(
    layout.headline,
    boxes.headline,
    placeholders.has('headline'),
    frame?.fonts.title.metrics ?? CARLITO,
  );
  const ask = fitOne('ask', layout.ask, boxes.ask, FONT_SIZES.ask);
  const trace =
    boxes.trace && layout.trace
      ? fitOne('trace', layout.trace, boxes.trace, FONT_SIZES.trace)
      : undefined;

  const fitted = [headline, situation, action, outcome, ask, trace];
  // Only the pitch's own text can overflow: a placeholder never does, so the preview's layout
  // (with placeholders) and a plain one name the same overflows, and the advice reuses either.
  const overflows = fitted
    .filter((b): b is FittedBox => b !== undefined && b.overflows && !b.placeholder)
    .flatMap((b) => (b.id === 'keyNumber' ? [] : [{ field: b.id, box: b.id }]));
  return {
    theme: frame?.theme ?? slideTheme(pitch.theme),
    layout,
    headline,
    situation,
    action,
    outcome,
    ask,
    trace,
    keyNumber,
    bodyFontSizePt,
    overflows,
  };
}
