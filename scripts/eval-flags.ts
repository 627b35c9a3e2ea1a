/**
 * `npm run eval:flags`: precision and recall of the safety-flag detector per kind and overall, on
 * the examples written before the rules were tuned and on the check set written after. With
 * `--mistakes`, lists what it got wrong (the examples are made up, so printing them is safe). With
 * `--real`, also counts the flags raised on the held-out part of the real comments (unlabelled for
 * safety, so a rate to watch, not a score) and times the detector on them.
 */
import { detectFlags } from '../backend/src/domain/tagging/flags.js';
import { FLAG_KINDS } from '../backend/src/domain/tags.js';
import { FLAG_CHECK_EXAMPLES } from '../test/fixtures/flag-examples-check.js';
import { FLAG_FRESH_EXAMPLES } from '../test/fixtures/flag-examples-fresh.js';
import { FLAG_GENERALISE_EXAMPLES } from '../test/fixtures/flag-examples-generalise.js';
import { FLAG_EXAMPLES } from '../test/fixtures/flag-examples.js';
import { BLIND_FLAG_EXAMPLES } from '../test/fixtures/flag-examples-blind.js';
import { loadDataset } from './eval/dataset.js';
import { scoreFlags, type Counts } from './eval/flag-scores.js';

const percent = (n: number) => `${(100 * n).toFixed(1)}%`.padStart(7);
const row = (name: string, c: Counts) =>
  `${name.padEnd(24)}${percent(c.precision)}${percent(c.recall)}` +
  `${String(c.truePositives).padStart(5)}${String(c.falsePositives).padStart(5)}${String(c.falseNegatives).padStart(5)}`;

const sets = [
  { name: 'written before tuning', examples: FLAG_EXAMPLES },
  { name: 'check set, written after tuning', examples: FLAG_CHECK_EXAMPLES },
  { name: 'fresh set, written after tuning on both', examples: FLAG_FRESH_EXAMPLES },
  // Written before the rules became concept lexicons; its first run is in the commit that added it.
  { name: 'generalise set, written before the concept rules', examples: FLAG_GENERALISE_EXAMPLES },
  // Written by a reviewer who never saw the rules: the fairest estimate of recall on new wording.
  { name: 'blind set, written without seeing the rules', examples: BLIND_FLAG_EXAMPLES },
];

for (const { name, examples } of sets) {
  const scores = scoreFlags(examples, detectFlags);
  console.log(`\n${name}: ${examples.length} examples`);
  console.log(`${'kind'.padEnd(24)}${'prec'.padStart(7)}${'recall'.padStart(7)}   tp   fp   fn`);
  for (const kind of FLAG_KINDS) console.log(row(kind, scores.perKind[kind]));
  console.log(row('overall (any flag)', scores.overall));
  if (process.argv.includes('--mistakes')) {
    for (const m of scores.mistakes) {
      const got = m.got.map((f) => f.rule).join(', ') || '-';
      console.log(`  expected [${m.expected.join(', ')}] got [${got}]: ${m.text}`);
    }
  }
}

if (process.argv.includes('--real')) {
  const { heldOut } = await loadDataset();
  const started = performance.now();
  const flagged = heldOut.map((c) => detectFlags(c.text)).filter((flags) => flags.length > 0);
  const ms = performance.now() - started;
  console.log(
    `\nreal comments, held-out part: ${flagged.length} of ${heldOut.length} flagged, ${(ms / heldOut.length).toFixed(3)} ms a comment`,
  );
  for (const kind of FLAG_KINDS) {
    console.log(
      `${kind.padEnd(24)}${String(flagged.filter((f) => f.some((x) => x.kind === kind)).length).padStart(5)}`,
    );
  }
}
