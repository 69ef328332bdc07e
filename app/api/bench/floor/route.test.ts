import { afterEach, expect, test } from 'vitest';
import { POST } from './route';

const post = () =>
  POST(new Request('http://localhost/api/bench/floor', { method: 'POST', body: '{"a":1}' }));

afterEach(() => {
  delete process.env.BENCH_FLOOR_ROUTE;
});

test('is a 404 unless the server runs the benchmarks (BENCH_FLOOR_ROUTE=1)', async () => {
  const response = await post();
  expect(response.status).toBe(404);
  expect(await response.json()).toEqual({ error: 'Not found.', issues: [] });
});

test('reads the body and answers its size for the benchmarks', async () => {
  process.env.BENCH_FLOOR_ROUTE = '1';
  const response = await post();
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ bytes: 7 });
});
