import {
  CARD_CONTENT_TYPE,
  CARD_CUE_LEVELS,
  CARD_PAPERS,
  cardFileName,
  findCardBlockers,
  isCardCueLevel,
  isCardPaper,
  type CardCueLevel,
  type CardPaper,
} from '@/lib/card';
import type { ExportKind, ReadOptions } from './export-pipeline';

interface CardOptions {
  cueLevel: CardCueLevel;
  paper: CardPaper;
}

/** `?cue=` and `?paper=`, each optional; a value that is not an option is a 400 naming the options. */
function readCardOptions(url: URL): ReadOptions<CardOptions> {
  const cue = url.searchParams.get('cue') ?? 'full';
  const paper = url.searchParams.get('paper') ?? 'index-card';
  if (isCardCueLevel(cue) && isCardPaper(paper))
    return { ok: true, options: { cueLevel: cue, paper } };
  const issues = [];
  if (!isCardCueLevel(cue))
    issues.push({ path: 'cue', message: `cue must be one of ${CARD_CUE_LEVELS.join(', ')}.` });
  if (!isCardPaper(paper))
    issues.push({ path: 'paper', message: `paper must be one of ${CARD_PAPERS.join(', ')}.` });
  return { ok: false, error: 'Unknown card option in the query string.', issues };
}

/** The memorization card: refused while `required` reports an error. */
export const CARD_EXPORT: ExportKind<CardOptions> = {
  name: 'card',
  readOptions: readCardOptions,
  blockers: findCardBlockers,
  blockedMessage: () => 'The card cannot be exported yet: the pitch is incomplete.',
  request: (pitch, { cueLevel, paper }) => ({ kind: 'card', pitch, cueLevel, paper }),
  fileName: cardFileName,
  contentType: CARD_CONTENT_TYPE,
  // Tell API clients what the card could not show as it was typed (the card says so too).
  headers: (build) => ({
    'X-Card-Replaced-Characters': String(build.replacedCharacters),
    'X-Card-Shortened-Fields': build.truncatedFields.join(', '),
  }),
  failedMessage: 'The card could not be generated from this pitch. Check its text and try again.',
};
