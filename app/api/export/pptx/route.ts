import { apiError } from '@/server/http/api-error';
import { exportRoute } from '@/server/export/export-pipeline';
import { PPTX_EXPORT } from '@/server/export/pptx-export';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** POST a pitch file (format 1 or 2), get the one-slide PowerPoint back (docs/DESIGN.md: HTTP API). */
export const POST = exportRoute(PPTX_EXPORT);

const methodNotAllowed = () =>
  apiError(405, 'Use POST with a pitch file as JSON to export a PowerPoint slide.', [], {
    Allow: 'POST',
  });

export const GET = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
