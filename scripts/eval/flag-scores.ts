/**
 * Precision and recall of a flag detector on labelled examples: per kind (did it find that kind?)
 * and overall (did it flag the comment at all, whatever the kind?). Overall is what decides
 * whether a person sees the comment at once, so it is the figure the tests hold to.
 */
import { FLAG_KINDS, type Flag, type FlagKind } from '../../backend/src/domain/tags.js';
import type { FlagExample } from '../../test/fixtures/flag-examples.js';

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface FlagScores {
  perKind: Record<FlagKind, Counts>;
  overall: Counts;
  /** Examples the detector got wrong, for a person to read. */
  mistakes: { text: string; expected: readonly FlagKind[]; got: Flag[] }[];
}

function counts(truePositives: number, falsePositives: number, falseNegatives: number): Counts {
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    precision: truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives),
    recall: truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives),
  };
}

export function scoreFlags(examples: readonly FlagExample[], detect: (text: string) => Flag[]): FlagScores {
  const tally = Object.fromEntries(FLAG_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<
    FlagKind,
    { tp: number; fp: number; fn: number }
  >;
  const any = { tp: 0, fp: 0, fn: 0 };
  const mistakes: FlagScores['mistakes'] = [];
  for (const example of examples) {
    const got = detect(example.text);
    const gotKinds = new Set(got.map((f) => f.kind));
    for (const kind of FLAG_KINDS) {
      const expected = example.kinds.includes(kind);
      if (expected && gotKinds.has(kind)) tally[kind].tp++;
      else if (gotKinds.has(kind)) tally[kind].fp++;
      else if (expected) tally[kind].fn++;
    }
    const expectedAny = example.kinds.length > 0;
    if (expectedAny && gotKinds.size > 0) any.tp++;
    else if (gotKinds.size > 0) any.fp++;
    else if (expectedAny) any.fn++;
    const same = gotKinds.size === example.kinds.length && example.kinds.every((k) => gotKinds.has(k));
    if (!same) mistakes.push({ text: example.text, expected: example.kinds, got });
  }
  const perKind = Object.fromEntries(
    FLAG_KINDS.map((k) => [k, counts(tally[k].tp, tally[k].fp, tally[k].fn)]),
  ) as Record<FlagKind, Counts>;
  return { perKind, overall: counts(any.tp, any.fp, any.fn), mistakes };
}
