import Router from '@koa/router';
import { z } from 'zod';
import { NotFoundError } from '../domain/errors.js';
import { ODS_CODE } from '../domain/practice.js';
import { applyRedactions } from '../domain/staff/moderation.js';
import type { Inbox } from '../ports/inbox.js';
import type { Store } from '../ports/store.js';
import { parseBody } from './staff/parse-body.js';

const storiesQuery = z
  .object({
    cursor: z.string().max(200).optional(),
    limit: z.coerce
      .number({ error: 'must be a number' })
      .int()
      .min(1)
      .max(50, { error: 'must be at most 50' })
      .default(20),
  })
  .strict();

/**
 * The public stories of a practice: published feedback only, in its redacted form with the
 * moderator's removals applied, with the practice's public replies and its "you said, we did"
 * actions. No private notes, no original words, no contact details, no moderation details.
 */
export function storiesRoutes({ store, inbox }: { store: Store; inbox: Inbox }): Router {
  const router = new Router({ prefix: '/api/v1/practices' });

  router.get('/:code/stories', async (ctx) => {
    const code = ctx.params.code.toUpperCase();
    const practice = ODS_CODE.test(code) ? await store.getPractice(code) : null;
    if (!practice) throw new NotFoundError(`No practice with ODS code ${code}`);
    const { cursor, limit } = parseBody(storiesQuery, ctx.query, Object.keys(storiesQuery.shape), { query: true });
    const page = await inbox.listPublished({ practiceCode: code, limit, cursor });
    const items = await Promise.all(
      page.items.map(async ({ record, moderation }) => {
        const replies = (await inbox.listResponses(record.id)).filter((r) => r.kind === 'public-reply');
        return {
          id: record.id,
          // The day is enough for readers; the minute could help identify the patient.
          receivedOn: record.receivedAt.toISOString().slice(0, 10),
          rating: record.rating,
          comments: (record.tags?.redactedComments ?? []).map((comment, index) => ({
            question: comment.question,
            text: applyRedactions(
              comment.text,
              moderation.redactions.filter((span) => span.comment === index),
            ),
          })),
          replies: replies.map(({ text, authorLabel, createdAt }) => ({ text, authorLabel, createdAt })),
        };
      }),
    );
    const youSaidWeDid = (await inbox.listYouSaidWeDid(code)).map(({ id, youSaid, weDid, createdAt }) => ({
      id,
      youSaid,
      weDid,
      createdAt,
    }));
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.set('Cache-Control', 'public, max-age=60');
    ctx.body = { practice: { code, name: practice.name }, items, next: page.next, youSaidWeDid };
  });

  return router;
}
