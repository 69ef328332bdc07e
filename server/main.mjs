#!/usr/bin/env node
/**
 * `npm start`: the production server. Next.js's custom-server API behind the front door
 * (server/http/front-door.ts, built by `npm run build`), on a plain node:http server, so that every
 * request is checked before Next reads it: the socket's address, the method, the rate limit and the
 * body limit (README: Running it). Port and host: `-p`/`--port` and `-H`/`--hostname`, else `PORT`
 * and `HOSTNAME`, else 3000 on every interface.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import next from 'next';

const dir = dirname(dirname(fileURLToPath(import.meta.url)));

function option(short, long) {
  const args = process.argv.slice(2);
  const index = args.findIndex((arg) => arg === short || arg === long);
  return index >= 0 ? args[index + 1] : undefined;
}

const port = Number(option('-p', '--port') ?? process.env.PORT ?? 3000);
const hostname = option('-H', '--hostname') ?? process.env.HOSTNAME ?? undefined;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(
    `The port must be a whole number from 0 to 65535, not "${option('-p', '--port') ?? process.env.PORT}".`,
  );
  process.exit(1);
}

const frontDoorFile = join(
  dir,
  process.env.NEXT_DIST_DIR ?? '.next',
  'front-door',
  'front-door.mjs',
);
if (!existsSync(frontDoorFile)) {
  console.error(`No production build at ${frontDoorFile}: run \`npm run build\` first.`);
  process.exit(1);
}

let frontDoor;
let handle;
try {
  const { createFrontDoorFromEnvironment } = await import(pathToFileURL(frontDoorFile).href);
  // Settings are checked first: a wrong one stops the server before Next starts.
  frontDoor = createFrontDoorFromEnvironment(process.env, (req, res) => handle(req, res));
  const app = next({ dev: false, dir, hostname: hostname ?? 'localhost', port });
  await app.prepare();
  handle = app.getRequestHandler();
  // With RATE_LIMIT_REDIS_URL, give Redis a moment so the first requests already share the limit.
  if (process.env.RATE_LIMIT_REDIS_URL && !(await frontDoor.limiter.whenShared(3000)))
    console.warn(
      'Rate limit: Redis is not answering yet; this replica limits on its own until it does.',
    );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const server = createServer(frontDoor.handle);
server.on('checkContinue', frontDoor.handleExpectContinue);
server.on('connect', frontDoor.handleConnect);
server.once('error', (error) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Port ${port} is already in use: choose another with -p or PORT.`
      : `The server could not start: ${error.message}`,
  );
  process.exit(1);
});
server.listen(port, hostname, () => {
  console.log(`One-Slide Pitch ready on http://${hostname ?? 'localhost'}:${port}`);
});

function stop() {
  server.close();
  server.closeAllConnections();
  frontDoor.close().finally(() => process.exit(0));
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
