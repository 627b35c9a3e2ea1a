import { spawn, spawnSync } from 'node:child_process';
import { createConnection } from 'node:net';

/** True when something at host:port answers a Redis PING with PONG. */
export function redisAnswers(url: string, timeoutMs = 1000): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

export function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/**
 * Make sure Redis answers at `url`: start a local, non-persistent `redis-server` when the binary
 * exists and nothing answers. Returns a line describing what happened.
 */
export async function ensureRedis(url: string): Promise<{ ok: boolean; note: string }> {
  if (await redisAnswers(url)) return { ok: true, note: `Redis answers at ${url}` };
  const { hostname, port } = new URL(url);
  if (!['127.0.0.1', 'localhost'].includes(hostname)) return { ok: false, note: `no Redis answers at ${url}` };
  if (!hasCommand('redis-server'))
    return {
      ok: false,
      note: `no Redis at ${url} and no redis-server binary to start one (apt-get install redis-server)`,
    };
  spawn(
    'redis-server',
    ['--port', port || '6379', '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'yes'],
    {
      stdio: 'ignore',
    },
  );
  for (let i = 0; i < 50; i++) {
    if (await redisAnswers(url)) return { ok: true, note: `started a local redis-server at ${url}` };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { ok: false, note: `started redis-server but it did not answer at ${url}` };
}
