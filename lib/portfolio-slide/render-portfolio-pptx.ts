import PptxGenJS from 'pptxgenjs';
import { unzipSync } from 'fflate';
import type { ThemeId } from '../pitch/limits';
import { restoreAstralCharacters, shieldAstralCharacters } from '../pptx/astral-characters';
import { repairPartXml } from '../pptx/repair-package';
import { sanitizeXmlText } from '../pptx/sanitize-xml-text';
import { placeAt, SLIDE_FONT, textBoxOptions } from '../pptx/slide-text';
import { deflateEntry, writeZip, type ZipEntry } from '../pptx/zip-writer';
import { slideTheme, type SlideTheme } from '../slide/themes';
import type { PlacedText, PortfolioSlideLayout } from './slide-layout';
import type { PortfolioSlideContent } from './slide-content';

/**
 * The company template, when one is set: a theme for the colours, and a step that re-bases the
 * finished package on the template's masters (the pitch slide's template export provides it).
 */
export interface PortfolioTemplate {
  theme?: ThemeId;
  restyle?: (pptx: Uint8Array) => Uint8Array | Promise<Uint8Array>;
}

const APPLICATION_NAME = 'One-Slide Pitch';
/** Shade of every other table row, on the theme's background. */
const STRIPE = { light: 'EEF2F7', dark: '2B2622' };

const safe = (text: string) =>
  shieldAstralCharacters(sanitizeXmlText(text).replace(/[\n\t]/gu, ' '));

function addText(slide: PptxGenJS.Slide, placed: PlacedText, color: string): void {
  const { layout, paragraphs } = placed.fitted;
  const runs = paragraphs.map((text, i): PptxGenJS.TextProps => ({
    text: safe(text),
    options: i < paragraphs.length - 1 ? { breakLine: true } : {},
  }));
  slide.addText(runs, {
    ...textBoxOptions(placed.box, placed.name),
    fontSize: layout.fontSizePt,
    lineSpacing: layout.lineHeightPt,
    paraSpaceAfter: paragraphs.length > 1 ? layout.paragraphSpacePt : undefined,
    valign: 'middle',
    bold: placed.bold,
    color,
  });
}

const isDark = (theme: SlideTheme) => Number.parseInt(theme.background.slice(0, 2), 16) < 0x80;

function addChart(
  deck: PptxGenJS,
  slide: PptxGenJS.Slide,
  content: PortfolioSlideContent,
  layout: PortfolioSlideLayout,
  theme: SlideTheme,
) {
  const { chart } = content;
  const unit = chart.currency ? ` (${chart.currency})` : '';
  if (chart.points.length === 0) {
    slide.addText(
      safe(
        'No pitch has both an annual benefit and a one-off cost yet, so there is nothing to plot.',
      ),
      {
        ...placeAt(layout.chart),
        fontFace: SLIDE_FONT,
        fontSize: 12,
        color: theme.muted,
        valign: 'middle',
        align: 'center',
        objectName: 'Value vs effort',
      },
    );
    return;
  }
  const axisColor = theme.muted;
  slide.addChart(
    deck.ChartType.scatter,
    [
      { name: safe(`One-off cost${unit}`), values: chart.points.map((p) => p.effort) },
      {
        name: safe(`Risk-adjusted benefit a year${unit}`),
        values: chart.points.map((p) => p.value),
        labels: [chart.points.map((p) => safe(p.label))],
      },
    ] as unknown as PptxGenJS.OptsChartData[],
    {
      ...placeAt(layout.chart),
      objectName: 'Value vs effort chart',
      showTitle: true,
      title: safe(chart.title),
      titleFontFace: SLIDE_FONT,
      titleFontSize: 12,
      titleColor: theme.title,
      lineSize: 0,
      lineDataSymbol: 'circle',
      lineDataSymbolSize: 11,
      chartColors: [theme.accent],
      showLabel: true,
      dataLabelFormatScatter: 'custom',
      dataLabelPosition: 'r',
      dataLabelFontFace: SLIDE_FONT,
      dataLabelFontSize: 10,
      dataLabelColor: theme.body,
      showLegend: false,
      showCatAxisTitle: true,
      catAxisTitle: safe(`One-off cost (effort)${unit}`),
      catAxisTitleFontSize: 10,
      catAxisTitleColor: axisColor,
      catAxisLabelColor: axisColor,
      catAxisLabelFontSize: 9,
      catAxisLabelFontFace: SLIDE_FONT,
      catLabelFormatCode: '[>=1000000]#,##0.0,,"M";#,##0,"K"',
      showValAxisTitle: true,
      valAxisTitle: safe(`Risk-adjusted benefit a year${unit}`),
      valAxisTitleFontSize: 10,
      valAxisTitleColor: axisColor,
      valAxisLabelColor: axisColor,
      valAxisLabelFontSize: 9,
      valAxisLabelFontFace: SLIDE_FONT,
      valAxisLabelFormatCode: '[>=1000000]#,##0.0,,"M";#,##0,"K"',
      valGridLine: { color: isDark(theme) ? '4A433D' : 'D9DEE5', size: 0.5 },
      catGridLine: { style: 'none' },
    },
  );
}

/** The one-slide deck of the portfolio as a pptxgenjs presentation, laid out by `layoutPortfolioSlide`. */
export function buildPortfolioPresentation(
  content: PortfolioSlideContent,
  layout: PortfolioSlideLayout,
  notes: string,
  themeId: ThemeId = 'boardroom',
): PptxGenJS {
  const theme = slideTheme(themeId);
  const deck = new PptxGenJS();
  deck.layout = 'LAYOUT_WIDE';
  deck.title = safe(content.title);
  deck.author = APPLICATION_NAME;
  deck.company = APPLICATION_NAME;
  deck.theme = { headFontFace: SLIDE_FONT, bodyFontFace: SLIDE_FONT };
  const slide = deck.addSlide();
  slide.background = { color: theme.background };
  addText(slide, layout.title, theme.title);
  addText(slide, layout.subtitle, theme.muted);
  layout.rows.forEach((row, r) => {
    if (r % 2 === 0) {
      slide.addText('', {
        ...placeAt(row.band),
        shape: 'rect',
        objectName: `Row ${r + 1} band`,
        fill: { color: isDark(theme) ? STRIPE.dark : STRIPE.light },
        line: { color: isDark(theme) ? STRIPE.dark : STRIPE.light, width: 0 },
      });
    }
  });
  for (const header of layout.headers) addText(slide, header, theme.heading);
  layout.rows.forEach((row) =>
    row.cells.forEach((cell, c) => addText(slide, cell, c <= 1 ? theme.title : theme.body)),
  );
  if (layout.more) addText(slide, layout.more, theme.muted);
  addChart(deck, slide, content, layout, theme);
  slide.addNotes(safe(notes));
  return deck;
}

const utf8Decoder = new TextDecoder('utf-8', { fatal: true });
const utf8Encoder = new TextEncoder();

/**
 * The package step of the pitch export (repair-package.ts) for a deck with a chart: characters
 * beyond U+FFFF put back, the same schema fixes, every part compressed. Not cached: the chart
 * and its workbook carry the user's figures.
 */
export function repairPortfolioPackage(stored: Uint8Array, modified = new Date()): Uint8Array {
  const entries: ZipEntry[] = [];
  for (const [name, data] of Object.entries(unzipSync(stored))) {
    if (name.endsWith('/')) continue;
    const isXml = name.endsWith('.xml') || name.endsWith('.rels');
    entries.push(
      isXml
        ? deflateEntry(
            name,
            utf8Encoder.encode(
              repairPartXml(name, restoreAstralCharacters(utf8Decoder.decode(data))),
            ),
          )
        : deflateEntry(name, data),
    );
  }
  return writeZip(entries, modified);
}
