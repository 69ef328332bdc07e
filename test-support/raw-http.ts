import { connect, type Socket } from 'node:net';

/** One HTTP answer as it came over the wire. */
export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Interim answers before it, such as `100`. */
  interim: number[];
  /** Bytes the client had written when the answer's head arrived. */
  bytesSentBefore: number;
}

/**
 * A raw HTTP/1.1 connection, for what a fetch client cannot do: declare a length and send less,
 * send a body slowly, or watch when the answer arrives while the body is still going out.
 */
export class RawConnection {
  readonly answer: Promise<RawAnswer>;
  /** Resolves when the server closes the connection. */
  readonly closed: Promise<void>;
  private readonly socket: Socket;
  private bytesSent = 0;
  private answered = false;
  private askedHead = false;

  constructor(port: number, host = '127.0.0.1') {
    this.socket = connect(port, host);
    this.socket.on('error', () => undefined);
    this.closed = new Promise((resolve) => this.socket.once('close', () => resolve()));
    let received = Buffer.alloc(0);
    this.answer = new Promise((resolve, reject) => {
      const interim: number[] = [];
      let sentAtHead: number | undefined;
      const tryParse = () => {
        for (;;) {
          const end = received.indexOf('\r\n\r\n');
          if (end < 0) return;
          const [statusLine, ...lines] = received.subarray(0, end).toString('latin1').split('\r\n');
          const status = Number(statusLine!.split(' ')[1]);
          sentAtHead ??= this.bytesSent;
          if (status >= 100 && status < 200) {
            interim.push(status);
            received = received.subarray(end + 4);
            sentAtHead = undefined;
            continue;
          }
          const headers = Object.fromEntries(
            lines.map((line) => {
              const colon = line.indexOf(':');
              return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
            }),
          );
          const noBody = this.askedHead || status === 204 || status === 304;
          const rest = received.subarray(end + 4);
          const body = noBody
            ? Buffer.alloc(0)
            : headers['transfer-encoding'] === 'chunked'
              ? dechunk(rest)
              : rest.byteLength >= Number(headers['content-length'] ?? 0)
                ? rest.subarray(0, Number(headers['content-length'] ?? 0))
                : undefined;
          if (!body) return;
          this.answered = true;
          resolve({
            status,
            headers,
            body: body.toString('utf8'),
            interim,
            bytesSentBefore: sentAtHead,
          });
          return;
        }
      };
      this.socket.on('data', (chunk: Buffer) => {
        received = Buffer.concat([received, chunk]);
        tryParse();
      });
      this.socket.once('close', () => {
        if (!this.answered)
          reject(
            new Error(
              `The server closed the connection without an answer (${received.byteLength} bytes came).`,
            ),
          );
      });
    });
    this.answer.catch(() => undefined);
  }

  /** Writes the request line and headers; `Connection: close` is not implied. */
  writeHead(method: string, path: string, headers: Record<string, string | number>): Promise<void> {
    this.askedHead = method === 'HEAD';
    const lines = [
      `${method} ${path} HTTP/1.1`,
      'Host: 127.0.0.1',
      ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    ];
    return this.write(`${lines.join('\r\n')}\r\n\r\n`);
  }

  /** Writes bytes; resolves once they are handed to the kernel (false when the server has closed). */
  write(data: string | Buffer): Promise<void> {
    if (this.socket.destroyed || !this.socket.writable) return Promise.resolve();
    this.bytesSent += Buffer.byteLength(data);
    return new Promise((resolve) => this.socket.write(data, () => resolve()));
  }

  get hasAnswer(): boolean {
    return this.answered;
  }

  get isClosed(): boolean {
    return this.socket.destroyed;
  }

  close(): void {
    this.socket.destroy();
  }
}

/** A complete chunked body, decoded; undefined while its last chunk has not come. */
function dechunk(data: Buffer): Buffer | undefined {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = data.indexOf('\r\n', at);
    if (lineEnd < 0) return undefined;
    const size = parseInt(data.subarray(at, lineEnd).toString('latin1'), 16);
    if (size === 0) return Buffer.concat(parts);
    if (data.byteLength < lineEnd + 2 + size + 2) return undefined;
    parts.push(data.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}

/**
 * Streams `totalBytes` of `fill` in `chunkBytes` chunks (chunked transfer encoding), stopping as
 * soon as an answer arrives or the server closes; resolves with that answer.
 */
export async function streamUntilAnswered(
  connection: RawConnection,
  totalBytes: number,
  chunkBytes: number,
  pauseMs = 0,
): Promise<RawAnswer> {
  for (
    let sent = 0;
    sent < totalBytes && !connection.hasAnswer && !connection.isClosed;
    sent += chunkBytes
  ) {
    const chunk = Buffer.alloc(Math.min(chunkBytes, totalBytes - sent), 0x20);
    await connection.write(
      Buffer.concat([
        Buffer.from(`${chunk.byteLength.toString(16)}\r\n`),
        chunk,
        Buffer.from('\r\n'),
      ]),
    );
    if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  if (!connection.hasAnswer && !connection.isClosed) await connection.write('0\r\n\r\n');
  return connection.answer;
}
