import { commentText, type FeedbackRecord } from '../feedback.js';
import { PII_KINDS, type FeedbackTags, type PiiKind } from '../tags.js';
import { detectFlags } from './flags.js';
import { detectLanguage, isEnglish } from './language.js';
import { redactPersonalDetails } from './redact.js';
import { scoreSentiment } from './sentiment.js';
import { tagThemes } from './themes.js';

/** What `analyseFeedback` reads of a submission: its answer, its words and the language declared. */
export type AnalysableFeedback = Pick<FeedbackRecord, 'rating' | 'comments' | 'language'>;

/**
 * Everything the worker learns from one submission's words, by composing the pure taggers. No I/O
 * and no clock, so the same submission always gives the same tags.
 *
 * - Language first: the widget's declared language, checked against the text.
 * - Not English: sentiment and themes are English word lists and would mislabel the text, so they
 *   are left out and a person reads it (`needsHumanReading`).
 * - Safety flags run on every comment whatever the language: the patterns are English, but a
 *   false alarm costs a minute of someone's time and a miss can cost far more.
 * - Every comment is redacted, for any display outside the practice's own inbox.
 * - A rating with no words has nothing to read: no sentiment, themes or flags.
 */
export function analyseFeedback(record: AnalysableFeedback): FeedbackTags {
  const text = commentText(record);
  const hasWords = text.trim().length > 0;
  const language = detectLanguage(text, record.language || null);
  const readable = hasWords && isEnglish(language);
  const redactions = record.comments.map(({ question, text: said }) => ({
    question,
    result: redactPersonalDetails(said),
  }));
  const found = new Set<PiiKind>();
  for (const { result } of redactions) {
    for (const { kind, count } of result.found) if (count > 0) found.add(kind);
  }
  return {
    language,
    needsHumanReading: hasWords && !readable,
    sentiment: readable ? scoreSentiment({ comments: record.comments, rating: record.rating }) : null,
    themes: readable ? tagThemes(record.comments) : [],
    flags: hasWords ? detectFlags(text) : [],
    redactedComments: redactions.map(({ question, result }) => ({ question, text: result.text })),
    pii: PII_KINDS.filter((kind) => found.has(kind)),
  };
}
