import QRCode from 'qrcode';
import { escapeHtml } from '../hosted-page.template.js';

/**
 * How the printed QR codes are made. Error correction M (about 15% of the code can be lost) reads
 * well from a creased form or a poster behind scratched plastic while keeping the code small; the
 * four-module quiet zone is the margin the QR standard asks for, so phones find the code even on
 * a busy noticeboard.
 */
export const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const;

/**
 * An inline SVG QR code for `url`, drawn on the server so printed pages need no script. It is one
 * image to assistive technology, named by `label`; the pages print the link beside it as text too,
 * for people who cannot scan. Black on white, whatever the page's colours.
 */
export async function qrCodeSvg(url: string, label: string, className: string): Promise<string> {
  const svg = await QRCode.toString(url, { ...QR_OPTIONS, type: 'svg', color: { dark: '#000000', light: '#ffffff' } });
  return svg
    .trim()
    .replace(
      /^<svg /,
      `<svg class="${escapeHtml(className)}" role="img" aria-label="${escapeHtml(label)}" focusable="false" `,
    );
}
