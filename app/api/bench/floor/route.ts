import { apiError } from '@/server/http/api-error';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * The benchmarks' floor: a POST route that reads the body and answers, doing nothing else, so
 * `npm run bench` can print each API route's throughput as a ratio of it, measured in the same
 * run. It exists only when the server runs with BENCH_FLOOR_ROUTE=1 (the bench's own server);
 * everywhere else it is a 404 like any unknown path.
 */
export async function POST(request: Request): Promise<Response> {
  if (process.env.BENCH_FLOOR_ROUTE !== '1') return apiError(404, 'Not found.');
  const body = await request.arrayBuffer();
  return Response.json({ bytes: body.byteLength }, { headers: { 'Cache-Control': 'no-store' } });
}
