import assert from 'node:assert/strict';
import { toRollup } from '../../backend/src/adapters/record-mapping.js';
import { COLLECTION_MODES, collectionMode, countByMode } from '../../backend/src/domain/collection-mode.js';
import { CHANNELS, type Channel } from '../../backend/src/domain/feedback.js';
import { computeDailyRollup, sameCounts, type DailyRollup } from '../../backend/src/domain/rollup.js';
import { makeFeedback } from '../support/fixtures.js';

describe('FFT collection modes', () => {
  it('maps each of our channels to the mode NHS England asks practices to report', () => {
    assert.deepEqual(Object.fromEntries(CHANNELS.map((c) => [c, collectionMode(c)])), {
      web: 'online',
      kiosk: 'tablet-kiosk',
      paper: 'paper',
      telephone: 'telephone',
      'in-person': 'other',
      hub: 'other',
      other: 'other',
    });
    assert.deepEqual([...COLLECTION_MODES], ['online', 'tablet-kiosk', 'paper', 'telephone', 'sms', 'other']);
  });

  it('counts a channel it does not know, or a key inherited by every object, as other', () => {
    for (const unknown of ['carrier-pigeon', '', 'toString', '__proto__', 'constructor']) {
      assert.equal(collectionMode(unknown), 'other', unknown);
    }
  });

  it('folds counts per channel into counts per mode, every mode present', () => {
    assert.deepEqual(countByMode({ web: 5, kiosk: 2, 'in-person': 1, hub: 3, paper: 4, fax: 1 }), {
      online: 5,
      'tablet-kiosk': 2,
      paper: 4,
      telephone: 0,
      sms: 0,
      other: 5,
    });
    assert.deepEqual(countByMode({}), { online: 0, 'tablet-kiosk': 0, paper: 0, telephone: 0, sms: 0, other: 0 });
  });
});

describe('daily roll-up by collection mode', () => {
  const at = new Date('2026-04-02T12:00:00Z');
  const channels: Channel[] = ['web', 'web', 'kiosk', 'paper', 'paper', 'telephone', 'in-person', 'hub'];
  const records = channels.map((channel) => makeFeedback({ channel }));

  it('counts each submission once under its mode, beside the channel counts, adding up to the total', () => {
    const rollup = computeDailyRollup('C82001', '2026-04-02', records, at);
    assert.deepEqual(rollup.channels, { web: 2, kiosk: 1, paper: 2, telephone: 1, 'in-person': 1, hub: 1 });
    assert.deepEqual(rollup.byMode, { online: 2, 'tablet-kiosk': 1, paper: 2, telephone: 1, sms: 0, other: 2 });
    assert.equal(
      Object.values(rollup.byMode).reduce((sum, n) => sum + n, 0),
      rollup.total,
    );
  });

  it('gives a roll-up stored before modes were counted its modes on read, so it still counts the same', () => {
    const counted = computeDailyRollup('C82001', '2026-04-02', records, at);
    const { byMode: _dropped, ...stored } = counted;
    const read = toRollup(stored as DailyRollup);
    assert.deepEqual(read.byMode, counted.byMode);
    assert.ok(sameCounts(read, counted), 'no rewrite of every old roll-up on the next recount');
  });

  it('keeps the stored modes of a roll-up that has them', () => {
    const counted = computeDailyRollup('C82001', '2026-04-02', records, at);
    assert.deepEqual(toRollup(counted).byMode, counted.byMode);
  });
});
