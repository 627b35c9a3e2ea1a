import { bodyParser } from '@koa/bodyparser';
import type { Middleware } from 'koa';

interface BodyError {
  status?: number;
  type?: string;
}

/**
 * JSON bodies only, with a size limit, and errors that tell the client what to fix instead of
 * the parser's internals.
 */
export function jsonBody({ limit }: { limit: string }): Middleware {
  const parse = bodyParser({
    enableTypes: ['json'],
    jsonLimit: limit,
    onError: (error, ctx) => {
      const { status, type } = error as BodyError;
      if (status === 413 || type === 'entity.too.large')
        ctx.throw(413, `The body is too large: it must be under ${limit}`);
      if (status === 415 || type?.endsWith('unsupported')) ctx.throw(415, 'The body must be UTF-8 encoded JSON');
      ctx.throw(400, 'The body is not valid JSON: check quotes, commas and brackets');
    },
  });
  return async (ctx, next) => {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD' && !ctx.is('application/json')) {
      ctx.throw(415, 'Send the body as JSON with the header Content-Type: application/json');
    }
    return parse(ctx, next);
  };
}
