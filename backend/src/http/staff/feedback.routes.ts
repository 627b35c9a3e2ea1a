import Router from '@koa/router';
import { stringify } from 'csv-stringify';
import { createHash, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import type { Context } from 'koa';
import { ForbiddenError, NotFoundError, ValidationError } from '../../domain/errors.js';
import type { InboxItem, InboxQuery } from '../../domain/staff/inbox-query.js';
import { decideModeration } from '../../domain/staff/moderation.js';
import { can, practicesFor, roleAllows, type StaffAction } from '../../domain/staff/permissions.js';
import { ROLE_LABELS } from '../../domain/staff/roles.js';
import { jsonBody } from '../json-body.middleware.js';
import { recordAudit, withActorNames } from './audit-trail.js';
import { parseBody } from './parse-body.js';
import {
  moderationBody,
  parseInboxRequest,
  responseBody,
  youSaidWeDidBody,
  type InboxRequest,
} from './inbox.schema.js';
import { itemView, moderationFacts, moderationView, redactedTexts } from './inbox-view.js';
import type { StaffDeps } from './staff-deps.js';
import { requireCan, requireVisible, staffOf } from './staff-state.js';

/** Rows an export pages through at a time, and the most one export may hold. */
const EXPORT_PAGE = 500;
const EXPORT_MAX_ROWS = 200_000;

/**
 * The practices a request may search: those the user may do `action` for, narrowed to the ones
 * asked for. Asking for a practice outside the user's reach is refused outright (403) rather than
 * silently dropped, so a widened filter is never mistaken for "no feedback there".
 */
function reachOf(ctx: Context, action: StaffAction, asked: string[] | null): InboxQuery['practiceCodes'] {
  const { user } = staffOf(ctx);
  if (!roleAllows(user.role, action)) throw new ForbiddenError(`You may not do ${action}`);
  const reach = practicesFor(user, action);
  if (asked === null) return reach;
  const outside = asked.filter((code) => !can(user, action, code));
  if (outside.length > 0) throw new ForbiddenError(`You may not see feedback of practice ${outside.join(', ')}`);
  return asked;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The inbox: search with counts, one item with its replies and history, moderation (states,
 * removals, publishing), public replies and private notes, "you said, we did", and CSV exports.
 * Every route works out the practices it may touch from the signed-in user, never from the
 * request alone.
 */
export function staffFeedbackRoutes(deps: StaffDeps): Router {
  const { inbox, audit, store } = deps;
  const now = () => deps.now?.() ?? new Date();
  const router = new Router({ prefix: '/api/v1/staff' });

  /** Load an item the user may see, or 404 (for a missing one and another practice's alike). */
  async function visibleItem(ctx: Context, id: string, action: StaffAction): Promise<InboxItem> {
    const item = await inbox.getItem(id);
    if (!item) throw new NotFoundError('No such feedback');
    requireVisible(ctx, action, item.record.practiceCode, 'such feedback');
    return item;
  }

  function query(request: InboxRequest, practiceCodes: InboxQuery['practiceCodes']): InboxQuery {
    const { practices: _asked, ...rest } = request;
    return { ...rest, practiceCodes };
  }

  router.get('/feedback', async (ctx) => {
    const { user } = staffOf(ctx);
    const request = parseInboxRequest(ctx.query);
    const page = await inbox.search(query(request, reachOf(ctx, 'feedback:read', request.practices)));
    ctx.body = {
      items: page.items.map((item) => itemView(item, user, request.text)),
      total: page.total,
      facets: page.facets,
      next: page.next,
    };
  });

  // The filtered list as CSV, redacted text only, for the practice's own reports.
  router.get('/feedback.csv', async (ctx) => {
    const { user } = staffOf(ctx);
    const request = { ...parseInboxRequest(ctx.query), limit: EXPORT_PAGE };
    const practiceCodes = reachOf(ctx, 'feedback:export', request.practices);
    await recordAudit(
      ctx,
      audit,
      {
        action: 'feedback.export',
        targetType: 'feedback-list',
        targetId: practiceCodes === '*' ? '*' : practiceCodes.join(','),
        practiceCode: practiceCodes !== '*' && practiceCodes.length === 1 ? practiceCodes[0] : null,
        after: { filters: { ...request, text: request.text ? 'yes' : undefined, cursor: undefined } },
      },
      now(),
    );
    const csv = stringify({
      header: true,
      // Patients' words must not run as a formula when the file opens in a spreadsheet (CSV
      // injection): a cell starting with = + - @ or a control character is prefixed with '.
      cast: { string: (value) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value) },
      columns: [
        'id',
        'practice',
        'received',
        'rating',
        'channel',
        'language',
        'status',
        'sentiment',
        'themes',
        'flags',
        'comment',
      ],
    });
    ctx.type = 'text/csv; charset=utf-8';
    ctx.attachment(`feedback-${now().toISOString().slice(0, 10)}.csv`);
    ctx.body = csv;
    void (async () => {
      let cursor: string | undefined;
      let rows = 0;
      do {
        const page = await inbox.search({ ...query(request, practiceCodes), cursor });
        for (const item of page.items) {
          const view = itemView(item, user);
          const row = [
            view.id,
            view.practiceCode,
            view.receivedAt.toISOString(),
            view.rating,
            view.channel,
            view.tags?.language.code ?? view.language,
            view.status,
            view.tags?.sentiment?.label ?? '',
            (view.tags?.themes ?? []).map((t) => `${t.theme}:${t.polarity}`).join(' '),
            (view.tags?.flags ?? []).map((f) => f.kind).join(' '),
            view.comments
              .map((c) => c.published ?? '')
              .filter(Boolean)
              .join('\n\n'),
          ];
          // Respect back-pressure: a slow client must not make the whole export sit in memory.
          if (!csv.write(row)) await once(csv, 'drain');
          rows += 1;
        }
        cursor = page.next ?? undefined;
      } while (cursor && rows < EXPORT_MAX_ROWS);
      csv.end();
    })().catch((error: unknown) => {
      deps.logger.error({ event: 'export-failed', err: String(error) }, 'CSV export failed');
      csv.destroy(error as Error);
    });
  });

  router.get('/feedback/:id', async (ctx) => {
    const { user } = staffOf(ctx);
    const item = await visibleItem(ctx, ctx.params.id, 'feedback:read');
    const responses = await inbox.listResponses(item.record.id);
    const history = await audit.list({ practiceCodes: '*', targetId: item.record.id, limit: 200 });
    const mayReadNotes = can(user, 'feedback:respond', item.record.practiceCode);
    ctx.body = {
      item: itemView(item, user),
      responses: responses.filter((r) => r.kind === 'public-reply' || mayReadNotes),
      history: await withActorNames(
        history.map(({ seq, at, actorId, actorRole, action, before, after }) => ({
          seq,
          at,
          actorId,
          actorRole,
          action,
          before,
          after,
        })),
        deps.accounts,
      ),
    };
  });

  router.patch('/feedback/:id/moderation', jsonBody({ limit: '32kb' }), async (ctx) => {
    const { user } = staffOf(ctx);
    const item = await visibleItem(ctx, ctx.params.id, 'feedback:moderate');
    const body = parseBody(moderationBody, ctx.request.body, Object.keys(moderationBody.shape));
    const current = item.moderation;
    const at = now();
    const next = decideModeration(
      current,
      { redactedTexts: redactedTexts(item.record), flags: (item.record.tags?.flags ?? []).map((flag) => flag.kind) },
      body,
      user.id,
      at,
    );
    const updated = await inbox.updateModeration({
      feedbackId: item.record.id,
      expectedVersion: body.version,
      next,
    });
    if (!updated) {
      ctx.status = 409;
      ctx.body = {
        error: { message: 'Someone else changed this feedback since you opened it. Reload it to see their change.' },
      };
      return;
    }
    await recordAudit(
      ctx,
      audit,
      {
        action: 'feedback.moderate',
        targetType: 'feedback',
        targetId: item.record.id,
        practiceCode: item.record.practiceCode,
        before: moderationFacts(current),
        after: { ...moderationFacts(updated), flagsReviewed: body.flagsReviewed ?? false },
      },
      at,
    );
    ctx.body = { moderation: moderationView(updated) };
  });

  router.post('/feedback/:id/responses', jsonBody({ limit: '16kb' }), async (ctx) => {
    const { user } = staffOf(ctx);
    const item = await visibleItem(ctx, ctx.params.id, 'feedback:respond');
    const body = parseBody(responseBody, ctx.request.body, Object.keys(responseBody.shape));
    const practice = await store.getPractice(item.record.practiceCode);
    const response = {
      id: randomUUID(),
      feedbackId: item.record.id,
      practiceCode: item.record.practiceCode,
      kind: body.kind,
      text: body.text,
      authorId: user.id,
      authorLabel: `${ROLE_LABELS[user.role]}, ${practice?.name ?? item.record.practiceCode}`,
      createdAt: now(),
    };
    await inbox.addResponse(response);
    await recordAudit(
      ctx,
      audit,
      {
        action: body.kind === 'public-reply' ? 'feedback.reply' : 'feedback.note',
        targetType: 'feedback',
        targetId: item.record.id,
        practiceCode: item.record.practiceCode,
        before: null,
        // A public reply is the practice's own published words; a private note may mention the
        // patient, so only its fingerprint goes in the log.
        after:
          body.kind === 'public-reply'
            ? { responseId: response.id, kind: body.kind, text: body.text }
            : { responseId: response.id, kind: body.kind, sha256: sha256(body.text), length: body.text.length },
      },
      response.createdAt,
    );
    ctx.status = 201;
    ctx.body = { response };
  });

  router.get('/practices/:code/you-said-we-did', async (ctx) => {
    const code = ctx.params.code.toUpperCase();
    requireCan(ctx, 'feedback:read', code);
    ctx.body = { items: await inbox.listYouSaidWeDid(code) };
  });

  router.post('/practices/:code/you-said-we-did', jsonBody({ limit: '16kb' }), async (ctx) => {
    const code = ctx.params.code.toUpperCase();
    const user = requireCan(ctx, 'feedback:respond', code);
    const body = parseBody(youSaidWeDidBody, ctx.request.body, Object.keys(youSaidWeDidBody.shape));
    const problems: { field: string; problem: string }[] = [];
    for (const [index, id] of body.feedbackIds.entries()) {
      const record = await store.getFeedback(id);
      if (!record || record.practiceCode !== code) {
        problems.push({ field: `feedbackIds[${index}]`, problem: `is not feedback of practice ${code}` });
      }
    }
    if (problems.length > 0) throw new ValidationError('Please fix the linked feedback', problems);
    const action = { id: randomUUID(), practiceCode: code, ...body, authorId: user.id, createdAt: now() };
    await inbox.addYouSaidWeDid(action);
    await recordAudit(
      ctx,
      audit,
      {
        action: 'practice.you-said-we-did',
        targetType: 'practice',
        targetId: code,
        practiceCode: code,
        after: { id: action.id, youSaid: action.youSaid, weDid: action.weDid, feedbackIds: action.feedbackIds },
      },
      action.createdAt,
    );
    ctx.status = 201;
    ctx.body = { item: action };
  });

  return router;
}
