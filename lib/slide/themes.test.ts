import { describe, expect, test } from 'vitest';
import { THEME_IDS } from '@/lib/pitch/limits';
import { SLIDE_THEMES, type SlideTheme } from './themes';

/** WCAG 2.x relative luminance of a 6-digit hex colour. */
function luminance(hex: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const textOnBackground: Array<keyof SlideTheme> = ['title', 'heading', 'body', 'accent', 'muted'];

describe.each(THEME_IDS)('theme %s', (id) => {
  const theme = SLIDE_THEMES[id];

  test('colours are 6-digit hex as PPTX takes them', () => {
    for (const key of Object.keys(theme) as Array<keyof SlideTheme>) {
      if (key === 'id' || key === 'label') continue;
      expect(theme[key]).toMatch(/^[0-9A-F]{6}$/);
    }
  });

  test.each(textOnBackground)('%s text meets WCAG AA (4.5:1) on the background', (key) => {
    expect(contrast(theme[key], theme.background)).toBeGreaterThanOrEqual(4.5);
  });

  test('the ask meets WCAG AA on its band', () => {
    expect(contrast(theme.bandText, theme.bandFill)).toBeGreaterThanOrEqual(4.5);
  });

  test('the trace meets WCAG AA on its strip', () => {
    expect(contrast(theme.stripText, theme.stripFill)).toBeGreaterThanOrEqual(4.5);
  });
});
