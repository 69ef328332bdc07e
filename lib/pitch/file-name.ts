import { slugify } from './serialize';

/** The two spellings of an exported file's name: ASCII for old clients, and the title as typed. */
export interface ExportFileName {
  /** `<ascii slug of the title>` + ending, e.g. `claims-triage-automation.pptx`; `pitch` when no letter is ASCII. */
  ascii: string;
  /** The title's own letters, digits and emoji, lower-cased, spaces and punctuation as `-`: `顧客満足度の向上.pptx`. */
  unicode: string;
}

/** Letters, marks, digits and emoji (with their joiners and selectors) stay in a file name. */
const KEPT =
  /[\p{L}\p{M}\p{N}\p{Extended_Pictographic}\u200D\uFE0F\u20E3\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]+/gu;
const STEM_CHARACTERS = 60;

function unicodeStem(title: string | undefined): string {
  const words = (title ?? '').normalize('NFC').toLowerCase().match(KEPT) ?? [];
  const stem = Array.from(words.join('-')).slice(0, STEM_CHARACTERS).join('');
  return stem.replace(/[-\u200D]+$/u, '');
}

/**
 * The file name of an export of a pitch titled `title`, with `ending` (`.pptx`, `-card.pdf`).
 * For an ASCII title both spellings are the same slug; a CJK or emoji title keeps its own
 * characters in `unicode` (sent as `filename*` and used by the browser download).
 */
export function exportFileName(title: string | undefined, ending: string): ExportFileName {
  const ascii = `${slugify(title)}${ending}`;
  const stem = unicodeStem(title);
  return { ascii, unicode: stem ? `${stem}${ending}` : ascii };
}
