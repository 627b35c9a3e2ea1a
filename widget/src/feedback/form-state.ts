import type { AgeBand, RespondentRole } from '../../../backend/src/domain/feedback.js';
import type { FftRating } from '../../../backend/src/domain/fft.js';
import type { Strings } from '../i18n/en.js';

/** What the patient has entered so far. Contact details are sent only while `consent` is ticked. */
export interface Answers {
  rating: FftRating | null;
  good: string;
  better: string;
  ageBand: AgeBand | null;
  role: RespondentRole | null;
  consent: boolean;
  name: string;
  email: string;
  phone: string;
}

export const NO_ANSWERS: Answers = {
  rating: null,
  good: '',
  better: '',
  ageBand: null,
  role: null,
  consent: false,
  name: '',
  email: '',
  phone: '',
};

/** An answer that needs fixing: the id of the control to fix, and the key of its message. */
export interface Problem {
  id: 'rating' | 'email' | 'phone';
  message: 'errorChooseRating' | 'errorContactMissing' | 'errorEmail' | 'errorPhone';
}

/** The same checks the API makes, in the order the fields appear. */
export function problems(a: Answers): Problem[] {
  const found: Problem[] = [];
  if (!a.rating) found.push({ id: 'rating', message: 'errorChooseRating' });
  if (!a.consent) return found;
  const email = a.email.trim();
  const phone = a.phone.trim();
  if (!email && !phone) found.push({ id: 'email', message: 'errorContactMissing' });
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) found.push({ id: 'email', message: 'errorEmail' });
  if (phone && !/^\+?[0-9 ()-]{7,20}$/.test(phone)) found.push({ id: 'phone', message: 'errorPhone' });
  return found;
}

/** What the form's sections read and call: the component implements it. */
export interface FormView {
  t: Strings;
  /** False until the text of `LaterStrings` has arrived (English only): parts using it wait. */
  complete: boolean;
  answers: Answers;
  /** The problem with a control, once the patient has tried to send. */
  problem(id: Problem['id']): Problem | undefined;
  change<K extends keyof Answers>(key: K, value: Answers[K]): void;
}
