import type { PitchIssue } from '@/lib/pitch/issues';

/** The JSON error body every API endpoint answers with (docs/DESIGN.md: `{ error, issues }`). */
export function apiError(status: number, error: string, issues: PitchIssue[] = [], headers?: HeadersInit): Response {
  return Response.json({ error, issues }, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}
