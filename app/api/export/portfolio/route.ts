import { apiError } from '@/server/http/api-error';
import { exportPortfolio } from '@/server/export/portfolio-export';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** POST a library backup, get the one-slide portfolio PowerPoint back (docs/DESIGN.md: More endpoints). */
export const POST = (request: Request) => exportPortfolio(request);

const methodNotAllowed = () =>
  apiError(405, 'Use POST with a library backup as JSON to export the portfolio slide.', [], {
    Allow: 'POST',
  });

export const GET = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
