import type { Practice } from '../domain/practice.js';
import { escapeHtml } from './hosted-page.template.js';

/** Where the assisted-entry element is built (moderation-ui/assisted.vite.config.ts). */
export const ASSISTED_SCRIPT = '/staff/assist/assist.js';

/**
 * `/assist/:code`: the assisted-entry page for helpers entering feedback on a patient's behalf.
 * No inline script or style, so it runs under the strict page CSP; the element reads the helper
 * code from `#code=` and keeps it in sessionStorage.
 */
export function assistedPage(practice: Pick<Practice, 'code' | 'name' | 'questions'>): string {
  const { code, name, questions } = practice;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <title>Enter feedback for a patient – ${escapeHtml(name)}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/assets/hosted-page.css" />
    <script type="module" src="${ASSISTED_SCRIPT}"></script>
  </head>
  <body>
    <header class="header">
      <div class="width-container"><p class="service-name">You and Your GP – assisted entry</p></div>
    </header>
    <main id="main" class="width-container">
      <h1>Enter feedback for a patient</h1>
      <p class="lead">${escapeHtml(name)} (${escapeHtml(code)})</p>
      <yyg-assisted-entry
        practice="${escapeHtml(code)}"
        practice-name="${escapeHtml(name)}"
        question-good="${escapeHtml(questions.good ?? 'What was good?')}"
        question-better="${escapeHtml(questions.better ?? 'What could we do better?')}"
      ></yyg-assisted-entry>
      <noscript><p class="notice">This page needs JavaScript.</p></noscript>
    </main>
  </body>
</html>
`;
}
