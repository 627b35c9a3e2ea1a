import { pino, type Logger as PinoLogger } from 'pino';
import type { LogLevel } from './config.js';

export type Logger = Pick<PinoLogger, 'info' | 'warn' | 'error' | 'debug' | 'fatal'>;

/**
 * Field names that may hold patient words or contact details. Code should never log them; this
 * list is the second line of defence, so a mistake shows "[redacted]" rather than health data.
 */
const NEVER_LOGGED = ['comment', 'text', 'email', 'phone', 'name', 'body', 'contact'];

/** JSON lines on stdout, with the health-data fields censored at any depth up to two. */
export function createLogger(level: LogLevel): Logger {
  const paths = NEVER_LOGGED.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);
  return pino({ level, redact: { paths, censor: '[redacted]' }, base: undefined });
}
