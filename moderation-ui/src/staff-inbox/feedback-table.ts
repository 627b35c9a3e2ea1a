import { html } from 'lit';
import { FFT_LABELS } from '../../../backend/src/domain/fft.js';
import type { StaffFeedbackItem } from '../api/staff-api.js';

// Practices are in England: show their local time whatever the reader's machine says.
const RECEIVED = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/London',
});

const STATES: Record<StaffFeedbackItem['state'], string> = { received: 'Received', processed: 'Processed' };

function sentimentText(sentiment: StaffFeedbackItem['sentiment']): string {
  if (!sentiment) return 'Not analysed yet';
  const label = sentiment.label[0].toUpperCase() + sentiment.label.slice(1);
  return `${label} (score ${sentiment.score > 0 ? '+' : ''}${sentiment.score})`;
}

const QUESTIONS: Record<StaffFeedbackItem['comments'][number]['question'], string> = {
  good: 'What was good',
  better: 'What could be better',
  comment: 'Comment',
};

function comments(item: StaffFeedbackItem) {
  if (item.comments.length === 0) return html`<span class="muted">No comment</span>`;
  return item.comments.map(
    (c) => html`<p class="answer"><span class="question">${QUESTIONS[c.question] ?? c.question}:</span> ${c.text}</p>`,
  );
}

function row(item: StaffFeedbackItem) {
  // The comment is patient-written: it goes into a text binding only, so markup in it stays text.
  return html`<tr data-id=${item.id}>
    <th scope="row" tabindex="-1" class="receipt">${item.receipt}</th>
    <td><time datetime=${item.receivedAt}>${RECEIVED.format(new Date(item.receivedAt))}</time></td>
    <td>${FFT_LABELS[item.rating] ?? item.rating}</td>
    <td class="comment">${comments(item)}</td>
    <td>${sentimentText(item.sentiment)}</td>
    <td>${STATES[item.state] ?? item.state}</td>
  </tr>`;
}

/**
 * The feedback list as a table with a caption and column headers. Wrapped in a focusable,
 * labelled region so keyboard users can scroll it sideways on a narrow screen.
 */
export function feedbackTable(items: StaffFeedbackItem[], caption: string, busy: boolean) {
  return html`<div class="table-scroll" part="table" role="region" aria-labelledby="feedback-caption" tabindex="0">
    <table aria-busy=${busy ? 'true' : 'false'}>
      <caption id="feedback-caption">
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">Receipt</th>
          <th scope="col">Received</th>
          <th scope="col">Answer</th>
          <th scope="col">Comment</th>
          <th scope="col">Sentiment</th>
          <th scope="col">State</th>
        </tr>
      </thead>
      <tbody>
        ${items.map(row)}
      </tbody>
    </table>
  </div>`;
}
