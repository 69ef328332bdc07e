import { SECTIONS, type Section } from '@/lib/pitch/limits';
import { keyNumber, type OutcomeQuantity } from '@/lib/language/key-number';
import type { PitchFile, Trace } from '@/lib/pitch/schema';
import { cleanSlideText } from './clean-text';
import type { FitField, TextRun } from './fit-types';
import type { BoxText } from './fit-text';
import { SLIDE_LABELS } from './typography';

/** Faint text the preview shows in empty boxes so a new user sees the shape of the slide. */
export const SLIDE_PLACEHOLDERS: Record<Exclude<FitField, 'trace'>, string> = {
  headline: 'Your headline: the claim and the so-what',
  situation: 'Where things stand today, with a number',
  action: 'What you will do, and by when',
  outcome: 'The result you expect, with the key number',
  ask: 'the decision you need, from whom, by when',
};

const clean = (text: string | undefined) => cleanSlideText(text ?? '').trim();

/** The text of each box of the slide, plus which boxes show placeholders. */
export interface SlideText {
  boxes: Record<Exclude<FitField, 'trace'>, BoxText> & { trace?: BoxText };
  placeholders: Set<FitField>;
  /** The key number callout's text, when the outcome (not a placeholder) has a number. */
  keyNumber?: BoxText;
}

/** The callout's words for a key number: a change reads as before → after ("21 → 14 days"). */
export function calloutText(key: string): string {
  return key.replace(/^from\s+/iu, '').replace(/\s+(?:to|–|—)\s+/u, ' → ');
}

/** Splits the outcome bullets into runs so the key number (the language layer's pick) stands out. */
function outcomeRuns(bullets: string[], key: OutcomeQuantity | undefined): TextRun[][] {
  return bullets.map((text, i) => {
    if (!key || key.bullet !== i) return [{ text, bold: false }];
    return [
      { text: text.slice(0, key.start), bold: false },
      { text: text.slice(key.start, key.end), bold: true, emphasis: true },
      { text: text.slice(key.end), bold: false },
    ].filter((run) => run.text !== '');
  });
}

function traceText(trace: Trace | undefined): BoxText | undefined {
  const chain: TextRun[] = [];
  const links = [trace?.objective, trace?.initiative, trace?.program, trace?.project];
  links.forEach((value, i) => {
    const text = clean(value);
    if (!text) return;
    if (chain.length) chain.push({ text: SLIDE_LABELS.chainSeparator, bold: false });
    chain.push({ text: `${SLIDE_LABELS.traceChain[i]}: `, bold: true }, { text, bold: false });
  });
  const logic: TextRun[] = [];
  const parts: Array<[string, string]> = [
    ['If', clean(trace?.if)],
    ['then', clean(trace?.then)],
    ['else', clean(trace?.else)],
  ];
  for (const [word, text] of parts) {
    if (!text) continue;
    const lead = logic.length === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word;
    if (logic.length) logic.push({ text: word === 'then' ? ', ' : '; ', bold: false });
    logic.push({ text: `${lead} `, bold: true }, { text, bold: false });
  }
  const paragraphs = [chain, logic]
    .filter((runs) => runs.length > 0)
    .map((runs) => ({ runs, bullet: false }));
  return paragraphs.length ? { paragraphs, bold: false } : undefined;
}

/**
 * The slide's text built from a pitch: cleaned of characters a file cannot hold, empty bullets
 * dropped, the key number marked, labels added ("Decision needed: ", trace labels). With
 * `placeholders`, empty boxes get SLIDE_PLACEHOLDERS text.
 */
export function slideText(pitch: PitchFile, placeholders: boolean): SlideText {
  const shown = new Set<FitField>();
  const fill = (field: Exclude<FitField, 'trace'>, text: string) => {
    if (text || !placeholders) return text;
    shown.add(field);
    return SLIDE_PLACEHOLDERS[field];
  };
  let key: OutcomeQuantity | undefined;
  const column = (section: Section): BoxText => {
    let bullets = (pitch[section] ?? []).map(clean).filter(Boolean);
    if (bullets.length === 0 && placeholders) bullets = [fill(section, '')];
    if (section === 'outcome' && !shown.has('outcome'))
      key = keyNumber({ outcome: bullets, keyNumber: pitch.keyNumber });
    const runs =
      section === 'outcome' && !shown.has('outcome')
        ? outcomeRuns(bullets, key)
        : bullets.map((text) => [{ text, bold: false }]);
    return { paragraphs: runs.map((r) => ({ runs: r, bullet: true })), bold: false };
  };
  const [situation, action, outcome] = SECTIONS.map(column) as [BoxText, BoxText, BoxText];
  const ask = fill('ask', clean(pitch.ask));
  return {
    boxes: {
      headline: {
        paragraphs: [
          { runs: [{ text: fill('headline', clean(pitch.headline)), bold: true }], bullet: false },
        ],
        bold: true,
      },
      situation,
      action,
      outcome,
      ask: {
        paragraphs: [
          {
            runs: [
              { text: SLIDE_LABELS.askPrefix, bold: true },
              { text: ask, bold: false },
            ],
            bullet: false,
          },
        ],
        bold: false,
      },
      trace: traceText(pitch.trace),
    },
    placeholders: shown,
    keyNumber: key && {
      paragraphs: [{ runs: [{ text: calloutText(key.text), bold: true }], bullet: false }],
      bold: true,
    },
  };
}
