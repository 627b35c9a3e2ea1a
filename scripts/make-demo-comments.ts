/**
 * Cut `backend/data/demo-comments.csv` from `../shared/data/patient-feedback-phase1.csv`: 3,500
 * usable comments (every rude-receptionist one, then every k-th short one, so the trusts,
 * questions and criticalities keep their proportions), so `npm start` has demo feedback on a
 * machine without the shared data. Run: `npx tsx scripts/make-demo-comments.ts`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { ROOT } from '../backend/src/paths.js';
import { PHASE1_COMMENTS_PATH } from '../backend/src/practices/demo-comments.js';

const TARGET = 3500;
const MAX_LENGTH = 500;
const rude = (text: string) => /\brude/i.test(text) && /\breceptionist/i.test(text);

const rows: Record<string, string>[] = parse(await readFile(PHASE1_COMMENTS_PATH, 'utf8'), {
  columns: true,
  skip_empty_lines: true,
});
const usable = rows.filter(
  (row) =>
    row.feedback?.trim() &&
    /^-?\d+$/.test(row.criticality ?? '') &&
    Number(row.criticality) >= -5 &&
    Number(row.criticality) <= 4 &&
    (rude(row.feedback) || row.feedback.trim().length <= MAX_LENGTH),
);
const step = usable.length / TARGET;
const picked = usable.filter((row, i) => rude(row.feedback) || Math.floor(i / step) !== Math.floor((i - 1) / step));
const out = picked.map(({ feedback, criticality, question }) => ({ feedback: feedback.trim(), criticality, question }));
const target = path.join(ROOT, 'backend', 'data', 'demo-comments.csv');
await writeFile(target, stringify(out, { header: true, columns: ['feedback', 'criticality', 'question'] }));
process.stdout.write(
  `${out.length} comments (${out.filter((r) => rude(r.feedback)).length} rude receptionists) → ${target}\n`,
);
