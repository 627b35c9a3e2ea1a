import type { Practice } from '../../domain/practice.js';
import { escapeHtml } from '../hosted-page.template.js';
import { printPage, type PrintLink } from './print-page.js';
import type { PaperSize } from './print-query.js';

export interface PosterOptions {
  practice: Pick<Practice, 'code' | 'name'>;
  size: PaperSize;
  hostedUrl: string;
  /** The hosted page's address as printed: no `https://`, so it is short enough to type. */
  shortLink: string;
  qrSvg: string;
  links: PrintLink[];
}

/**
 * The poster for a waiting room, a pharmacy window or a community noticeboard: a plain
 * invitation, a QR code big enough to scan from a chair's distance, the link written out for
 * people who type it, the paper route for people without a phone, and the urgent-help line, since
 * a poster in a surgery is where someone unwell may read it. One sheet; A3 is the same, larger.
 */
export function posterPage(options: PosterOptions): string {
  const { practice, size } = options;
  const name = escapeHtml(practice.name);
  const paper = size.toUpperCase();
  return printPage({
    title: `${paper} poster – ${practice.name}`,
    stylesheet: 'print-poster.css',
    bodyClass: `print print--poster print--${size}`,
    heading: `${paper} poster: ${practice.name}`,
    howToPrint: `Print on ${paper} with your browser's Print command (Ctrl+P, or Cmd+P on a Mac), at 100% scale with headers and footers off. Black and white is fine.`,
    links: options.links,
    sheets: `      <article class="sheet poster" aria-labelledby="poster-title">
        <p class="poster__practice">${name}</p>
        <h2 class="poster__title" id="poster-title">How was your visit?</h2>
        <p class="poster__invite">
          Tell us about your experience of our GP practice. It takes about a minute, and you do not need
          to give your name.
        </p>
        <div class="poster__scan">
          ${options.qrSvg}
          <p class="poster__scan-text">Scan the code with your phone camera</p>
        </div>
        <p class="poster__link">or go to <a class="short-link" href="${escapeHtml(options.hostedUrl)}">${escapeHtml(options.shortLink)}</a></p>
        <p class="poster__paper">No phone? Ask at reception for a paper form, or for help to fill it in.</p>
        <p class="notice poster__notice">
          <strong>This is not for medical help.</strong> If you need medical help now, go to 111.nhs.uk
          or call 111. In an emergency, call 999.
        </p>
      </article>`,
  });
}
