import assert from 'node:assert/strict';
import { intersect, PostingList } from '../../backend/src/adapters/nedb/posting-list.js';

const list = (...ordinals: number[]) => {
  const postings = new PostingList();
  for (const ordinal of ordinals) postings.add(ordinal);
  return postings;
};

describe('PostingList', function () {
  it('keeps ordinals ascending and once each, however they arrive, past its first capacity', function () {
    const postings = list(5, 1, 9, 1, 3, 7, 2, 8, 6, 4, 5);
    assert.deepEqual([...postings.values()], [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    assert.equal(postings.size, 9);
    assert.equal(postings.has(4), true);
    assert.equal(postings.has(10), false);
  });

  it('takes an ordinal out, and ignores one it does not hold', function () {
    const postings = list(1, 2, 3, 4);
    postings.remove(2);
    postings.remove(10);
    assert.deepEqual([...postings.values()], [1, 3, 4]);
    postings.remove(4);
    postings.remove(1);
    postings.remove(3);
    assert.equal(postings.size, 0);
  });
});

describe('intersect', function () {
  it('gives the ordinals every list holds', function () {
    assert.deepEqual([...intersect([list(1, 3, 5, 7, 9), list(3, 4, 5, 9), list(9, 5, 100)])], [5, 9]);
    assert.deepEqual([...intersect([list(1, 2)])], [1, 2]);
    assert.deepEqual([...intersect([list(1, 2), list(3)])], []);
    assert.deepEqual([...intersect([])], []);
  });
});
