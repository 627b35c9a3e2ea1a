import { londonDay } from '../domain/london-time.js';
import { computeDailyRollup, sameCounts, type DailyRollup } from '../domain/rollup.js';
import type { Store } from '../ports/store.js';

/** Recounts in a row before giving up and letting the queue retry later; a burst settles in one or two. */
const MAX_ROUNDS = 5;

/**
 * Recount one practice-day from its stored records and write the roll-up over the old one.
 *
 * Set, not increment, so a retried job never counts twice; and not written at all when the stored
 * roll-up already has these counts, so a second run changes nothing (and costs no disk flush).
 * Two jobs for the same practice-day can still interleave (A reads, B reads newer records and
 * writes, A writes its older count), so after writing, each job reads the records again and
 * recounts until what is stored matches them. The last writer has then checked its write against
 * records at least as new as every change made before it, so the stored roll-up ends up right
 * without locks, on either store.
 */
export async function refreshRollup(
  store: Store,
  practiceCode: string,
  date: string,
  now: () => Date = () => new Date(),
): Promise<DailyRollup> {
  const { from, to } = londonDay(date);
  const day = { practiceCodes: [practiceCode], from: date, to: date };
  let records = await store.listFeedbackReceived({ practiceCode, from, to });
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    const counted = computeDailyRollup(practiceCode, date, records, now());
    const [stored] = await store.listRollups(day);
    const rollup = stored && sameCounts(stored, counted) ? stored : counted;
    if (rollup === counted) await store.upsertRollup(counted);
    records = await store.listFeedbackReceived({ practiceCode, from, to });
    if (sameCounts(computeDailyRollup(practiceCode, date, records, rollup.computedAt), rollup)) return rollup;
  }
  throw new Error(`the roll-up for ${practiceCode} on ${date} kept changing while it was counted; will retry`);
}
