import { spawn } from 'node:child_process';

/**
 * Starts the production server as `npm start` does (server/main.mjs, on the build the suite uses)
 * with its own environment, on `port` (3216..3219), and resolves once it is ready.
 */
export async function startAppServer(port: number, env: Record<string, string>) {
  const child = spawn(
    process.execPath,
    ['server/main.mjs', '-p', String(port), '-H', '127.0.0.1'],
    {
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const onData = (data: Buffer) => {
      output += data.toString();
      if (output.includes('ready on http://')) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server/main.mjs exited (${code}): ${output}`)));
    setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server/main.mjs was not ready within 60 s: ${output}`));
    }, 60_000).unref();
  });
  return {
    baseURL: `http://127.0.0.1:${port}`,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
