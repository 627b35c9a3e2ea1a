import Router from '@koa/router';
import type { Context } from 'koa';
import type { Practice } from '../../domain/practice.js';
import type { Store } from '../../ports/store.js';
import { practiceNotFoundPage } from '../hosted-page.template.js';
import { PAGE_CSP } from '../static.routes.js';
import { newFormNumbers } from './form-number.js';
import { paperFormPage } from './paper-form.template.js';
import { posterPage } from './poster.template.js';
import type { PrintLink } from './print-page.js';
import { printProblemPage } from './print-page.js';
import { parseFormQuery, parsePosterQuery } from './print-query.js';
import { qrCodeSvg } from './qr-code.js';

interface PrintDeps {
  store: Store;
  /** `PUBLIC_URL`: the address printed on paper. Without it, the address this page was asked on. */
  publicUrl: string | null;
}

/** Where a printable's QR code and written link lead: the practice's hosted feedback page. */
function hostedLink(ctx: Context, publicUrl: string | null, code: string) {
  const hostedUrl = `${publicUrl ?? `${ctx.protocol}://${ctx.host}`}/p/${encodeURIComponent(code)}`;
  return { hostedUrl, shortLink: hostedUrl.replace(/^https?:\/\//, '') };
}

function printLinks(code: string, current: string): PrintLink[] {
  const base = `/print/${encodeURIComponent(code)}`;
  return [
    { href: `${base}/form`, text: 'Paper form' },
    { href: `${base}/form?large=1`, text: 'Large-print form' },
    { href: `${base}/poster`, text: 'A4 poster' },
    { href: `${base}/poster?size=a3`, text: 'A3 poster' },
    { href: `/p/${encodeURIComponent(code)}`, text: 'Online feedback page' },
  ].map((link) => (link.href === current ? { ...link, current: true } : link));
}

/**
 * `/print/:code/form` and `/print/:code/poster`: what a practice, a hub or a councillor prints to
 * bring in feedback from people who are not online, or not on the practice website. Public, like
 * the hosted page they point to: they carry nothing but the practice's name and address.
 */
export function printRoutes({ store, publicUrl }: PrintDeps): Router {
  const router = new Router({ prefix: '/print' });

  /** The practice, or null after answering with the not-found page. */
  async function practiceFor(ctx: Context): Promise<Practice | null> {
    const code = String(ctx.params.code).toUpperCase();
    ctx.set('Content-Security-Policy', PAGE_CSP);
    ctx.type = 'html';
    const practice = await store.getPractice(code);
    if (!practice) {
      ctx.status = 404;
      ctx.body = practiceNotFoundPage(code);
    }
    return practice;
  }

  router.get('/:code/form', async (ctx) => {
    const practice = await practiceFor(ctx);
    if (!practice) return;
    const checked = parseFormQuery(ctx.query);
    if (!checked.ok) {
      ctx.status = 422;
      ctx.body = printProblemPage(checked.problems, printLinks(practice.code, '')[0]);
      return;
    }
    const { copies, large } = checked.value;
    const { hostedUrl, shortLink } = hostedLink(ctx, publicUrl, practice.code);
    // Every load prints new form numbers, so no cache may hand out the same ones twice.
    ctx.set('Cache-Control', 'no-store');
    ctx.body = paperFormPage({
      practice,
      hostedUrl,
      shortLink,
      qrSvg: await qrCodeSvg(hostedUrl, `QR code for ${shortLink}`, 'qr form__qr'),
      formNumbers: newFormNumbers(copies),
      large,
      links: printLinks(practice.code, `/print/${practice.code}/form${large ? '?large=1' : ''}`),
    });
  });

  router.get('/:code/poster', async (ctx) => {
    const practice = await practiceFor(ctx);
    if (!practice) return;
    const checked = parsePosterQuery(ctx.query);
    if (!checked.ok) {
      ctx.status = 422;
      ctx.body = printProblemPage(checked.problems, printLinks(practice.code, '')[2]);
      return;
    }
    const { size } = checked.value;
    const { hostedUrl, shortLink } = hostedLink(ctx, publicUrl, practice.code);
    ctx.set('Cache-Control', 'public, max-age=300');
    ctx.body = posterPage({
      practice,
      size,
      hostedUrl,
      shortLink,
      qrSvg: await qrCodeSvg(hostedUrl, `QR code for ${shortLink}`, 'qr poster__qr'),
      links: printLinks(practice.code, `/print/${practice.code}/poster${size === 'a3' ? '?size=a3' : ''}`),
    });
  });

  return router;
}
