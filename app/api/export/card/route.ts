import { apiError } from '@/server/http/api-error';
import { readPitchRequest } from '@/server/http/read-pitch-request';
import {
  CARD_CONTENT_TYPE,
  CARD_CUE_LEVELS,
  CARD_PAPERS,
  cardFileName,
  findCardBlockers,
  isCardCueLevel,
  isCardPaper,
  renderCard,
} from '@/lib/card';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** `?cue=` and `?paper=`, each optional; a value that is not an option is a 400 naming the options. */
function readOptions(url: string) {
  const params = new URL(url).searchParams;
  const cue = params.get('cue') ?? 'full';
  const paper = params.get('paper') ?? 'index-card';
  const issues = [];
  if (!isCardCueLevel(cue))
    issues.push({ path: 'cue', message: `cue must be one of ${CARD_CUE_LEVELS.join(', ')}.` });
  if (!isCardPaper(paper))
    issues.push({ path: 'paper', message: `paper must be one of ${CARD_PAPERS.join(', ')}.` });
  if (!isCardCueLevel(cue) || !isCardPaper(paper)) return { ok: false as const, issues };
  return { ok: true as const, cueLevel: cue, paper };
}

/** POST a pitch file (format 1 or 2), get the memorization card back as a PDF (docs/DESIGN.md: HTTP API). */
export async function POST(request: Request): Promise<Response> {
  try {
    const options = readOptions(request.url);
    if (!options.ok)
      return apiError(400, 'Unknown card option in the query string.', options.issues);
    const read = await readPitchRequest(request);
    if (!read.ok) return read.response;
    const blockers = findCardBlockers(read.pitch);
    if (blockers.length > 0) {
      return apiError(422, 'The card cannot be exported yet: the pitch is incomplete.', blockers);
    }
    const card = await renderCard(read.pitch, { cueLevel: options.cueLevel, paper: options.paper });
    return new Response(card.bytes as Uint8Array<ArrayBuffer>, {
      status: 200,
      headers: {
        'Content-Type': CARD_CONTENT_TYPE,
        'Content-Disposition': `attachment; filename="${cardFileName(read.pitch)}"`,
        'Content-Length': String(card.bytes.byteLength),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        // Tell API clients what the card could not show as it was typed (the card says so too).
        'X-Card-Replaced-Characters': String(card.replacedCharacters),
        'X-Card-Shortened-Fields': card.truncatedFields.join(', '),
      },
    });
  } catch (error) {
    // The body passed the schema, so a failure here comes from this pitch's content: answer 422
    // with JSON (never an HTML 500) and keep the detail in the server log.
    console.error('Card export failed', error);
    return apiError(
      422,
      'The card could not be generated from this pitch. Check its text and try again.',
    );
  }
}

const methodNotAllowed = () =>
  apiError(405, 'Use POST with a pitch file as JSON to export the memorization card.', [], {
    Allow: 'POST',
  });

export const GET = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
