import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RawConnection, streamUntilAnswered } from '@/test-support/raw-http';
import { startFrontDoor } from '@/test-support/front-door-server';

const PORT = 3211;
const KiB = 1024;
let door: Awaited<ReturnType<typeof startFrontDoor>>;

beforeAll(async () => {
  door = await startFrontDoor(PORT, { bodyIdleMs: 300 });
});
afterAll(() => door.stop());

const json = { 'Content-Type': 'application/json' };

describe('a declared length over the limit', () => {
  test('gets 413 at once, though only 2 KB of the 70,000 bytes it declared ever come', async () => {
    const connection = new RawConnection(PORT);
    await connection.writeHead('POST', '/api/validate', { ...json, 'Content-Length': 70_000 });
    await connection.write(Buffer.alloc(2000, 0x20));
    const answer = await connection.answer;
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({
      error: 'The request body is larger than 64 KiB, the most a pitch file can be.',
      issues: [],
    });
    expect(answer.headers['connection']).toBe('close');
    expect(answer.headers['content-security-policy']).toContain(`default-src 'none'`);
    await connection.closed;
    expect(door.reached).toHaveLength(0);
  });

  test('with Expect: 100-continue, the client is told 413 instead of "go on"', async () => {
    const connection = new RawConnection(PORT);
    await connection.writeHead('POST', '/api/export/card', {
      ...json,
      'Content-Length': 8 * 1024 * KiB,
      Expect: '100-continue',
    });
    const answer = await connection.answer;
    expect(answer.interim).toEqual([]);
    expect(answer.status).toBe(413);
  });

  test('the portfolio export takes a backup of up to 5 MiB: 64 KiB and more reach it, 5 MiB and a byte do not', async () => {
    const within = new RawConnection(PORT);
    await within.writeHead('POST', '/api/export/portfolio', {
      ...json,
      'Content-Length': 100 * KiB,
      Connection: 'close',
    });
    await within.write(Buffer.alloc(100 * KiB, 0x20));
    expect(JSON.parse((await within.answer).body)).toMatchObject({ bytes: 100 * KiB });

    const over = new RawConnection(PORT);
    await over.writeHead('POST', '/api/export/portfolio', {
      ...json,
      'Content-Length': 5 * 1024 * KiB + 1,
    });
    const answer = await over.answer;
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error).toMatch(/5 MiB.*library backup/);
  });

  test('with Expect: 100-continue and a length within the limit, the client is told to go on', async () => {
    const connection = new RawConnection(PORT);
    await connection.writeHead('POST', '/api/export/pptx', {
      ...json,
      'Content-Length': 10,
      Expect: '100-continue',
      Connection: 'close',
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await connection.write('{"a":"bc"}');
    const answer = await connection.answer;
    expect(answer.interim).toEqual([100]);
    expect(JSON.parse(answer.body)).toMatchObject({ bytes: 10 });
  });
});

describe('a streamed body', () => {
  test('is cut at the limit: 413 arrives before 128 KiB of an 8 MiB upload went out, and the connection closes', async () => {
    const connection = new RawConnection(PORT);
    await connection.writeHead('POST', '/api/validate', {
      ...json,
      'Transfer-Encoding': 'chunked',
    });
    const answer = await streamUntilAnswered(connection, 8 * 1024 * KiB, 16 * KiB, 5);
    expect(answer.status).toBe(413);
    expect(answer.bytesSentBefore).toBeLessThan(128 * KiB);
    await connection.closed;
  });

  test('sent as fast as the client can, by 8 clients at once, still lets each of them read its 413', async () => {
    // Closing with the upload unread would reset the connection and lose the answer.
    const answers = await Promise.all(
      Array.from({ length: 8 }, async () => {
        const connection = new RawConnection(PORT);
        await connection.writeHead('POST', '/api/export/pptx', {
          ...json,
          'Transfer-Encoding': 'chunked',
        });
        return streamUntilAnswered(connection, 4 * 1024 * KiB, 256 * KiB);
      }),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(413));
  });

  test('of exactly 64 KiB reaches the app whole', async () => {
    const connection = new RawConnection(PORT);
    await connection.writeHead('POST', '/api/validate', {
      ...json,
      'Content-Length': 64 * KiB,
      Connection: 'close',
    });
    await connection.write(Buffer.alloc(64 * KiB, 0x20));
    const answer = await connection.answer;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ bytes: 64 * KiB });
  });

  test('that stops short of its declared length gets 408 and is closed', async () => {
    const connection = new RawConnection(PORT);
    await connection.writeHead('POST', '/api/validate', { ...json, 'Content-Length': 2000 });
    await connection.write(Buffer.alloc(1000, 0x20));
    const answer = await connection.answer;
    expect(answer.status).toBe(408);
    expect(JSON.parse(answer.body).error).toBe(
      'The request body stopped arriving: nothing came for 0.3 s.',
    );
    await connection.closed;
  });
});

describe('pages', () => {
  test('a GET that carries a body is refused with 413 before the app sees it', async () => {
    const before = door.reached.length;
    const connection = new RawConnection(PORT);
    await connection.writeHead('GET', '/pitch?id=a', { 'Content-Length': 5 * 1024 * KiB });
    const answer = await connection.answer;
    expect(answer.status).toBe(413);
    expect(door.reached).toHaveLength(before);
  });
});
