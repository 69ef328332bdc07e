'use client';

import { useId } from 'react';
import { SECTION_LABELS, SECTIONS } from '@/lib/pitch/limits';
// Only light modules of lib/slide: the fit model itself loads after the editor (live-analysis.tsx).
import type { SlideFit } from '@/lib/slide/fit-types';
import type { Rect, TextBox } from '@/lib/slide/geometry';
import type { SlideTheme } from '@/lib/slide/themes';
import { HEADING_ANCHOR, HEADING_SIZE_PT } from '@/lib/slide/typography';
import { useLiveSlide } from '@/components/ui/live-analysis';
import { FittedTextBox } from './fitted-text-box';
import { previewSummary } from './preview-summary';
import { useSlideFontReady } from './use-slide-font-ready';
import { cssColor, pointsToCqw, rectPosition, textBoxPosition } from './slide-units';

interface SlidePreviewProps {
  /** The layout to draw (lib/slide's fit model); null while the first one is computed. */
  fit: SlideFit | null;
  /** The slide's colours, known before its first layout. */
  theme: SlideTheme;
  className?: string;
}

/**
 * The slide: drawn from the same fit model as the PPTX export (geometry, theme, font sizes and
 * wrapped lines), in Carlito, scaled to the container's width. Until the slide font is in, the
 * empty slide shows in its theme colour, so the text is laid out once, in its own font.
 */
export function SlidePreview({ fit, theme, className = '' }: SlidePreviewProps) {
  const fontReady = useSlideFontReady();
  const drawn = fontReady ? fit : null;
  const summaryId = useId();
  const colors = drawn?.theme ?? theme;
  return (
    <div className={`@container w-full ${className}`}>
      <div
        role="img"
        aria-label="Slide preview"
        aria-describedby={summaryId}
        aria-busy={!drawn}
        className="relative aspect-video w-full overflow-hidden rounded-sm font-slide shadow-md ring-1 ring-black/10 select-none"
        style={{
          backgroundColor: cssColor(colors.background),
          fontKerning: 'normal',
          fontVariantLigatures: 'none',
        }}
      >
        {drawn && <SlideShapes fit={drawn} />}
      </div>
      <p id={summaryId} className="sr-only">
        {drawn ? previewSummary(drawn) : 'Drawing the slide…'}
      </p>
    </div>
  );
}

/** The live pitch's slide, from the page's one layout (see LiveAnalysisProvider). */
export function LiveSlidePreview({ className }: { className?: string }) {
  const { fit, theme } = useLiveSlide();
  return <SlidePreview fit={fit} theme={theme} className={className} />;
}

function SlideShapes({ fit }: { fit: SlideFit }) {
  const { theme, layout } = fit;
  return (
    <>
      <FittedTextBox fitted={fit.headline} color={theme.title} accent={theme.accent} />
      {SECTIONS.map((section) => (
        <div key={section}>
          <ColumnHeading box={layout.columns[section].heading} color={theme.heading}>
            {SECTION_LABELS[section]}
          </ColumnHeading>
          <FittedTextBox fitted={fit[section]} color={theme.body} accent={theme.accent} />
        </div>
      ))}
      {fit.keyNumber && (
        <FittedTextBox fitted={fit.keyNumber} color={theme.accent} accent={theme.accent} />
      )}
      <FilledRect rect={layout.band} color={theme.bandFill} />
      <FittedTextBox fitted={fit.ask} color={theme.bandText} accent={theme.accent} />
      {layout.strip && <FilledRect rect={layout.strip} color={theme.stripFill} />}
      {fit.trace && (
        <FittedTextBox fitted={fit.trace} color={theme.stripText} accent={theme.accent} />
      )}
    </>
  );
}

/** A filled rectangle of the slide (the ask's band, the trace's strip). */
function FilledRect({ rect, color }: { rect: Rect; color: string }) {
  return (
    <div
      className="absolute"
      style={{
        ...rectPosition(rect),
        backgroundColor: cssColor(color),
      }}
    />
  );
}

function ColumnHeading({
  box,
  color,
  children,
}: {
  box: TextBox;
  color: string;
  children: string;
}) {
  return (
    <div
      className="absolute flex flex-col font-bold"
      style={{
        ...textBoxPosition(box),
        justifyContent: HEADING_ANCHOR === 'bottom' ? 'flex-end' : 'flex-start',
        fontSize: pointsToCqw(HEADING_SIZE_PT),
        lineHeight: 1.2,
        color: cssColor(color),
      }}
    >
      {children}
    </div>
  );
}
