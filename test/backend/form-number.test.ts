import assert from 'node:assert/strict';
import {
  FORM_NUMBER,
  newFormNumber,
  newFormNumbers,
  normaliseFormNumber,
} from '../../backend/src/http/print/form-number.js';

describe('paper form numbers', () => {
  it('are F- and six Crockford base32 characters, never I, L, O or U', () => {
    for (let i = 0; i < 500; i++) {
      const number = newFormNumber();
      assert.match(number, FORM_NUMBER);
      assert.doesNotMatch(number.slice(2), /[ILOU]/);
    }
  });

  it('are all different within one printing', () => {
    assert.equal(new Set(newFormNumbers(50)).size, 50);
    assert.deepEqual(newFormNumbers(0), []);
  });

  it('read back as printed from what someone typed, by Crockford rules', () => {
    assert.equal(normaliseFormNumber('F-7K3Q9X'), 'F-7K3Q9X');
    assert.equal(normaliseFormNumber(' f-7k3q9x '), 'F-7K3Q9X');
    assert.equal(normaliseFormNumber('7K3Q9X'), 'F-7K3Q9X');
    assert.equal(normaliseFormNumber('F 7K3 Q9X'), 'F-7K3Q9X');
    assert.equal(normaliseFormNumber('F-OIL234'), 'F-011234', 'O is 0, I and L are 1');
    assert.equal(normaliseFormNumber('FABCDE'), 'F-FABCDE', 'six characters are the number, even starting with F');
    assert.equal(normaliseFormNumber('FFABCDE'), 'F-FABCDE');
    for (const bad of ['', 'F-', 'F-7K3Q9', 'F-7K3Q9XY', 'F-7K3U9X', 'F-7K3Q9!']) {
      assert.equal(normaliseFormNumber(bad), null, bad);
    }
  });
});
