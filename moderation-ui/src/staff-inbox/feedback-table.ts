import { html, nothing } from 'lit';
import { FFT_LABELS } from '../../../backend/src/domain/fft.js';
import { FLAG_LABELS, SENTIMENT_LABELS, THEME_LABELS, UK_TIME } from '../../../backend/src/domain/tag-labels.js';
import type { StaffFeedbackItem } from '../api/staff-api.js';

const STATES: Record<StaffFeedbackItem['state'], string> = { received: 'Received', processed: 'Processed' };

const LANGUAGES = new Intl.DisplayNames(['en-GB'], { type: 'language' });

const QUESTIONS: Record<StaffFeedbackItem['comments'][number]['question'], string> = {
  good: 'What was good',
  better: 'What could be better',
  comment: 'Comment',
};

/** The tuned sentiment, or why there is none: a person must read it, or there were no words. */
function sentimentText(item: StaffFeedbackItem): string {
  const tags = item.tags;
  if (!tags) return 'Not analysed yet';
  if (tags.needsHumanReading) return 'Needs a person to read';
  return tags.sentiment ? SENTIMENT_LABELS[tags.sentiment.label] : 'Not scored';
}

function languageText(item: StaffFeedbackItem): string {
  const code = item.tags?.language.code ?? item.language;
  let name: string;
  try {
    name = LANGUAGES.of(code) ?? code;
  } catch {
    name = code;
  }
  return item.tags?.language.source === 'detected' ? `${name} (detected)` : name;
}

/**
 * Safety flags, first in the comment cell and in NHS red, so no one reads past them. The hidden
 * "Warning" tells screen reader users what the red says to everyone else.
 */
function flags(item: StaffFeedbackItem) {
  const kinds = [...new Set((item.tags?.flags ?? []).map((flag) => flag.kind))];
  if (kinds.length === 0) return nothing;
  return html`<p class="flags">
    ${kinds.map(
      (kind) =>
        html`<strong class="tag tag--flag"
          ><span class="visually-hidden">Warning: </span>${FLAG_LABELS[kind]}</strong
        > `,
    )}
  </p>`;
}

function themes(item: StaffFeedbackItem) {
  const found = item.tags?.themes ?? [];
  if (found.length === 0) return html`<span class="muted">None</span>`;
  return html`<ul class="themes">
    ${found.map(({ theme, polarity }) => html`<li class="tag tag--theme">${THEME_LABELS[theme]}: ${polarity}</li>`)}
  </ul>`;
}

function comments(item: StaffFeedbackItem) {
  if (item.comments.length === 0) return html`<span class="muted">No comment</span>`;
  // The practice's own inbox: the words as the patient wrote them, not the redacted copy.
  return item.comments.map(
    (c) => html`<p class="answer"><span class="question">${QUESTIONS[c.question] ?? c.question}:</span> ${c.text}</p>`,
  );
}

function row(item: StaffFeedbackItem, linkedId: string | null) {
  const classes = [item.tags?.flags.length ? 'row--flagged' : '', item.id === linkedId ? 'row--linked' : ''];
  // The comment is patient-written: it goes into a text binding only, so markup in it stays text.
  return html`<tr data-id=${item.id} class=${classes.filter(Boolean).join(' ')}>
    <th scope="row" tabindex="-1" class="receipt">${item.receipt}</th>
    <td><time datetime=${item.receivedAt}>${UK_TIME.format(new Date(item.receivedAt))}</time></td>
    <td>${FFT_LABELS[item.rating] ?? item.rating}</td>
    <td class="comment">${flags(item)}${comments(item)}</td>
    <td>${sentimentText(item)}</td>
    <td>${themes(item)}</td>
    <td>${languageText(item)}</td>
    <td>${STATES[item.state] ?? item.state}</td>
  </tr>`;
}

/**
 * The feedback list as a table with a caption and column headers. Wrapped in a focusable,
 * labelled region so keyboard users can scroll it sideways on a narrow screen. The row an email
 * linked to (`linkedId`) is highlighted.
 */
export function feedbackTable(items: StaffFeedbackItem[], caption: string, busy: boolean, linkedId: string | null) {
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
          <th scope="col">Themes</th>
          <th scope="col">Language</th>
          <th scope="col">State</th>
        </tr>
      </thead>
      <tbody>
        ${items.map((item) => row(item, linkedId))}
      </tbody>
    </table>
  </div>`;
}
