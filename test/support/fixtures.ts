import { randomUUID } from 'node:crypto';
import type { FeedbackRecord } from '../../backend/src/domain/feedback.js';
import {
  DEFAULT_DIRECTORY_FIELDS,
  DEFAULT_PRACTICE_SETTINGS,
  type Practice,
} from '../../backend/src/domain/practice.js';
import { newReceipt } from '../../backend/src/domain/receipt.js';
import type { FeedbackTags } from '../../backend/src/domain/tags.js';

/**
 * An active practice with default settings and one registered website, `https://<code>.example`,
 * and no directory details (address, dates, PCN or ICB) unless `fields` gives them.
 */
export function makePractice(code: string, fields: Partial<Practice> = {}): Practice {
  return {
    code,
    name: `Surgery ${code}`,
    postcode: 'LE1 6TP',
    commissioner: '04C',
    ...structuredClone(DEFAULT_DIRECTORY_FIELDS),
    ...structuredClone(DEFAULT_PRACTICE_SETTINGS),
    allowedOrigins: [`https://${code.toLowerCase()}.example`],
    ...fields,
  };
}

/** A stored-shape submission for C82001, received now, with one general comment. */
export function makeFeedback(fields: Partial<FeedbackRecord> = {}): FeedbackRecord {
  return {
    id: randomUUID(),
    submissionId: randomUUID(),
    receipt: newReceipt(),
    practiceCode: 'C82001',
    rating: 'good',
    comments: [{ question: 'comment', text: 'The receptionist was kind and found me an appointment.' }],
    aboutYou: null,
    contact: null,
    channel: 'web',
    language: 'en',
    clientSubmittedAt: null,
    state: 'received',
    receivedAt: new Date(),
    processedAt: null,
    tags: null,
    alertSentAt: null,
    assistedBy: null,
    ...fields,
  };
}

/** Tags as the worker would store them for a positive English comment; override what a test needs. */
export function makeTags(fields: Partial<FeedbackTags> = {}): FeedbackTags {
  return {
    language: { code: 'en', source: 'widget' },
    needsHumanReading: false,
    sentiment: { label: 'positive', score: 0.6, raw: { score: 3, comparative: 0.375, label: 'positive' } },
    themes: [{ theme: 'reception-admin', polarity: 'positive' }],
    flags: [],
    redactedComments: [{ question: 'comment', text: 'The receptionist was kind and found me an appointment.' }],
    pii: [],
    ...fields,
  };
}

/** Tags with one safety flag. */
export function flaggedTags(fields: Partial<FeedbackTags> = {}): FeedbackTags {
  return makeTags({
    sentiment: { label: 'negative', score: -0.7, raw: { score: -4, comparative: -0.4, label: 'negative' } },
    themes: [],
    flags: [{ kind: 'self-harm', rule: 'self-harm-intent' }],
    ...fields,
  });
}
