/**
 * What a practice writes about a submission: a public reply (shown with the published feedback)
 * or a private note (staff only). Replies are the practice's voice, never the patient's data.
 */
export type ResponseKind = 'public-reply' | 'private-note';

export interface FeedbackResponse {
  id: string;
  feedbackId: string;
  practiceCode: string;
  kind: ResponseKind;
  text: string;
  authorId: string;
  /** Shown with a public reply, e.g. "Practice manager, South Leicestershire Medical Partnership". */
  authorLabel: string;
  createdAt: Date;
}

/** "You said, we did": a change the practice made because of feedback, for the public stories view. */
export interface YouSaidWeDid {
  id: string;
  practiceCode: string;
  youSaid: string;
  weDid: string;
  /** Submissions that prompted it (same practice only). */
  feedbackIds: string[];
  authorId: string;
  createdAt: Date;
}
