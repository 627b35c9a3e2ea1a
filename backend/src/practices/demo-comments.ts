import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { QuestionId } from '../domain/feedback.js';
import { ROOT } from '../paths.js';

/**
 * Real patient comments (NHS England's pxtextmining phase 1, MIT licence; names already replaced
 * by "XXXX"): the whole file, `shared/data/patient-feedback-phase1.csv` beside the repository, for
 * benchmarks; not shipped.
 */
export const PHASE1_COMMENTS_PATH = path.join(ROOT, '..', 'shared', 'data', 'patient-feedback-phase1.csv');

/** 3,500 of them shipped with the backend for `npm start`'s demo feedback (`scripts/make-demo-comments.ts`). */
export const DEMO_COMMENTS_PATH = path.join(ROOT, 'backend', 'data', 'demo-comments.csv');

export interface DemoComment {
  text: string;
  /** How critical of the service, -5 (very) … +4 (praise), as people labelled it. */
  criticality: number;
  /** Which of our questions the trust's question corresponds to. */
  question: QuestionId;
}

/**
 * The trusts' questions as ours. The file does not hold their wording, so it was read off the
 * share of critical comments per question: Trust A Q1 and Trust C Q2 ask what could be better,
 * Trust A Q2 and Trust C Q1 what was good, Trust B Q1 is a general comment. The evaluation
 * scripts (`scripts/eval/dataset.ts`) read the file with the same map.
 */
export const PHASE1_QUESTIONS: Record<string, QuestionId> = {
  'Trust A - Q1': 'better',
  'Trust A - Q2': 'good',
  'Trust B - Q1': 'comment',
  'Trust C - Q1': 'good',
  'Trust C - Q2': 'better',
};

/** Every usable row: text present, criticality a whole number in range (a few rows hold stray values). */
export async function loadDemoComments(file = DEMO_COMMENTS_PATH): Promise<DemoComment[]> {
  const rows: Record<string, string | undefined>[] = parse(await readFile(file, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  });
  const comments: DemoComment[] = [];
  for (const row of rows) {
    const text = row.feedback?.trim();
    if (!text || !/^-?\d+$/.test(row.criticality ?? '')) continue;
    const criticality = Number(row.criticality);
    if (criticality < -5 || criticality > 4) continue;
    comments.push({ text, criticality, question: PHASE1_QUESTIONS[row.question ?? ''] ?? 'comment' });
  }
  return comments;
}
