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

/**
 * The languages the widget speaks (ISO 639-1), in the picker's order. The widget's own table
 * (`widget/src/i18n/languages.ts`) names them; a test keeps the two lists equal, so a language
 * added to the widget cannot be missing here, where practices choose which ones they offer.
 */
export const WIDGET_LANGUAGES = ['en', 'ar', 'bn', 'es', 'gu', 'lt', 'pa', 'pl', 'pt', 'ro', 'so', 'ur'] as const;
export type WidgetLanguage = (typeof WIDGET_LANGUAGES)[number];

/** The ODS status of a practice, as epraccur column 13 gives it (A, C, D, P). */
export const PRACTICE_STATUSES = ['active', 'closed', 'dormant', 'proposed'] as const;
export type PracticeStatus = (typeof PRACTICE_STATUSES)[number];

/**
 * Who a practice belonged to over one stretch of time: its Primary Care Network, its Integrated
 * Care Board and its commissioner code. Effective-dated because these change on a date (CCGs gave
 * way to ICBs on 1 July 2022; ICBs merge from April 2026), and an area's figures for a past month
 * must count the practices that were in it then, not the ones in it today.
 */
export interface PracticeAssignment {
  /** ODS code of the Primary Care Network, e.g. U12345; null when not known or not in one. */
  pcnCode: string | null;
  pcnName: string | null;
  /** ODS code of the Integrated Care Board, e.g. QK1; null before ICBs existed or when not known. */
  icbCode: string | null;
  icbName: string | null;
  /** The commissioner code epraccur gave (the CCG in 2019); null for assignments entered by hand. */
  commissioner: string | null;
  /** First day, `YYYY-MM-DD`, included. */
  from: string;
  /** Last day, `YYYY-MM-DD`, included; null while it lasts. */
  to: string | null;
}

/** A GP practice from the NHS Organisation Data Service (ODS) directory, with its widget settings. */
export interface Practice {
  /** ODS code, e.g. C82001. */
  code: string;
  name: string;
  postcode: string;
  /** The commissioner code of the last epraccur import (a CCG in the 2019 file). */
  commissioner: string;
  status: PracticeStatus;
  /** `YYYY-MM-DD` from epraccur, or null when not known (practices stored before imports kept them). */
  openedOn: string | null;
  closedOn: string | null;
  /** Address lines before the postcode, empty ones left out, e.g. ["Smeeton Road", "Kibworth"]. */
  address: string[];
  /** The practice's public telephone number from epraccur, as written there. */
  phone: string | null;
  /** PCN and ICB over time, oldest first, never overlapping (`domain/practice-assignment.ts`). */
  assignments: PracticeAssignment[];
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
  /**
   * The languages the widget offers patients of this practice, in the picker's order. Every one
   * by default: a practice narrows the list only when it cannot read or answer some of them.
   */
  languages: WidgetLanguage[];
}

/** The settings a practice changes itself (staff API `practice:settings`). */
export type PracticeSettingsFields =
  'allowedOrigins' | 'questions' | 'aboutYouEnabled' | 'complaintsUrl' | 'contacts' | 'emailIncludesText' | 'languages';

/**
 * Settings a practice starts with: default questions, no "about you", no registered websites, no
 * email contacts, no comment text in email, and every language.
 */
export const DEFAULT_PRACTICE_SETTINGS: Pick<Practice, PracticeSettingsFields> = {
  allowedOrigins: [],
  questions: { good: null, better: null },
  aboutYouEnabled: false,
  complaintsUrl: null,
  contacts: [],
  emailIncludesText: false,
  languages: [...WIDGET_LANGUAGES],
};

/**
 * Directory fields a practice has when nothing better is known: what old stored practices (from
 * before the directory kept them) read as, and what a practice made in a test starts with.
 */
export const DEFAULT_DIRECTORY_FIELDS: Pick<
  Practice,
  'status' | 'openedOn' | 'closedOn' | 'address' | 'phone' | 'assignments'
> = {
  status: 'active',
  openedOn: null,
  closedOn: null,
  address: [],
  phone: null,
  assignments: [],
};

/** ODS practice codes: one letter, five digits (e.g. C82001), or the newer alphanumeric forms. */
export const ODS_CODE = /^[A-Z][0-9A-Z]{4,5}$/;

export { assignmentOn } from './practice-assignment.js';
