/** The practice's own wording for the two free-text questions; null means the translated default. */
export interface PracticeQuestions {
  good: string | null;
  better: string | null;
}

/** Someone at the practice who receives its alerts and daily digest by email. */
export interface PracticeContact {
  name: string;
  email: string;
}

/** A GP practice from the NHS Organisation Data Service (ODS) directory, with its widget settings. */
export interface Practice {
  /** ODS code, e.g. C82001. */
  code: string;
  name: string;
  postcode: string;
  /** The 2019 commissioner (CCG) code from epraccur; ICB assignment with dates comes later. */
  commissioner: string;
  /** Website origins allowed to embed the widget (CORS), e.g. https://www.example-surgery.nhs.uk. */
  allowedOrigins: string[];
  questions: PracticeQuestions;
  /** Ask the optional "about you" questions (age band, patient or carer). Off by default. */
  aboutYouEnabled: boolean;
  /** Where complaints that need a reply go (the widget says it is not for complaints). */
  complaintsUrl: string | null;
  /** Who receives the practice's alerts about flagged feedback and its daily digest. */
  contacts: PracticeContact[];
  /**
   * Put the (redacted) comment text into the daily digest email. Off by default: email leaves
   * the practice's control, so by default it carries counts and links only. Flagged comments stay
   * out of email whatever this says.
   */
  emailIncludesText: boolean;
}

/**
 * Settings a practice starts with: default questions, no "about you", no registered websites, no
 * email contacts, and no comment text in email.
 */
export const DEFAULT_PRACTICE_SETTINGS: Pick<
  Practice,
  'allowedOrigins' | 'questions' | 'aboutYouEnabled' | 'complaintsUrl' | 'contacts' | 'emailIncludesText'
> = {
  allowedOrigins: [],
  questions: { good: null, better: null },
  aboutYouEnabled: false,
  complaintsUrl: null,
  contacts: [],
  emailIncludesText: false,
};

/** ODS practice codes: one letter, five digits (e.g. C82001), or the newer alphanumeric forms. */
export const ODS_CODE = /^[A-Z][0-9A-Z]{4,5}$/;
