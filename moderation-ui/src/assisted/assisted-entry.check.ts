import type { AssistedEntry, SaveResult } from '../api/assisted-api.js';
import { FIELD_IDS, type EntryValues, type Field, type Problem } from './assisted-entry.fields.js';

/** Roughly a printed form number (`F-7K3Q9X`); the server reads it exactly, by Crockford's rules. */
const FORM_NUMBER = /^F?[0-9A-Z]{6}$/;

/** `YYYY-MM-DD` of a local date. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `21/11/2026` or `2026-11-21` as `2026-11-21`; null when it is no calendar date. */
export function parseFormDate(value: string): string | null {
  const text = value.trim();
  let y: number, m: number, d: number;
  const uk = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (uk) [d, m, y] = [Number(uk[1]), Number(uk[2]), Number(uk[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** `2026-11-21` as `21/11/2026`. */
export function ukDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** The problems with one form, or the entry to send when there are none. */
export function checkEntry(
  values: EntryValues,
  practice: string,
  submissionId: string,
): { problems: Problem[]; entry: AssistedEntry | null } {
  const problems: Problem[] = [];
  if (!values.channel) problems.push({ field: 'channel', message: 'Select how the feedback was given' });
  const number = values.formNumber.trim().toUpperCase();
  if (number && !FORM_NUMBER.test(number.replace(/[\s-]/g, ''))) {
    problems.push({ field: 'formNumber', message: 'Enter the form number as printed on the form, like F-7K3Q9X' });
  }
  const date = parseFormDate(values.formDate);
  const today = isoDate(new Date());
  const yearAgo = new Date();
  yearAgo.setDate(yearAgo.getDate() - 366);
  if (!values.formDate.trim()) problems.push({ field: 'formDate', message: 'Enter the date of the form or call' });
  else if (!date) {
    problems.push({
      field: 'formDate',
      message: 'Enter the date of the form or call as a real date, like 21/11/2026',
    });
  } else if (date > today)
    problems.push({ field: 'formDate', message: 'The date of the form or call must be today or in the past' });
  else if (date < isoDate(yearAgo)) {
    problems.push({ field: 'formDate', message: 'The date of the form or call must be within the last year' });
  }
  if (!values.rating) problems.push({ field: 'rating', message: 'Select the patient’s answer to the question' });
  if (!values.agreed) {
    problems.push({
      field: 'agreed',
      message: 'Confirm the patient agreed to this feedback being given and these are their words',
    });
  }
  if (problems.length > 0 || !date) return { problems, entry: null };
  const comments: AssistedEntry['comments'] = [];
  if (values.good.trim()) comments.push({ question: 'good', text: values.good.trim() });
  if (values.better.trim()) comments.push({ question: 'better', text: values.better.trim() });
  return {
    problems,
    entry: {
      submissionId,
      practiceCode: practice.toUpperCase(),
      channel: values.channel,
      formDate: date,
      formNumber: number || null,
      rating: values.rating,
      comments,
      agreed: true,
    },
  };
}

/** The problems to show when the service turned a form down. */
export function rejectionProblems(result: Exclude<SaveResult, { kind: 'saved' }>): Problem[] {
  if (result.kind === 'duplicate') {
    // No receipt: not a repeated form number but an earlier attempt, lost on the way back,
    // that reached the service with other answers. A new id lets the helper choose.
    return [
      result.receipt
        ? { field: 'formNumber', message: `${result.message}. Check the form number, or clear this form.` }
        : {
            field: null,
            message:
              'An earlier try to save this form reached the service with different answers. Press “Save and enter the next one” again to save these answers too, or “Clear this form”.',
          },
    ];
  }
  if (result.kind === 'invalid') {
    const known = new Set(Object.keys(FIELD_IDS));
    return result.fields.length
      ? result.fields.map((f) => {
          const field = f.field.split('.')[0]!;
          return { field: known.has(field) ? (field as Field) : null, message: `${f.field}: ${f.problem}` };
        })
      : [{ field: null, message: result.message }];
  }
  return [{ field: null, message: result.message }];
}
