/**
 * How well `tagThemes` finds the themes people labelled in the NHS patient-experience data. Called
 * by `scripts/eval-tagging.ts` with the held-out part; run on its own with
 * `npx tsx scripts/eval/themes-eval.ts` (held-out part) or `… --tune` (the part we tune on).
 *
 * The data is from hospital, community and mental-health trusts and has one phase-1 label per
 * comment, not our GP themes, so each label/subcategory is mapped to one of our themes, or to none
 * (LABEL_MAP below). Rows mapped to none are left out of the scores. A row counts as theme T when
 * its mapped label is T; a prediction of T is right when the row's mapped label is T.
 *
 * Read precision as a floor: the data gives each comment one label, so a second theme we find
 * correctly ("rude receptionist, long wait") counts against us.
 */
import type { FeedbackComment } from '../../backend/src/domain/feedback.js';
import { tagThemes } from '../../backend/src/domain/tagging/themes.js';
import { THEMES, type ThemeId, type ThemeTag } from '../../backend/src/domain/tags.js';
import { loadDataset, type LabelledComment, type ClassScores } from './dataset.js';

/**
 * The data's label → subcategory → our theme, or null for none. Found by reading the tuning part.
 *
 * Left out (null), because none of our themes is about them: the "Care received" catch-all and
 * its treatment-specific subcategories (activities, therapies, physical and emotional care,
 * advice and support, one-to-one time, rules of the ward, carer support, "made a difference");
 * Access/Location (home versus clinic); Food; Staffing levels; Feeling safe; and the
 * Miscellaneous odds and ends (funding, leave under the Mental Health Act, surveying, "nothing
 * was good"). "Everything was good/bad" counts as positive-experience only when the row is praise
 * (criticality above 0); the rest of it is left out.
 *
 * Staff attitude, competence and "staff: general" map to clinician-manner: in these trusts the
 * staff are nurses, therapists and doctors. Telephone, online services, reception and admin, and
 * test results have no label of their own here, so they are not scored.
 */
const LABEL_MAP: Record<string, Record<string, ThemeId | null>> = {
  Access: {
    General: 'access-appointments',
    'Provision of services': 'access-appointments',
    Location: null,
    'Time spent waiting between appointments': 'waiting-times',
    'Time spent waiting for first appt/referral/service': 'waiting-times',
  },
  'Care received': { Medication: 'prescriptions' },
  Communication: {
    'Amount/clarity of information': 'communication',
    Communication: 'communication',
    Listening: 'communication',
  },
  "Couldn't be improved": { 'Nothing to improve': 'positive-experience' },
  Dignity: {
    'Dignity: General': 'clinician-manner',
    'Respect For Diversity/ Person-Centeredness': 'clinician-manner',
    'Involvement: Of Service Users/Patients': 'communication',
    'Involvement: Of Family And Carers': 'communication',
    'Feeling safe including bullying': null,
  },
  'Environment/ facilities': {
    Cleanliness: 'environment',
    'Environment/ facilities': 'environment',
    'Facilities/equipment': 'environment',
    'Parking/transport': 'environment',
    Food: null,
  },
  Miscellaneous: { 'Nothing to improve': 'positive-experience', 'Everything was good/bad': 'positive-experience' },
  Staff: {
    'Attitude Of Staff': 'clinician-manner',
    'Professionalism/Competence Of Staff': 'clinician-manner',
    'Staff: General': 'clinician-manner',
    'Staffing levels': null,
  },
  'Transition/coordination': {
    'Consistency/Continuity of care': 'referrals-continuity',
    'Coordination/Integration Of Care': 'referrals-continuity',
    'Transition And Discharge': 'referrals-continuity',
    'Transition/ coordination: General': 'referrals-continuity',
  },
};

/** Our theme for a labelled row, or null when the row is left out of the scores. */
export function mappedTheme(row: LabelledComment): ThemeId | null {
  const theme = LABEL_MAP[row.label.trim()]?.[row.subcategory.trim()] ?? null;
  if (row.subcategory.trim() === 'Everything was good/bad' && row.criticality <= 0) return null;
  return theme;
}

interface Scored {
  row: LabelledComment;
  truth: ThemeId;
  predicted: ThemeTag[];
}

/** Tags each row that maps to a theme, as the worker would tag a one-answer submission. */
export function tagRows(rows: LabelledComment[]): Scored[] {
  const scored: Scored[] = [];
  for (const row of rows) {
    const truth = mappedTheme(row);
    if (!truth) continue;
    const comment: FeedbackComment = { question: row.question, text: row.text };
    scored.push({ row, truth, predicted: tagThemes([comment]) });
  }
  return scored;
}

/** Per-theme precision, recall, F1 and support, with micro and macro averages. */
export function scoreThemes(scored: Scored[]): {
  perTheme: Partial<Record<ThemeId, ClassScores>>;
  micro: ClassScores;
  macroF1: number;
} {
  const themes = THEMES.filter((theme) => scored.some((s) => s.truth === theme));
  const perTheme: Partial<Record<ThemeId, ClassScores>> = {};
  let [tpAll, fpAll, fnAll] = [0, 0, 0];
  for (const theme of themes) {
    const found = (s: Scored) => s.predicted.some((tag) => tag.theme === theme);
    const tp = scored.filter((s) => s.truth === theme && found(s)).length;
    const fp = scored.filter((s) => s.truth !== theme && found(s)).length;
    const fn = scored.filter((s) => s.truth === theme && !found(s)).length;
    perTheme[theme] = scores(tp, fp, fn);
    [tpAll, fpAll, fnAll] = [tpAll + tp, fpAll + fp, fnAll + fn];
  }
  const macroF1 = themes.reduce((sum, theme) => sum + perTheme[theme]!.f1, 0) / (themes.length || 1);
  return { perTheme, micro: scores(tpAll, fpAll, fnAll), macroF1 };
}

function scores(tp: number, fp: number, fn: number): ClassScores {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: tp + fn };
}

/**
 * Where the labelled theme was found, whether its polarity agrees with the row's criticality
 * (positive, negative, or neutral for the data's neutral-or-mixed).
 */
function polarityAgreement(scored: Scored[]): { agree: number; of: number } {
  let agree = 0;
  let of = 0;
  for (const s of scored) {
    const tag = s.predicted.find((t) => t.theme === s.truth);
    if (!tag) continue;
    of++;
    const expected = s.row.sentiment === 'neutral-or-mixed' ? 'neutral' : s.row.sentiment;
    if (tag.polarity === expected) agree++;
  }
  return { agree, of };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);

/** Prints the themes section of the tagging evaluation for the given (held-out) rows. */
export async function printThemesSection(heldOut: LabelledComment[], part = 'Held-out'): Promise<void> {
  const started = performance.now();
  const scored = tagRows(heldOut);
  const micros = ((performance.now() - started) * 1000) / Math.max(1, scored.length);
  const { perTheme, micro, macroF1 } = scoreThemes(scored);
  const lines = [
    `${part} part: ${scored.length} of ${heldOut.length} rows map to one of our themes (LABEL_MAP, scripts/eval/themes-eval.ts)`,
    '',
    `${'theme'.padEnd(22)}${'precision'.padStart(10)}${'recall'.padStart(8)}${'F1'.padStart(8)}${'support'.padStart(9)}`,
  ];
  for (const [theme, s] of Object.entries(perTheme) as [ThemeId, ClassScores][]) {
    lines.push(
      `${theme.padEnd(22)}${pct(s.precision).padStart(10)}${pct(s.recall).padStart(8)}${pct(s.f1).padStart(8)}${String(s.support).padStart(9)}`,
    );
  }
  lines.push(
    `${'micro average'.padEnd(22)}${pct(micro.precision).padStart(10)}${pct(micro.recall).padStart(8)}${pct(micro.f1).padStart(8)}${String(micro.support).padStart(9)}`,
    `${'macro F1'.padEnd(22)}${''.padStart(18)}${pct(macroF1).padStart(8)}`,
  );
  const unscored = THEMES.filter((theme) => !(theme in perTheme));
  const counts = unscored.map((t) => `${t} ${scored.filter((s) => s.predicted.some((p) => p.theme === t)).length}`);
  const { agree, of } = polarityAgreement(scored);
  lines.push(
    '',
    `Not scored (no such label in the data), times predicted on these rows: ${counts.join(', ')}.`,
    `Rows with no theme predicted: ${scored.filter((s) => s.predicted.length === 0).length}.`,
    `Polarity of the labelled theme, where found, agrees with the row's criticality: ${pct(of ? agree / of : 0).trim()} (${agree}/${of}).`,
    'Precision is a floor: one label per row, so a second theme found correctly counts as a false positive.',
    `Speed: ${micros.toFixed(1)} µs per comment (one pass, no warm-up).`,
    '',
  );
  console.log(lines.join('\n'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { tune, heldOut } = await loadDataset();
  console.log('## Themes\n');
  if (process.argv.includes('--tune')) await printThemesSection(tune, 'Tuning');
  else await printThemesSection(heldOut);
}
