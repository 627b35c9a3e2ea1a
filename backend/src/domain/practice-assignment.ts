import { nextDate } from './london-time.js';
import type { Practice, PracticeAssignment } from './practice.js';

/** The date before `date` (`YYYY-MM-DD`). */
export function previousDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

function covers(assignment: PracticeAssignment, date: string): boolean {
  return assignment.from <= date && (assignment.to === null || date <= assignment.to);
}

/**
 * The practice's PCN and ICB on `date` (`YYYY-MM-DD`), or null when it had none recorded then.
 * Dates written `YYYY-MM-DD` compare as strings, so no parsing is needed.
 */
export function assignmentOn(practice: Pick<Practice, 'assignments'>, date: string): PracticeAssignment | null {
  return practice.assignments.find((assignment) => covers(assignment, date)) ?? null;
}

/** What a person sets by hand: the PCN and ICB from a date (staff API `PUT …/assignment`). */
export type AssignmentChange = Pick<PracticeAssignment, 'pcnCode' | 'pcnName' | 'icbCode' | 'icbName'>;

/**
 * The practice's assignments with `change` in force from `from`. The assignment running on that
 * date ends the day before; one that starts on that very date is a correction and is replaced.
 * The new one runs until the next assignment already recorded starts (entered ahead of time, say
 * for the April 2026 ICB mergers), else as long as the one it cut short would have run (to the
 * practice's closure, or open-ended). Later assignments are kept as they are: changing the PCN
 * today does not undo next year's ICB. The commissioner code carries over from the one cut short.
 */
export function assignFrom(
  assignments: readonly PracticeAssignment[],
  change: AssignmentChange,
  from: string,
): PracticeAssignment[] {
  const sorted = [...assignments].sort((a, b) => a.from.localeCompare(b.from));
  const current = sorted.find((assignment) => covers(assignment, from)) ?? null;
  const next = sorted.find((assignment) => assignment.from > from) ?? null;
  const kept = sorted.flatMap((assignment) => {
    if (assignment.from === from) return [];
    if (assignment === current) return [{ ...assignment, to: previousDate(from) }];
    return [assignment];
  });
  const ends = [current?.to ?? null, next ? previousDate(next.from) : null].filter((end) => end !== null);
  const added: PracticeAssignment = {
    pcnCode: change.pcnCode,
    pcnName: change.pcnName,
    icbCode: change.icbCode,
    icbName: change.icbName,
    commissioner: current?.commissioner ?? null,
    from,
    to: ends.length > 0 ? ends.sort()[0] : null,
  };
  return [...kept, added].sort((a, b) => a.from.localeCompare(b.from));
}

/** An area staff look at: one ICB or one PCN, by ODS code. */
export interface Area {
  kind: 'icb' | 'pcn';
  code: string;
}

/** True when the assignment puts the practice in `area`. */
export function isInArea(assignment: PracticeAssignment | null, area: Area): boolean {
  if (!assignment) return false;
  return (area.kind === 'icb' ? assignment.icbCode : assignment.pcnCode) === area.code;
}

/** Every date from `from` to `to`, both included (for short ranges: a year at most). */
export function datesFrom(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let date = from; date <= to; date = nextDate(date)) dates.push(date);
  return dates;
}
