import assert from 'node:assert/strict';
import { hideSmallNumbers, summariseArea } from '../../backend/src/domain/area-summary.js';
import { makePractice } from '../support/fixtures.js';

describe('Area summaries for councillors hide small numbers', function () {
  const practice = makePractice('C82001', {
    assignments: [
      {
        pcnCode: 'U1',
        pcnName: 'PCN',
        icbCode: 'QK1',
        icbName: 'ICB',
        commissioner: null,
        from: '2020-01-01',
        to: null,
      },
    ],
  });
  const empty = summariseArea({ kind: 'icb', code: 'QK1' }, [practice], [], '2026-01-01', '2026-01-31');

  it('hides 1 to 4, keeps 0 and 5 and more, and the score only from 5 answers', function () {
    const summary = {
      ...empty,
      total: 9,
      ratings: { ...empty.ratings, 'very-good': 5, good: 4, 'dont-know': 0 },
      languages: { en: 8, so: 1 },
      fftScore: 100,
    };
    const shown = hideSmallNumbers(summary);
    assert.equal(shown.total, 9);
    assert.equal(shown.ratings['very-good'], 5);
    assert.equal(shown.ratings.good, null);
    assert.equal(shown.ratings.poor, 0);
    assert.deepEqual(shown.languages, { en: 8, so: null });
    assert.deepEqual([shown.fftScore, shown.fftScoreHidden], [100, false]);

    const few = hideSmallNumbers({ ...empty, total: 4, ratings: { ...empty.ratings, good: 4 }, fftScore: 100 });
    assert.deepEqual([few.total, few.fftScore, few.fftScoreHidden], [null, null, true]);
  });
});
