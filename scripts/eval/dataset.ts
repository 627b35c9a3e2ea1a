/**
 * The labelled patient-experience comments of `shared/data/patient-feedback-phase1.csv` (NHS
 * England's pxtextmining phase 1, MIT licence), split once and for all into a part we may tune
 * on and a held-out part we never tune on. The split is by `row_index`, so it never moves.
 */
import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { QuestionId } from '../../backend/src/domain/feedback.js';
import { ROOT } from '../../backend/src/paths.js';
import { PHASE1_QUESTIONS } from '../../backend/src/practices/demo-comments.js';

export const DATASET_PATH =
  process.env.FEEDBACK_DATASET ?? path.join(ROOT, '..', 'shared', 'data', 'patient-feedback-phase1.csv');

/** Three classes, as the NHS text-mining project scored them. */
export type SentimentClass = 'positive' | 'neutral-or-mixed' | 'negative';

export interface LabelledComment {
  rowIndex: number;
  text: string;
  /** How critical of the service, -5 … +4 (0 neutral). Rows with stray values are left out. */
  criticality: number;
  sentiment: SentimentClass;
  /** The project's phase-1 theme label and subcategory. */
  label: string;
  subcategory: string;
  organization: string;
  /** e.g. "Trust A - Q1". */
  sourceQuestion: string;
  /**
   * Which of our questions that one corresponds to. The trusts' question wording is not in the
   * file, so it is read off the share of critical comments per question in the tuning part (the
   * held-out part agrees): Trust A Q1 and Trust C Q2 ask what could be improved, Trust A Q2 and
   * Trust C Q1 what was good, and Trust B Q1 is a general comment.
   */
  question: QuestionId;
}

/** Held out: three rows in ten, by row_index. Never tune on these. */
export const isHeldOut = (rowIndex: number): boolean => rowIndex % 10 < 3;

export function sentimentClass(criticality: number): SentimentClass {
  if (criticality > 0) return 'positive';
  if (criticality < 0) return 'negative';
  return 'neutral-or-mixed';
}

export async function loadDataset(
  file = DATASET_PATH,
): Promise<{ tune: LabelledComment[]; heldOut: LabelledComment[] }> {
  const rows: Record<string, string>[] = parse(await readFile(file, 'utf8'), { columns: true, skip_empty_lines: true });
  const comments: LabelledComment[] = [];
  for (const row of rows) {
    if (!/^-?\d+$/.test(row.criticality) || !row.feedback?.trim()) continue;
    const criticality = Number(row.criticality);
    if (criticality < -5 || criticality > 4) continue;
    comments.push({
      rowIndex: Number(row.row_index),
      text: row.feedback.trim(),
      criticality,
      sentiment: sentimentClass(criticality),
      label: row.label,
      subcategory: row.subcategory,
      organization: row.organization,
      sourceQuestion: row.question,
      question: PHASE1_QUESTIONS[row.question] ?? 'comment',
    });
  }
  return {
    tune: comments.filter((c) => !isHeldOut(c.rowIndex)),
    heldOut: comments.filter((c) => isHeldOut(c.rowIndex)),
  };
}

export interface ClassScores {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** Precision, recall and F1 per class, and their unweighted mean (macro-F1). */
export function scoreClasses<C extends string>(
  classes: readonly C[],
  pairs: { truth: C; predicted: C }[],
): { perClass: Record<C, ClassScores>; macroF1: number } {
  const perClass = {} as Record<C, ClassScores>;
  for (const c of classes) {
    const tp = pairs.filter((p) => p.truth === c && p.predicted === c).length;
    const fp = pairs.filter((p) => p.truth !== c && p.predicted === c).length;
    const fn = pairs.filter((p) => p.truth === c && p.predicted !== c).length;
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perClass[c] = { precision, recall, f1, support: tp + fn };
  }
  const macroF1 = classes.reduce((sum, c) => sum + perClass[c].f1, 0) / classes.length;
  return { perClass, macroF1 };
}
