import { html } from 'lit';

/**
 * The honeypot: a `website` field people never see or reach (off-screen, aria-hidden, out of the tab
 * order, no autofill), which form-filling robots fill in. Sent as `website`; empty from a person.
 */
export const honeypot = html`<div class="hp" aria-hidden="true">
  <label for="website">Leave this empty</label>
  <input id="website" name="website" tabindex="-1" autocomplete="off" />
</div>`;
