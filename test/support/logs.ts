import type { Logger } from '../../backend/src/logger.js';

/**
 * A logger that keeps each call as one JSON line instead of printing it, so a test can check what
 * was logged (and that no comment text or contact detail ever was).
 */
export function capturingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const keep =
    (level: string) =>
    (...args: unknown[]) =>
      void lines.push(JSON.stringify({ level, args }));
  return {
    lines,
    fatal: keep('fatal'),
    error: keep('error'),
    warn: keep('warn'),
    info: keep('info'),
    debug: keep('debug'),
  } as unknown as Logger & { lines: string[] };
}
