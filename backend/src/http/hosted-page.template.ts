const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

/**
 * The page frame: no inline script or style, so it works under the strict page CSP. No skip
 * link: the header holds no links to skip, and the main landmark already lets people jump.
 */
function page(title: string, main: string, head = '', footer = ''): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/assets/hosted-page.css" />${head}
  </head>
  <body>
    <header class="header">
      <div class="width-container"><p class="service-name">You and Your GP</p></div>
    </header>
    <main id="main" class="width-container">
${main}
    </main>${footer}
  </body>
</html>
`;
}

/**
 * A practice's own feedback page, for QR codes on posters and links in text messages: the
 * practice's name, a line saying what this is, and the widget.
 */
export function hostedPage({ code, name }: { code: string; name: string }): string {
  return page(
    `Give feedback – ${name}`,
    `      <h1>${escapeHtml(name)}</h1>
      <p class="lead">
        Tell us about your experience of this GP practice. It takes about a minute, and you do not
        need to give your name.
      </p>
      <div class="feedback">
        <yyg-feedback practice="${escapeHtml(code)}"></yyg-feedback>
        <noscript>
          <p class="notice">
            This form needs JavaScript. You can also give feedback at reception, on paper or by phone.
            If you need medical help now, call 111. In an emergency, call 999.
          </p>
        </noscript>
      </div>`,
    `\n    <script type="module" src="/widget.js"></script>`,
    printablesFooter(code),
  );
}

/**
 * Links to the practice's printables, for the staff, hub helpers and councillors who look at this
 * page to promote it: the QR-code poster, and paper forms for people who are not online.
 */
function printablesFooter(code: string): string {
  const base = `/print/${encodeURIComponent(code)}`;
  return `
    <footer class="footer">
      <div class="width-container">
        <p>
          For the practice: print <a href="${escapeHtml(base)}/poster">a poster with this page's QR code</a>, or
          <a href="${escapeHtml(base)}/form">paper feedback forms</a>
          (<a href="${escapeHtml(base)}/form?large=1">large print</a>).
        </p>
      </div>
    </footer>`;
}

/** The page for a code with no practice: a mistyped link, or a practice that has closed. */
export function practiceNotFoundPage(code: string): string {
  return page(
    'Practice not found – You and Your GP',
    `      <h1>Practice not found</h1>
      <p>There is no GP practice with the code ${escapeHtml(code)} on this service.</p>
      <p>Check the link or QR code you used, or ask your practice for its feedback page.</p>`,
  );
}
