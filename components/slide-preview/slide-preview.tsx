'use client';

import { useDeferredValue, useId, useMemo } from 'react';
import { SECTION_LABELS, SECTIONS } from '@/lib/pitch/limits';
import type { PitchFile } from '@/lib/pitch/schema';
import {
  HEADING_ANCHOR,
  HEADING_SIZE_PT,
  fitSlide,
  slideTheme,
  type SlideFit,
  type TextBox,
} from '@/lib/slide';
import { FittedTextBox } from './fitted-text-box';
import { previewSummary } from './preview-summary';
import { useSlideFontReady } from './use-slide-font-ready';
import { cssColor, inchesToCqw, pointsToCqw } from './slide-units';

interface SlidePreviewProps {
  pitch: PitchFile;
  className?: string;
}

/**
 * The live slide: drawn from the same fit model as the PPTX export (geometry, theme, font sizes
 * and wrapped lines), in Carlito, scaled to the container's width. Fitting runs on a deferred copy
 * of the pitch so typing never waits for the preview.
 */
export function SlidePreview({ pitch, className = '' }: SlidePreviewProps) {
  // Starts as null: the page's first render draws the empty slide in its theme colour, and the
  // text follows in a deferred render once the slide font is in, so the editor and the slide
  // lay out in two short tasks, and the slide once, in its own font.
  const fontReady = useSlideFontReady();
  const deferred = useDeferredValue<PitchFile | null>(fontReady ? pitch : null, null);
  const fit = useMemo(() => deferred && fitSlide(deferred, { placeholders: true }), [deferred]);
  const summaryId = useId();
  const theme = fit?.theme ?? slideTheme(pitch.theme);
  return (
    <div className={`@container w-full ${className}`}>
      <div
        role="img"
        aria-label="Slide preview"
        aria-describedby={summaryId}
        aria-busy={!fit}
        className="relative aspect-video w-full overflow-hidden rounded-sm font-slide shadow-md ring-1 ring-black/10 select-none"
        style={{
          backgroundColor: cssColor(theme.background),
          fontKerning: 'normal',
          fontVariantLigatures: 'none',
        }}
      >
        {fit && <SlideShapes fit={fit} />}
      </div>
      <p id={summaryId} className="sr-only">
        {fit ? previewSummary(fit) : 'Drawing the slide…'}
      </p>
    </div>
  );
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
      <div
        className="absolute"
        style={{
          left: inchesToCqw(layout.band.xIn),
          top: inchesToCqw(layout.band.yIn),
          width: inchesToCqw(layout.band.wIn),
          height: inchesToCqw(layout.band.hIn),
          backgroundColor: cssColor(theme.bandFill),
        }}
      />
      <FittedTextBox fitted={fit.ask} color={theme.bandText} accent={theme.accent} />
      {fit.trace && <FittedTextBox fitted={fit.trace} color={theme.muted} accent={theme.accent} />}
    </>
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
        left: inchesToCqw(box.xIn),
        top: inchesToCqw(box.yIn),
        width: inchesToCqw(box.wIn),
        height: inchesToCqw(box.hIn),
        padding: `${inchesToCqw(box.insets.topIn)} ${inchesToCqw(box.insets.rightIn)} ${inchesToCqw(box.insets.bottomIn)} ${inchesToCqw(box.insets.leftIn)}`,
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
