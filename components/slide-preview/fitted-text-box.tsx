import type { CSSProperties } from 'react';
import type { FittedBox } from '@/lib/slide/fit-types';
import { BULLET_CHAR } from '@/lib/slide/typography';
import { cssColor, pointsToCqw, textBoxPosition } from './slide-units';

interface FittedTextBoxProps {
  fitted: FittedBox;
  color: string;
  accent: string;
}

const JUSTIFY = { top: 'flex-start', middle: 'center', bottom: 'flex-end' } as const;

/**
 * One text box of the slide drawn from the fit model: the model's lines, each on its own row,
 * at the model's size and line pitch, so the preview wraps exactly like the exported file.
 */
export function FittedTextBox({ fitted, color, accent }: FittedTextBoxProps) {
  const { box } = fitted;
  const style: CSSProperties = {
    ...textBoxPosition(box),
    justifyContent: JUSTIFY[fitted.anchor],
    fontSize: pointsToCqw(fitted.fontSizePt),
    lineHeight: pointsToCqw(fitted.lineHeightPt),
    fontWeight: fitted.bold ? 700 : 400,
    color: cssColor(color),
    opacity: fitted.placeholder ? 0.78 : 1,
    // Text that does not fit is cut at the box edge so it never covers its neighbours.
    overflow: fitted.overflows ? 'hidden' : undefined,
  };
  return (
    <div
      className="absolute flex flex-col"
      style={style}
      data-box={fitted.id}
      data-overflows={fitted.overflows || undefined}
    >
      {fitted.paragraphs.map((paragraph, p) => (
        <div
          key={p}
          className="relative"
          style={{
            paddingLeft: paragraph.bullet ? pointsToCqw(fitted.bulletIndentPt) : undefined,
            marginBottom:
              p < fitted.paragraphs.length - 1 ? pointsToCqw(fitted.paragraphSpacePt) : undefined,
          }}
        >
          {paragraph.bullet && (
            <span className="absolute left-0 top-0" aria-hidden="true">
              {BULLET_CHAR}
            </span>
          )}
          {paragraph.lines.map((line, l) => (
            <span
              key={l}
              className="block whitespace-pre"
              style={{ height: pointsToCqw(fitted.lineHeightPt) }}
            >
              {line.runs.map((run, r) => (
                <span
                  key={r}
                  style={{
                    fontWeight: run.bold || run.emphasis || fitted.bold ? 700 : undefined,
                    color: run.emphasis ? cssColor(accent) : undefined,
                  }}
                >
                  {run.text}
                </span>
              ))}
              {line.runs.length === 0 && '\u00a0'}
            </span>
          ))}
        </div>
      ))}
      {fitted.overflows && <OverflowMark />}
    </div>
  );
}

/** A red dashed outline and a label on a box whose text does not fit even at the minimum size. */
function OverflowMark() {
  return (
    <span className="pointer-events-none absolute inset-0 border-2 border-dashed border-red-600">
      <span className="absolute right-0 top-0 rounded-bl bg-red-600 px-1 py-px font-sans text-[10px] leading-tight font-semibold text-white not-italic">
        Text does not fit
      </span>
    </span>
  );
}
