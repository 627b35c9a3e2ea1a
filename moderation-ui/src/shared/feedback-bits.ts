import { html } from 'lit';
import type { FeedbackItem, TextRange } from '../api/staff-types.js';
import { ukDateTime } from './format.js';
import { segments } from './highlight.js';
import {
  CHANNEL_LABELS,
  FFT_LABELS,
  FLAG_LABELS,
  QUESTION_LABELS,
  SENTIMENT_FILTER_LABELS,
  STATUS_LABELS,
  STATUS_TAG,
  THEME_LABELS,
  languageName,
} from './labels.js';

/**
 * Patient text with search matches in `<mark>`. Every piece goes through a Lit text binding, so
 * whatever the patient typed (markup, script, template syntax) stays inert text.
 */
export function markedText(text: string, ranges?: readonly TextRange[]) {
  return segments(text, ranges).map((s) => (s.match ? html`<mark>${s.text}</mark>` : s.text));
}

export function questionLabel(question: string): string {
  return QUESTION_LABELS[question] ?? question;
}

export function statusTag(status: FeedbackItem['status']) {
  return html`<strong class="tag ${STATUS_TAG[status] ?? 'tag--grey'}"
    ><span class="visually-hidden">Status: </span>${STATUS_LABELS[status] ?? status}</strong
  >`;
}

/** Safety flags in NHS red; the hidden "Warning" tells screen reader users what the red says. */
export function flagTags(item: FeedbackItem) {
  const kinds = [...new Set((item.tags?.flags ?? []).map((f) => f.kind))];
  return kinds.map(
    (kind) =>
      html`<li class="tag tag--red"><span class="visually-hidden">Warning: </span>${FLAG_LABELS[kind] ?? kind}</li>`,
  );
}

export function topicTags(item: FeedbackItem) {
  const tags = item.tags;
  if (!tags) return [html`<li class="tag tag--grey">Not analysed yet</li>`];
  const sentiment = tags.needsHumanReading
    ? 'Needs a person to read'
    : tags.sentiment
      ? SENTIMENT_FILTER_LABELS[tags.sentiment.label]
      : 'Not scored';
  return [
    html`<li class="tag tag--purple"><span class="visually-hidden">Sentiment: </span>${sentiment}</li>`,
    ...tags.themes.map(
      ({ theme, polarity }) =>
        html`<li class="tag tag--grey">
          <span class="visually-hidden">Theme: </span
          >${THEME_LABELS[theme] ?? theme}${polarity !== 'neutral' ? ` (${polarity})` : ''}
        </li>`,
    ),
  ];
}

export function ratingText(item: FeedbackItem): string {
  return FFT_LABELS[item.rating] ?? item.rating;
}

export function channelText(item: FeedbackItem): string {
  return (CHANNEL_LABELS as Record<string, string>)[item.channel] ?? item.channel;
}

export function languageText(item: FeedbackItem): string {
  const tag = item.tags?.language;
  const name = languageName(tag?.code ?? item.language);
  return tag?.source === 'detected' ? `${name} (detected)` : name;
}

export function receivedText(item: FeedbackItem): string {
  return ukDateTime(item.receivedAt);
}

/** The redacted comments, one paragraph each with its question, matches marked. */
export function comments(item: FeedbackItem) {
  if (!item.comments.length) return html`<p class="muted">No comment, rating only.</p>`;
  return item.comments.map((c) =>
    commentParagraph(
      c.question,
      c.text === null ? html`<span class="muted">Waiting to be processed</span>` : markedText(c.text, c.highlights),
    ),
  );
}

/**
 * One answer: its question, then the patient's text in a span that keeps their line breaks. The
 * span holds nothing but the binding, so template indentation never shows as patient whitespace.
 */
export function commentParagraph(question: string, text: unknown) {
  return html`<p class="comment">
    <span class="question">${questionLabel(question)}:</span> <span class="patient-text">${text}</span>
  </p>`;
}
