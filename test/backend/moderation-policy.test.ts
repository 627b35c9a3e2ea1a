import assert from 'node:assert/strict';
import { ValidationError } from '../../backend/src/domain/errors.js';
import {
  applyRedactions,
  decideModeration,
  initialModeration,
  type Moderation,
  type ModeratedFeedback,
} from '../../backend/src/domain/staff/moderation.js';

const AT = new Date('2026-11-23T10:00:00.000Z');
const TEXT = 'Dr [name] was kind but the receptionist on Monday was rude.';
const plain: ModeratedFeedback = { redactedTexts: [TEXT], flags: [] };

function fieldOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof ValidationError);
    return error.fields[0].field;
  }
  assert.fail('expected a ValidationError');
}

describe('Moderation policy', function () {
  it('applies removals, merging overlapping and touching spans', function () {
    assert.equal(applyRedactions('abcdefghij', [{ start: 2, end: 4 }]), 'ab[removed]efghij');
    assert.equal(
      applyRedactions('abcdefghij', [
        { start: 6, end: 8 },
        { start: 2, end: 4 },
        { start: 3, end: 6 },
      ]),
      'ab[removed]ij',
    );
    assert.equal(applyRedactions('abc', []), 'abc');
  });

  it('publishes with removals and keeps the first publishing time', function () {
    const start = TEXT.indexOf('on Monday');
    const next = decideModeration(
      initialModeration('f', 'C82001'),
      plain,
      { status: 'published', redactions: [{ comment: 0, start, end: start + 'on Monday'.length }] },
      'u1',
      AT,
    );
    assert.equal(next.status, 'published');
    assert.equal(next.publishedAt, AT);
    assert.equal(next.updatedBy, 'u1');
    const later = new Date(AT.getTime() + 60_000);
    const again = decideModeration(
      { ...initialModeration('f', 'C82001'), ...next, version: 1 },
      plain,
      { status: 'published' },
      'u2',
      later,
    );
    assert.equal(again.publishedAt, AT, 'republishing keeps the first time');
    assert.equal(again.redactions.length, 1, 'removals stay when not sent');
  });

  it('asks for a reason before not publishing, and drops it for other states', function () {
    assert.equal(
      fieldOf(() => decideModeration(initialModeration('f', 'C'), plain, { status: 'not-published' }, 'u', AT)),
      'reason',
    );
    const held = decideModeration(
      initialModeration('f', 'C'),
      plain,
      { status: 'not-published', reason: 'commercial-or-spam' },
      'u',
      AT,
    );
    assert.equal(held.reason, 'commercial-or-spam');
    const review = decideModeration(
      { ...initialModeration('f', 'C'), ...held, version: 1 },
      plain,
      { status: 'in-review', reason: 'duplicate' },
      'u',
      AT,
    );
    assert.equal(review.reason, null);
  });

  it('never publishes before redaction, nor flagged content without a person confirming', function () {
    const unprocessed = { redactedTexts: null, flags: [] };
    assert.equal(
      fieldOf(() => decideModeration(initialModeration('f', 'C'), unprocessed, { status: 'published' }, 'u', AT)),
      'status',
    );
    const flagged: ModeratedFeedback = { redactedTexts: [TEXT], flags: ['urgent-clinical'] };
    assert.equal(
      fieldOf(() => decideModeration(initialModeration('f', 'C'), flagged, { status: 'published' }, 'u', AT)),
      'flagsReviewed',
    );
    assert.equal(
      decideModeration(initialModeration('f', 'C'), flagged, { status: 'published', flagsReviewed: true }, 'u', AT)
        .status,
      'published',
    );
    const complaint: ModeratedFeedback = { redactedTexts: [TEXT], flags: ['complaint-needs-reply'] };
    assert.equal(
      decideModeration(initialModeration('f', 'C'), complaint, { status: 'published' }, 'u', AT).status,
      'published',
    );
  });

  it('takes escalated feedback back into review before it can be published', function () {
    const escalated: Moderation = { ...initialModeration('f', 'C'), status: 'escalated', version: 1 };
    assert.equal(
      fieldOf(() => decideModeration(escalated, plain, { status: 'published', flagsReviewed: true }, 'u', AT)),
      'status',
    );
    assert.equal(decideModeration(escalated, plain, { status: 'in-review' }, 'u', AT).status, 'in-review');
  });

  it('refuses removals that do not fit the text', function () {
    for (const span of [
      { comment: 1, start: 0, end: 2 },
      { comment: 0, start: 5, end: 5 },
      { comment: 0, start: 0, end: TEXT.length + 1 },
    ]) {
      assert.ok(
        ['redactions[0]', 'redactions[0].comment'].includes(
          fieldOf(() =>
            decideModeration(initialModeration('f', 'C'), plain, { status: 'in-review', redactions: [span] }, 'u', AT),
          ),
        ),
      );
    }
  });
});
