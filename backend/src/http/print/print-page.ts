import { escapeHtml } from '../hosted-page.template.js';

/** One link in the bar above the printable, shown on screen only. */
export interface PrintLink {
  href: string;
  text: string;
  /** The page being looked at: marked for screen readers and not a link. */
  current?: boolean;
}

export interface PrintPageParts {
  title: string;
  /** Classes on `<body>`, which choose the sheet's paper size and print size in the stylesheets. */
  bodyClass: string;
  /** The printable's own stylesheet in /assets/, after the shared print.css. */
  stylesheet?: string;
  /** The screen-only bar: a heading saying what this is, how to print it, and the other printables. */
  heading: string;
  howToPrint: string;
  links: PrintLink[];
  /** Extra screen-only controls (the form's copies and large-print choice), already HTML. */
  controls?: string;
  /** The sheets themselves, already HTML. */
  sheets: string;
}

function linkList(links: PrintLink[]): string {
  const items = links.map(({ href, text, current }) =>
    current
      ? `<li><a href="${escapeHtml(href)}" aria-current="page">${escapeHtml(text)}</a></li>`
      : `<li><a href="${escapeHtml(href)}">${escapeHtml(text)}</a></li>`,
  );
  return `<nav class="print-bar__nav" aria-label="Other printables">
          <ul>
            ${items.join('\n            ')}
          </ul>
        </nav>`;
}

/**
 * The frame of every printable page: a bar on screen saying how to print (hidden on paper), then
 * the sheets. No inline script or style, so it runs under the same strict CSP as the hosted page;
 * all of the look, on screen and on paper, is in the stylesheets under /assets/.
 */
export function printPage(parts: PrintPageParts): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(parts.title)}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/assets/print.css" />${
      parts.stylesheet ? `\n    <link rel="stylesheet" href="/assets/${escapeHtml(parts.stylesheet)}" />` : ''
    }
  </head>
  <body class="${escapeHtml(parts.bodyClass)}">
    <header class="print-bar">
      <div class="print-bar__inner">
        <p class="print-bar__service">You and Your GP</p>
        <h1 class="print-bar__title">${escapeHtml(parts.heading)}</h1>
        <p class="print-bar__how">${escapeHtml(parts.howToPrint)}</p>${parts.controls ?? ''}
        ${linkList(parts.links)}
      </div>
    </header>
    <main id="main" class="sheets">
${parts.sheets}
    </main>
  </body>
</html>
`;
}

/** A page for a printable asked for wrongly (too many copies, say): what to change, and a way back. */
export function printProblemPage(problems: string[], back: PrintLink): string {
  return printPage({
    title: 'Check the address – You and Your GP',
    bodyClass: 'print print--problem',
    heading: 'There is a problem with this address',
    howToPrint: 'Change the address, or go back to the printable and choose again.',
    links: [back],
    sheets: `      <div class="problem">
        <h2>What to change</h2>
        <ul>
          ${problems.map((p) => `<li>${escapeHtml(p)}</li>`).join('\n          ')}
        </ul>
      </div>`,
  });
}
