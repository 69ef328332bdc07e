import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';

/** Whether something answers PING with PONG on `port`. */
function pong(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('error', () => resolve(false));
    socket.once('data', (data) => {
      resolve(data.toString().startsWith('+PONG'));
      socket.destroy();
    });
    socket.write('PING\r\n');
  });
}

/**
 * A throwaway redis-server (/usr/bin/redis-server, or REDIS_SERVER) on `port`, in memory only,
 * for the shared rate limit's tests. Resolves once it answers PING.
 */
export async function startRedis(
  port: number,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const binary = process.env.REDIS_SERVER ?? 'redis-server';
  const child: ChildProcess = spawn(
    binary,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const failed = new Promise<never>((_, reject) =>
    child.once('error', (error) =>
      reject(
        new Error(
          `Cannot start ${binary}: ${error.message}. Install redis-server (apt-get install redis-server).`,
        ),
      ),
    ),
  );
  const ready = (async () => {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      if (await pong(port)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`redis-server did not answer on port ${port}.`);
  })();
  await Promise.race([ready, failed]);
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
