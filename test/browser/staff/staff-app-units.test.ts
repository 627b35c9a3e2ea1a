import { expect } from 'chai';
import { parseRoute, routeHash, allowed, homeHash } from '../../../moderation-ui/src/app/router.js';
import { queryString } from '../../../moderation-ui/src/api/staff-client.js';
import { segments } from '../../../moderation-ui/src/shared/highlight.js';
import { isTypingOrModified } from '../../../moderation-ui/src/shared/shortcuts.js';
import { parseFilters, serialiseFilters, emptyFilters } from '../../../moderation-ui/src/views/inbox/inbox-filters.js';
import {
  addSpan,
  findSpans,
  selectionSpan,
  applyRedactions,
} from '../../../moderation-ui/src/views/feedback/redaction.js';

describe('staff app: routes', () => {
  it('reads every route, its parameter and its query', () => {
    expect(parseRoute('')).to.deep.equal({ name: 'home', param: '', query: '' });
    expect(parseRoute('#/inbox?q=rude&rating=poor')).to.deep.equal({
      name: 'inbox',
      param: '',
      query: 'q=rude&rating=poor',
    });
    expect(parseRoute('#/feedback/ab%2Fc')).to.deep.equal({ name: 'feedback', param: 'ab/c', query: '' });
    expect(parseRoute('#/practices/C82001').name).to.equal('practice');
    expect(parseRoute('#/invite/tok_en-1').param).to.equal('tok_en-1');
    expect(parseRoute('#/nowhere').name).to.equal('not-found');
    expect(parseRoute('#/feedback/%E0%A4%A').name).to.equal('not-found');
    // Links in the interim page's alert emails still open the item.
    expect(parseRoute('#feedback=123')).to.deep.equal({ name: 'feedback', param: '123', query: '' });
  });

  it('writes hashes that read back the same', () => {
    const hash = routeHash('feedback', 'a b/c');
    expect(parseRoute(hash)).to.deep.equal({ name: 'feedback', param: 'a b/c', query: '' });
    expect(routeHash('practice', 'C82001')).to.equal('#/practices/C82001');
  });

  it('lets a role reach only its views', () => {
    expect(allowed(parseRoute('#/users'), ['feedback:read'])).to.equal(false);
    expect(allowed(parseRoute('#/feedback/1'), ['feedback:read'])).to.equal(true);
    expect(allowed(parseRoute('#/inbox'), ['area:read'])).to.equal(false);
    expect(homeHash(['area:read'])).to.equal('#/area');
    expect(homeHash(['feedback:read', 'area:read'])).to.equal('#/inbox');
  });
});

describe('staff app: inbox filters in the URL', () => {
  it('round-trips, sorted, ignoring what it does not know', () => {
    const filters = parseFilters('rating=poor&rating=very-poor&q=rude+receptionist&from=2026-01-01&to=nonsense&x=1');
    expect(filters.rating).to.deep.equal(['poor', 'very-poor']);
    expect(filters.q).to.equal('rude receptionist');
    expect(filters.from).to.equal('2026-01-01');
    expect(filters.to).to.equal('');
    expect(serialiseFilters(filters)).to.equal('q=rude+receptionist&from=2026-01-01&rating=poor&rating=very-poor');
    expect(serialiseFilters(emptyFilters())).to.equal('');
  });

  it('repeats a key per value in API queries and leaves out empty ones', () => {
    expect(queryString({ rating: ['poor', 'good'], q: '', cursor: null, limit: 25 })).to.equal(
      '?rating=poor&rating=good&limit=25',
    );
    expect(queryString({})).to.equal('');
  });
});

describe('staff app: highlights', () => {
  it('cuts text at the ranges, tidying bad ones without losing text', () => {
    expect(segments('rude receptionist', [{ start: 0, end: 4 }])).to.deep.equal([
      { text: 'rude', match: true },
      { text: ' receptionist', match: false },
    ]);
    const text = '<script>x</script>';
    const cut = segments(text, [
      { start: 10, end: 99 },
      { start: 1, end: 7 },
      { start: 3, end: 5 },
      { start: -5, end: 0 },
    ]);
    expect(cut.map((s) => s.text).join('')).to.equal(text);
    expect(cut.filter((s) => s.match).map((s) => s.text)).to.deep.equal(['script', '/script>']);
    expect(segments('', [])).to.deep.equal([{ text: '', match: false }]);
  });
});

describe('staff app: removals', () => {
  it('takes a selection trimmed of spaces, merges overlapping spans, finds words', () => {
    expect(selectionSpan(0, 'a  bc  d', 1, 7)).to.deep.equal({ comment: 0, start: 3, end: 5 });
    expect(selectionSpan(0, 'abc', 2, 2)).to.equal(null);
    const spans = addSpan(addSpan([], { comment: 0, start: 2, end: 5 }), { comment: 0, start: 4, end: 8 });
    expect(spans).to.deep.equal([{ comment: 0, start: 2, end: 8 }]);
    expect(findSpans(1, 'Red hair, red HAIR', 'red hair')).to.deep.equal([
      { comment: 1, start: 0, end: 8 },
      { comment: 1, start: 10, end: 18 },
    ]);
    expect(applyRedactions('the red hair man', [{ start: 4, end: 12 }])).to.equal('the [removed] man');
  });
});

describe('staff app: shortcuts stay out of the way of typing', () => {
  it('ignores keys typed in fields and keys with Ctrl, Alt or Meta', () => {
    const input = document.createElement('input');
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    const link = document.createElement('a');
    document.body.append(input, checkbox, link);
    const seen: boolean[] = [];
    const listen = (e: Event) => seen.push(isTypingOrModified(e as KeyboardEvent));
    document.addEventListener('keydown', listen);
    for (const [target, init] of [
      [input, { key: 'j' }],
      [checkbox, { key: 'j' }],
      [link, { key: 'j' }],
      [link, { key: 'j', ctrlKey: true }],
    ] as const) {
      target.dispatchEvent(new KeyboardEvent('keydown', { ...init, bubbles: true, composed: true }));
    }
    document.removeEventListener('keydown', listen);
    input.remove();
    checkbox.remove();
    link.remove();
    expect(seen).to.deep.equal([true, false, false, true]);
  });
});
