import assert from 'node:assert/strict';
import { fftScore } from '../../backend/src/domain/fft.js';
import { isCalendarDate, londonDate, londonDay, londonHour } from '../../backend/src/domain/london-time.js';
import { computeDailyRollup } from '../../backend/src/domain/rollup.js';
import { refreshRollup } from '../../backend/src/jobs/refresh-rollup.js';
import { startHarness, type Harness } from '../support/harness.js';
import { signInAs, type SignedIn } from '../support/staff.js';
import { flaggedTags, makeFeedback, makeTags } from '../support/fixtures.js';

const hours = (range: { from: Date; to: Date }) => (range.to.getTime() - range.from.getTime()) / 3600_000;

describe('UK dates and hours', () => {
  it('counts a day from midnight to midnight in England, 23 or 25 hours long when the clocks change', () => {
    assert.deepEqual(londonDay('2026-01-15'), {
      from: new Date('2026-01-15T00:00:00Z'),
      to: new Date('2026-01-16T00:00:00Z'),
    });
    assert.deepEqual(londonDay('2026-06-02').from, new Date('2026-06-01T23:00:00Z'));
    assert.equal(hours(londonDay('2026-03-29')), 23);
    assert.equal(hours(londonDay('2026-10-25')), 25);
  });

  it('gives the date and hour in England whatever the UTC date', () => {
    assert.equal(londonDate(new Date('2026-06-01T23:30:00Z')), '2026-06-02');
    assert.equal(londonDate(new Date('2026-01-01T23:30:00Z')), '2026-01-01');
    assert.equal(londonHour(new Date('2026-06-02T06:00:00Z')), 7);
    assert.equal(londonHour(new Date('2026-01-02T06:00:00Z')), 6);
  });

  it('accepts only real calendar dates', () => {
    for (const good of ['2026-02-28', '2028-02-29']) assert.equal(isCalendarDate(good), true, good);
    for (const bad of ['2026-02-29', '2026-13-01', '2026-1-01', '20260101', '', '2026-01-01T00:00']) {
      assert.equal(isCalendarDate(bad), false, bad);
    }
  });
});

describe('daily roll-up', () => {
  it('counts answers, channels, languages, sentiment, themes by polarity, flags and unread', () => {
    const processed = { state: 'processed' as const };
    const rollup = computeDailyRollup(
      'C82001',
      '2026-01-05',
      [
        makeFeedback({ ...processed, rating: 'very-good', tags: makeTags() }),
        makeFeedback({
          ...processed,
          rating: 'poor',
          tags: flaggedTags({
            themes: [
              { theme: 'telephone', polarity: 'negative' },
              { theme: 'reception-admin', polarity: 'positive' },
              { theme: 'telephone', polarity: 'negative' },
            ],
          }),
        }),
        makeFeedback({
          ...processed,
          rating: 'good',
          language: 'pl',
          tags: makeTags({
            language: { code: 'pl', source: 'widget' },
            needsHumanReading: true,
            sentiment: null,
            themes: [],
          }),
        }),
        makeFeedback({ rating: 'dont-know', language: 'cy' }),
      ],
      new Date('2026-01-05T12:00:00Z'),
    );
    assert.deepEqual(rollup, {
      practiceCode: 'C82001',
      date: '2026-01-05',
      total: 4,
      processed: 3,
      ratings: { 'very-good': 1, good: 1, neither: 0, poor: 1, 'very-poor': 0, 'dont-know': 1 },
      channels: { web: 4 },
      byMode: { online: 4, 'tablet-kiosk': 0, paper: 0, telephone: 0, sms: 0, other: 0 },
      languages: { en: 2, pl: 1, cy: 1 },
      sentiment: { positive: 1, neutral: 0, negative: 1, mixed: 0, none: 2 },
      themes: { 'reception-admin': 2, telephone: 1 },
      themePolarity: {
        'reception-admin': { positive: 2, neutral: 0, negative: 0 },
        telephone: { positive: 0, neutral: 0, negative: 1 },
      },
      flagged: 1,
      needsHumanReading: 1,
      computedAt: new Date('2026-01-05T12:00:00Z'),
    });
    assert.equal(fftScore(rollup.ratings), 67);
    assert.equal(fftScore({ ...rollup.ratings, 'very-good': 0, good: 0 }), 0);
    assert.equal(fftScore({ 'very-good': 0, good: 0, neither: 0, poor: 0, 'very-poor': 0, 'dont-know': 3 }), null);
  });
});

describe('GET /api/v1/staff/practices/:code/rollups', () => {
  let h: Harness;
  /** An analyst: reads every practice's roll-ups. */
  let analyst: SignedIn;
  beforeEach(async () => {
    h = await startHarness();
    analyst = await signInAs(h, { role: 'analyst' });
  });
  afterEach(() => h.close());

  const get = (query: string, code = 'C82001', as: SignedIn = analyst) =>
    as.get(`/api/v1/staff/practices/${code}/rollups${query}`);

  it("answers one practice's days in the range, counted from its stored feedback", async () => {
    for (const [day, count] of [
      ['2026-01-04', 1],
      ['2026-01-05', 3],
      ['2026-01-09', 1],
    ] as const) {
      for (let i = 0; i < count; i++) {
        await h.store.insertFeedback(makeFeedback({ receivedAt: new Date(`${day}T10:0${i}:00Z`) }));
      }
      await refreshRollup(h.store, 'C82001', day);
    }
    await h.store.insertFeedback(
      makeFeedback({ practiceCode: 'C82002', receivedAt: new Date('2026-01-05T10:00:00Z') }),
    );
    await refreshRollup(h.store, 'C82002', '2026-01-05');

    const res = await get('?from=2026-01-04&to=2026-01-08', 'c82001');
    assert.equal(res.status, 200);
    assert.deepEqual([res.body.practiceCode, res.body.from, res.body.to], ['C82001', '2026-01-04', '2026-01-08']);
    assert.deepEqual(
      res.body.days.map((d: { date: string; total: number }) => [d.date, d.total]),
      [
        ['2026-01-04', 1],
        ['2026-01-05', 3],
      ],
    );
    assert.equal(res.body.days[1].ratings.good, 3);
    assert.equal(res.body.days[1].byMode.online, 3, 'counted by FFT collection mode too');
    assert.deepEqual((await get('?from=2026-02-01&to=2026-02-01')).body.days, []);
  });

  it('needs a session and rollups:read for the practice, and tells an ICB-wide user which practice is unknown', async () => {
    const range = '?from=2026-01-01&to=2026-01-02';
    assert.equal((await fetch(`${h.url}/api/v1/staff/practices/C82001/rollups${range}`)).status, 401);
    assert.equal((await get(range, 'Z99999')).status, 404);
    const manager = await signInAs(h, { role: 'practice-manager', practiceCodes: ['C82001'] });
    assert.equal((await get(range, 'C82001', manager)).status, 200);
    assert.equal((await get(range, 'C82002', manager)).status, 403);
    assert.equal((await get(range, 'Z99999', manager)).status, 403, 'a code not theirs: existence not revealed');
    const councillor = await signInAs(h, { role: 'councillor' });
    assert.equal((await get(range, 'C82001', councillor)).status, 403, 'area summaries only');
  });

  const bad: [string, string, string[]][] = [
    ['no dates', '', ['from', 'to']],
    ['a date that does not exist', '?from=2026-02-30&to=2026-03-01', ['from']],
    ['a date-time', '?from=2026-01-01T00:00:00Z&to=2026-01-02', ['from']],
    ['two of one field', '?from=2026-01-01&from=2026-01-02&to=2026-01-03', ['from']],
    ['the end before the start', '?from=2026-01-05&to=2026-01-04', ['to']],
    ['more than 366 days', '?from=2025-01-01&to=2026-01-02', ['to']],
  ];
  for (const [what, query, fields] of bad) {
    it(`answers 422 naming the field for ${what}`, async () => {
      const res = await get(query);
      assert.equal(res.status, 422);
      assert.deepEqual(
        res.body.error.fields.map((f: { field: string }) => f.field),
        fields,
      );
    });
  }
});
