import type { Middleware } from 'koa';
import { ConflictError, ForbiddenError, NotFoundError, RateLimitedError, ValidationError } from '../domain/errors.js';
import type { Logger } from '../logger.js';

interface HttpLikeError {
  status?: number;
  expose?: boolean;
  message?: string;
}

/**
 * The one place errors become responses. 4xx bodies say what to fix; 5xx bodies say nothing
 * internal (the detail goes to the log, which never holds comment text).
 */
export function errorMiddleware(logger: Logger): Middleware {
  return async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      if (error instanceof ValidationError) {
        ctx.status = 422;
        ctx.body = { error: { message: error.message, fields: error.fields } };
      } else if (error instanceof ConflictError) {
        ctx.status = 409;
        ctx.body = { error: { message: error.message } };
      } else if (error instanceof RateLimitedError) {
        ctx.status = 429;
        ctx.set('Retry-After', String(error.retryAfterSeconds));
        ctx.body = { error: { message: error.message } };
      } else if (error instanceof ForbiddenError) {
        ctx.status = 403;
        ctx.body = { error: { message: error.message } };
      } else if (error instanceof NotFoundError) {
        ctx.status = 404;
        ctx.body = { error: { message: error.message } };
      } else {
        const e = error as HttpLikeError;
        const status = typeof e.status === 'number' && e.status >= 400 && e.status < 600 ? e.status : 500;
        ctx.status = status;
        ctx.body = {
          error: {
            message:
              status < 500 && e.expose !== false
                ? clientMessage(e)
                : 'Something went wrong on our side. Please try again later.',
          },
        };
        if (status >= 500)
          logger.error({ event: 'http-error', path: ctx.path, err: e.message, status }, 'request failed');
      }
    }
  };
}

function clientMessage(error: HttpLikeError): string {
  return error.message ?? 'Bad request';
}
