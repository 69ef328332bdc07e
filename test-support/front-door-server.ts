import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createFrontDoor, type FrontDoorOptions } from '@/server/http/front-door';
import { createRequestLimiter } from '@/server/http/request-limiter';

/** What the app behind the front door was given, for each request that reached it. */
export interface Reached {
  method: string;
  url: string;
  bodyBytes: number;
  clientAddress: string | undefined;
}

/**
 * A front door on `port` (3211..3219) in front of a stand-in app that reads the body and answers
 * 200 `{ bytes }`, recording what reached it.
 */
export async function startFrontDoor(
  port: number,
  options: Partial<Omit<FrontDoorOptions, 'app'>> = {},
): Promise<{ server: Server; reached: Reached[]; stop: () => Promise<void> }> {
  const reached: Reached[] = [];
  const app = async (req: IncomingMessage, res: import('node:http').ServerResponse) => {
    let bodyBytes = 0;
    for await (const chunk of req) bodyBytes += (chunk as Buffer).byteLength;
    const clientAddress = req.headers['x-client-address'] as string | undefined;
    reached.push({ method: req.method!, url: req.url!, bodyBytes, clientAddress });
    const body = JSON.stringify({ bytes: bodyBytes, clientAddress });
    res.writeHead(200, {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(body),
    });
    res.end(body);
  };
  const limiter = options.limiter ?? createRequestLimiter({ limitPerMinute: 0 });
  const door = createFrontDoor({ trustedProxies: 0, ...options, limiter, app });
  const server = createServer(door.handle);
  server.on('checkContinue', door.handleExpectContinue);
  server.on('connect', door.handleConnect);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    server,
    reached,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await limiter.close();
    },
  };
}
