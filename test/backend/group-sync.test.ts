import assert from 'node:assert/strict';
import { GroupSync } from '../../backend/src/adapters/nedb/group-sync.js';

describe('GroupSync', function () {
  it('makes callers that arrive during a flush share the next one', async function () {
    const releases: (() => void)[] = [];
    const sync = new GroupSync(() => new Promise<void>((resolve) => releases.push(resolve)));
    const first = sync.sync();
    let waitingDone = false;
    const waiting = Promise.all(Array.from({ length: 10 }, () => sync.sync())).then(() => {
      waitingDone = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(releases.length, 1, 'one flush running, the others wait for the next');
    releases[0]!();
    await first;
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(releases.length, 2, 'every waiting caller shares the second flush');
    assert.equal(waitingDone, false, 'nobody is told their data is durable before their flush ends');
    releases[1]!();
    await waiting;
  });

  it('rejects every caller sharing a failed flush, and flushes afresh on the next call', async function () {
    const outcomes = [true, false, true];
    const sync = new GroupSync(async () => {
      if (!outcomes.shift()) throw new Error('EIO');
    });
    const first = sync.sync();
    const sharers = [sync.sync(), sync.sync()];
    await first;
    for (const sharer of sharers) await assert.rejects(sharer, /EIO/);
    await sync.sync();
    assert.equal(outcomes.length, 0);
  });
});
