import { apiError } from '@/server/http/api-error';
import { CARD_EXPORT } from '@/server/export/card-export';
import { exportRoute } from '@/server/export/export-pipeline';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** POST a pitch file (format 1 or 2), get the memorization card back as a PDF (docs/DESIGN.md: HTTP API). */
export const POST = exportRoute(CARD_EXPORT);

const methodNotAllowed = () =>
  apiError(405, 'Use POST with a pitch file as JSON to export the memorization card.', [], {
    Allow: 'POST',
  });

export const GET = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
