import { apiError } from '@/server/http/api-error';
import { readPitchRequest } from '@/server/http/read-pitch-request';
import { ExportBlockedError, PPTX_CONTENT_TYPE, pptxFileName } from '@/lib/pptx';
import { buildPptxOffThread } from '@/server/export/build-pptx-off-thread';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** POST a pitch file (format 1 or 2), get the one-slide PowerPoint back (docs/DESIGN.md: HTTP API). */
export async function POST(request: Request): Promise<Response> {
  try {
    const read = await readPitchRequest(request);
    if (!read.ok) return read.response;
    const started = performance.now();
    const { bytes, onThread } = await buildPptxOffThread(read.pitch);
    const took = (performance.now() - started).toFixed(1);
    return new Response(bytes as Uint8Array<ArrayBuffer>, {
      status: 200,
      headers: {
        'Content-Type': PPTX_CONTENT_TYPE,
        'Content-Disposition': `attachment; filename="${pptxFileName(read.pitch)}"`,
        'Content-Length': String(bytes.byteLength),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        // Where and how long the file took to build, for whoever runs the server.
        'Server-Timing': `pptx;dur=${took};desc="${onThread ? 'export thread' : 'in-process'}"`,
      },
    });
  } catch (error) {
    if (error instanceof ExportBlockedError) return apiError(422, error.message, error.issues);
    // The body passed the schema, so a failure here comes from this pitch's content: answer 422
    // with JSON (never an HTML 500) and keep the detail in the server log.
    console.error('PPTX export failed', error);
    return apiError(
      422,
      'The slide could not be generated from this pitch. Check its text and try again.',
    );
  }
}

const methodNotAllowed = () =>
  apiError(405, 'Use POST with a pitch file as JSON to export a PowerPoint slide.', [], {
    Allow: 'POST',
  });

export const GET = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
