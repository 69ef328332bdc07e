'use client';

import type { CSSProperties, ReactNode } from 'react';
import type { CardContent } from '@/lib/card/card-content';
import { cardPaletteCss } from '@/lib/card/card-style';
import { useFitText } from './use-fit-text';

/** Sizes mirror lib/card (points), so the printed HTML card matches the PDF. */
const MIN_PT = 6.5;

function FitText({
  text,
  max,
  style,
  className,
}: {
  text: string;
  max: number;
  style?: CSSProperties;
  className?: string;
}) {
  const { ref, size } = useFitText<HTMLDivElement>(max, MIN_PT, [text]);
  return (
    <div
      ref={ref}
      className={`overflow-hidden whitespace-pre-line break-words ${className ?? ''}`}
      style={{ ...style, fontSize: `${size}pt` }}
    >
      {text}
    </div>
  );
}

function Label({ children, color }: { children: ReactNode; color: string }) {
  return (
    <div
      style={{
        color,
        fontSize: '6.5pt',
        letterSpacing: '0.12em',
        fontWeight: 700,
        textTransform: 'uppercase',
      }}
    >
      {children}
    </div>
  );
}

function Side({
  label,
  left,
  right,
  children,
  palette,
}: {
  label: string;
  left: ReactNode;
  right: ReactNode;
  children: ReactNode;
  palette: ReturnType<typeof cardPaletteCss>;
}) {
  return (
    <section
      aria-label={label}
      className="card-side relative flex flex-col overflow-hidden bg-white shadow-md ring-1 ring-slate-300 print:shadow-none print:ring-0"
      style={{
        width: '5in',
        height: '3in',
        padding: '18pt',
        color: palette.ink,
        fontFamily: 'Carlito, Calibri, sans-serif',
      }}
    >
      <div
        className="flex items-baseline justify-between gap-4"
        style={{ fontSize: '7pt', color: palette.muted }}
      >
        <div className="min-w-0 truncate">{left}</div>
        <div className="min-w-0 truncate">{right}</div>
      </div>
      {children}
    </section>
  );
}

function Rule({ palette }: { palette: ReturnType<typeof cardPaletteCss> }) {
  return (
    <div className="flex items-center" style={{ margin: '5pt 0 6pt' }} aria-hidden>
      <div style={{ width: '36pt', height: '1.5pt', background: palette.accent }} />
      <div style={{ flex: 1, height: '0.4pt', background: palette.muted }} />
    </div>
  );
}

/** The card's two sides at real size (5 × 3 in), drawn from the same content as the PDF. */
export function CardPrintView({ content }: { content: CardContent }) {
  const palette = cardPaletteCss(content.theme);
  const { front, back } = content;
  return (
    <div className="flex flex-col items-center gap-8 print:gap-0">
      <Side
        label="Front of the card"
        left={content.title}
        right={<Label color={palette.muted}>Front</Label>}
        palette={palette}
      >
        <FitText
          text={front.headline}
          max={14}
          className="font-bold"
          style={{ maxHeight: '46pt', lineHeight: 1.12, marginTop: '4pt' }}
        />
        <Rule palette={palette} />
        <div
          className="grid min-h-0 flex-1 grid-cols-3"
          style={{ columnGap: '12pt', marginTop: '2pt' }}
        >
          {front.sections.map((section) => (
            <div key={section.section} className="flex min-h-0 flex-col">
              <Label color={palette.accent}>{section.label}</Label>
              <FitText
                text={section.cues.join('\n') || '—'}
                max={10.5}
                className="min-h-0 flex-1"
                style={{ lineHeight: 1.22, marginTop: '2pt' }}
              />
            </div>
          ))}
        </div>
        <div className="flex items-baseline" style={{ margin: '4pt 0 6pt' }}>
          <div style={{ width: '62pt', flex: 'none' }}>
            <Label color={palette.accent}>Key numbers</Label>
          </div>
          <div
            className="truncate font-bold"
            style={{
              color: front.keyNumbers.length ? palette.accent : palette.muted,
              fontSize: '10.5pt',
            }}
          >
            {front.keyNumbers.join('  ·  ') || 'No number in the outcome yet'}
          </div>
        </div>
        <div
          className="flex items-center"
          style={{
            height: '36pt',
            margin: '0 -6pt -4pt',
            padding: '0 6pt',
            background: palette.tint,
            borderLeft: `2pt solid ${palette.accent}`,
          }}
        >
          <div style={{ width: '60pt', flex: 'none' }}>
            <Label color={palette.accent}>The ask</Label>
          </div>
          <FitText
            text={front.ask || 'No ask yet'}
            max={11}
            className="font-bold"
            style={{ maxHeight: '30pt', lineHeight: 1.12 }}
          />
        </div>
      </Side>
      <Side
        label="Back of the card"
        left={<Label color={palette.accent}>{back.label}</Label>}
        right={content.title}
        palette={palette}
      >
        <Rule palette={palette} />
        <FitText
          text={back.text || 'No pitch yet: write it in the app.'}
          max={13}
          className="min-h-0 flex-1"
          style={{ lineHeight: 1.22 }}
        />
        {back.assembledFromSlide ? (
          <div style={{ fontSize: '6pt', color: palette.muted, marginTop: '3pt' }}>
            Pitch assembled from the slide.
          </div>
        ) : null}
      </Side>
    </div>
  );
}
