import { html } from 'lit';
import type { Strings } from '../../i18n/en.js';

/**
 * The plain notice before the questions: not for medical help (NHS 111 online, 111, 999), not for
 * complaints that need a reply (with the practice's complaints page when it has one), and no
 * personal details in the comments. The comment boxes point at the last part (`personal-hint`).
 */
export function notice(t: Strings, complaintsUrl: string | null | undefined) {
  return html`<div class="notice" part="notice">
    <h2>${t.noticeTitle}</h2>
    <p>${t.noticeBefore}<a href="https://111.nhs.uk/">${t.noticeLink}</a>${t.noticeAfter}</p>
    <p>
      ${t.notComplaints} ${complaintsUrl ? html`<a href=${complaintsUrl}>${t.complaintsLink}</a>` : t.complaintsAsk}
    </p>
    <p id="personal-hint">${t.personalHint}</p>
  </div>`;
}
