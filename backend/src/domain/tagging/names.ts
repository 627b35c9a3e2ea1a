import nlp from 'compromise';

/**
 * People's names in a comment, found with the `compromise` tagger (its lexicon of first and last
 * names and its part-of-speech tags tell "dr patel" from "dr explained", and "receptionist Will
 * call" from "Nurse Jenny"), and the rules below on top:
 *
 * - After a title (Dr, Mr, Mrs, Ms, Miss, Mx, Prof, Sister, Matron…) or a role (nurse,
 *   receptionist, pharmacist, health visitor, practice manager…): the next one to three words
 *   are a name if capitalised, or, in lower case, if the tagger calls them a person. "Dr Who" is
 *   redacted; "Dr" alone, "the receptionist was rude" and "Nurse practitioner" are not.
 * - With no title: a capitalised word the tagger knows as a first name ("Sarah on reception"),
 *   with a capitalised surname after it. Lower-case first names without a title are left: "will",
 *   "mark", "bill", "hope" are far more often words.
 * - Words that are names and words ("Will", "May", "Mark", "Hope") count as names only when a verb
 *   like "was" or punctuation follows ("Nurse May was kind", not "the nurse May 12th").
 * - "GP", "NHS" and other titles or roles are never names themselves.
 */
export interface NameSpan {
  start: number;
  end: number;
}

const ABBREVIATED_TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'st', 'sr']);

const TITLES = new Set(['dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'professor', 'sister', 'matron']);

const ROLES = new Set([
  'nurse',
  'receptionist',
  'pharmacist',
  'paramedic',
  'midwife',
  'physio',
  'physiotherapist',
  'visitor',
  'manager',
  'hca',
  'locum',
  'gp',
  'counsellor',
  'therapist',
  'consultant',
  'surgeon',
  'phlebotomist',
  'prescriber',
  'practitioner',
  'coordinator',
  'navigator',
  'dietitian',
  'receptionists',
  'nurses',
  'doctors',
  'partner',
  'registrar',
  'trainee',
  'student',
  'worker',
  'assistant',
]);

/** Lower-case words after a title that are never names, whatever the tagger says ("Dr Who" is). */
const NOT_NAMES = new Set(['who', 'which', 'that', 'and', 'or', 'the', 'a', 'an', 'at', 'in', 'on', 'of']);

/** Names that are also everyday words or months. */
const AMBIGUOUS = new Set([
  'will',
  'may',
  'mark',
  'hope',
  'grace',
  'faith',
  'joy',
  'dawn',
  'rose',
  'summer',
  'april',
  'june',
  'august',
  'march',
  'bill',
  'pat',
  'sue',
  'frank',
  'rob',
  'jack',
  'nick',
  'penny',
  'holly',
  'ruby',
  'amber',
  'sky',
  'don',
  'drew',
  'chase',
  'guy',
  'miles',
  'sandy',
  'art',
  'lance',
  'dot',
]);

/** Months are names only straight after a title or role ("Nurse May"), never "in April". */
const MONTHS = new Set(['may', 'june', 'april', 'august', 'march']);

/** Capitalised nouns that follow a role as part of a service's name ("GP Visit", "Nurse Team"). */
const SERVICE_WORDS = new Set([
  'team',
  'visit',
  'appointment',
  'service',
  'services',
  'clinic',
  'practice',
  'surgery',
  'station',
  'room',
  'review',
  'check',
  'department',
  'unit',
  'facilities',
  'communication',
  'led',
  'home',
  'hub',
  'centre',
  'hospital',
]);

/** What may follow an ambiguous word for it to be a name: a verb of saying or being, or an end. */
const NAME_CONTEXT_AFTER =
  /^(?:was|is|has|had|and|said|told|called|rang|did|does|gave|helped|explained|listened|who|from|on|at|in)$/;

interface Term {
  word: string;
  lower: string;
  start: number;
  end: number;
  tags: Set<string>;
  capitalised: boolean;
  /** Punctuation straight after the word (a comma or full stop ends a name). */
  post: string;
}

function termsOf(text: string): Term[] {
  const json = nlp(text).terms().json({ offset: true }) as {
    offset: { start: number; length: number };
    terms: { tags: string[]; post: string }[];
  }[];
  return json.flatMap(({ offset, terms }) => {
    const raw = text.slice(offset.start, offset.start + offset.length);
    // Numbers stay in as terms ("May 12th"), so that what follows a word is known.
    const word = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.-]*/u.exec(raw)?.[0].replace(/[.'’-]+$/u, '') ?? '';
    if (!word) return [];
    return [
      {
        word,
        lower: word.toLowerCase(),
        start: offset.start,
        end: offset.start + word.length,
        tags: new Set(terms[0]?.tags ?? []),
        capitalised: /^\p{Lu}/u.test(word) && !/^\p{Lu}{2,3}$/u.test(word),
        post: terms[0]?.post ?? '',
      },
    ];
  });
}

const isTitleOrRole = (t: Term) => TITLES.has(t.lower) || ROLES.has(t.lower);
/** Punctuation ends a name, except the dot of "Dr." or of an initial ("A. Khan"). */
const endsPhrase = (t: Term) =>
  /[,;:!?()]/.test(t.post) || (t.post.includes('.') && !ABBREVIATED_TITLES.has(t.lower) && !isInitial(t));
/** "A." in "Dr A. Khan"; never "I". */
const isInitial = (t: Term) => /^\p{Lu}$/u.test(t.word) && t.word !== 'I' && t.post.startsWith('.');
const NOT_A_NAME_PART = ['Verb', 'Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'Adverb', 'Adjective'];
const taggedPerson = (t: Term) =>
  t.tags.has('Person') &&
  !['Verb', 'Adverb', 'Adjective', 'Pronoun', 'Preposition', 'Determiner'].some((g) => t.tags.has(g));

/** Whether `terms[i]` reads as a name; `afterTitle`: it follows a title or role. */
function readsAsName(terms: Term[], i: number, afterTitle: boolean): boolean {
  const t = terms[i];
  if (isTitleOrRole(t) || SERVICE_WORDS.has(t.lower) || (!t.capitalised && NOT_NAMES.has(t.lower))) return false;
  if (MONTHS.has(t.lower) && !afterTitle) return false;
  if (AMBIGUOUS.has(t.lower)) {
    const next = terms[i + 1];
    return t.capitalised && (endsPhrase(t) || !next || NAME_CONTEXT_AFTER.test(next.lower));
  }
  // Capitalised after a title, unless the tagger calls it a pronoun, adjective or the like ("the nurse I saw").
  if (afterTitle)
    return taggedPerson(t) || isInitial(t) || (t.capitalised && !NOT_A_NAME_PART.some((g) => t.tags.has(g)));
  return t.capitalised && t.tags.has('FirstName');
}

/** The spans of people's names in `text`, in order, not overlapping. */
export function findNames(text: string): NameSpan[] {
  const terms = termsOf(text);
  const spans: NameSpan[] = [];
  for (let i = 0; i < terms.length; i++) {
    const afterTitle = i > 0 && isTitleOrRole(terms[i - 1]) && !endsPhrase(terms[i - 1]);
    if (!readsAsName(terms, i, afterTitle)) continue;
    let last = i;
    // A surname or middle name: capitalised, or a person in lower case after a title.
    while (last + 1 < terms.length && last - i < 2 && !endsPhrase(terms[last])) {
      const next = terms[last + 1];
      const nameLike =
        !isTitleOrRole(next) &&
        !SERVICE_WORDS.has(next.lower) &&
        !NOT_A_NAME_PART.some((g) => next.tags.has(g)) &&
        !AMBIGUOUS.has(next.lower) &&
        (next.capitalised || (afterTitle && taggedPerson(next) && !NOT_NAMES.has(next.lower)));
      if (!nameLike) break;
      last++;
    }
    spans.push({ start: terms[i].start, end: terms[last].end });
    i = last;
  }
  return spans;
}
