import { expect, test } from '@playwright/test';
import { RawConnection, streamUntilAnswered } from '../test-support/raw-http';
import { fixture } from './helpers';

/** Issue 15, failure 1: the 64 KiB limit holds while the body streams, before anything buffers it. */

const KiB = 1024;
const json = { 'Content-Type': 'application/json' };
const portOf = (baseURL: string | undefined) => Number(new URL(baseURL!).port);

test('a request declaring 70,000 bytes that sends 2 KB gets 413 at once', async ({ baseURL }) => {
  const connection = new RawConnection(portOf(baseURL));
  await connection.writeHead('POST', '/api/validate', { ...json, 'Content-Length': 70_000 });
  await connection.write(Buffer.alloc(2000, 0x20));
  const answer = await connection.answer;
  expect(answer.status).toBe(413);
  expect(JSON.parse(answer.body)).toEqual({
    error: 'The request body is larger than 64 KiB, the most a pitch file can be.',
    issues: [],
  });
  expect(answer.headers['x-content-type-options']).toBe('nosniff');
  connection.close();
});

test('an 8 MiB upload is cut off with 413 before 128 KiB of it went out', async ({ baseURL }) => {
  const connection = new RawConnection(portOf(baseURL));
  await connection.writeHead('POST', '/api/export/pptx', {
    ...json,
    'Transfer-Encoding': 'chunked',
  });
  const answer = await streamUntilAnswered(connection, 8 * 1024 * KiB, 16 * KiB, 8);
  expect(answer.status).toBe(413);
  expect(answer.bytesSentBefore).toBeLessThan(128 * KiB);
  await connection.closed;
});

test('with Expect: 100-continue, an 8 MiB card request is refused before its body is sent', async ({
  baseURL,
}) => {
  const connection = new RawConnection(portOf(baseURL));
  await connection.writeHead('POST', '/api/export/card', {
    ...json,
    'Content-Length': 8 * 1024 * KiB,
    Expect: '100-continue',
  });
  const answer = await connection.answer;
  expect(answer.interim).toEqual([]);
  expect(answer.status).toBe(413);
  connection.close();
});

test('a body that stops short of its declared length gets 408', async ({ baseURL }) => {
  const connection = new RawConnection(portOf(baseURL));
  await connection.writeHead('POST', '/api/validate', { ...json, 'Content-Length': 4000 });
  await connection.write(Buffer.alloc(2000, 0x20));
  const answer = await connection.answer;
  expect(answer.status).toBe(408);
  expect(JSON.parse(answer.body).error).toBe(
    'The request body stopped arriving: nothing came for 10 s.',
  );
  await connection.closed;
});

test('a pitch within the limit, sent slowly in pieces, is still validated', async ({ baseURL }) => {
  const body = Buffer.from(JSON.stringify(fixture('good-claims-triage')));
  const connection = new RawConnection(portOf(baseURL));
  await connection.writeHead('POST', '/api/validate', {
    ...json,
    'Content-Length': body.byteLength,
    Connection: 'close',
  });
  for (let at = 0; at < body.byteLength; at += 500) {
    await connection.write(body.subarray(at, at + 500));
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const answer = await connection.answer;
  expect(answer.status).toBe(200);
  expect(JSON.parse(answer.body)).toHaveProperty('readiness');
});
