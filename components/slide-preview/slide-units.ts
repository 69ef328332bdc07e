import { POINTS_PER_INCH, SLIDE_SIZE, type Rect, type TextBox } from '@/lib/slide/geometry';

/**
 * The preview draws the slide in container query units: the slide's width is 100cqw, so every
 * inch and point of the model scales with the container and the layout stays exact at any width.
 */
export function inchesToCqw(inches: number): string {
  return `${((inches / SLIDE_SIZE.widthIn) * 100).toFixed(4)}cqw`;
}

export function pointsToCqw(points: number): string {
  return inchesToCqw(points / POINTS_PER_INCH);
}

/** A theme colour (6-digit hex without "#") as CSS. */
export function cssColor(hex: string): string {
  return `#${hex}`;
}

/** Where a rectangle of the slide sits, as absolute-position CSS. */
export function rectPosition(rect: Rect) {
  return {
    left: inchesToCqw(rect.xIn),
    top: inchesToCqw(rect.yIn),
    width: inchesToCqw(rect.wIn),
    height: inchesToCqw(rect.hIn),
  };
}

/** A text box's place and insets, as absolute-position CSS. */
export function textBoxPosition(box: TextBox) {
  const { topIn, rightIn, bottomIn, leftIn } = box.insets;
  return {
    ...rectPosition(box),
    padding: `${inchesToCqw(topIn)} ${inchesToCqw(rightIn)} ${inchesToCqw(bottomIn)} ${inchesToCqw(leftIn)}`,
  };
}
