import assert from 'node:assert/strict';
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { ROOT } from '../../backend/src/paths.js';
import {
  highlightRanges,
  queryWords,
  searchTerms,
  stemPrefix,
  termOf,
  textWords,
} from '../../backend/src/domain/staff/text-search.js';

/** The words each range covers, to read assertions as words rather than offsets. */
const marked = (text: string, query: string) =>
  highlightRanges(text, query).map(({ start, end }) => text.slice(start, end));

describe('searchTerms', function () {
  it('lower-cases, drops English stop words and stems what is left', function () {
    assert.deepEqual(searchTerms('The receptionist was very RUDE to me'), ['receptionist', 'rude']);
    assert.deepEqual(searchTerms('waiting'), ['wait']);
    assert.deepEqual(searchTerms('waited'), ['wait']);
    assert.deepEqual(searchTerms('Appointments were cancelled'), ['appoint', 'cancel']);
  });

  it('gives each term once, in order of first use', function () {
    assert.deepEqual(searchTerms('wait, waits, waited and waiting: rude, rudely'), ['wait', 'rude']);
  });

  it('folds accents, decomposed or not, and splits on anything that is not a letter or digit', function () {
    assert.deepEqual(searchTerms('Café'), searchTerms('cafe'));
    assert.deepEqual(searchTerms('Cafe\u0301'), searchTerms('cafe'));
    assert.deepEqual(searchTerms('naïve/receptionist—rude'), ['naiv', 'receptionist', 'rude']);
    assert.deepEqual(searchTerms('ﬁnally'), searchTerms('finally'));
  });

  it('keeps apostrophes inside words, straight or curly: "doctor\'s" is the doctor, "don\'t" a stop word', function () {
    assert.deepEqual(searchTerms("the doctor's manner"), ['doctor', 'manner']);
    assert.deepEqual(searchTerms('the doctor\u2019s manner'), ['doctor', 'manner']);
    assert.deepEqual(searchTerms("I don't know"), ['know']);
    assert.deepEqual(searchTerms("'quoted'"), ['quot']);
  });

  it('keeps numbers as they are (NHS 111, 3pm), including the digit the stemmer package misreads', function () {
    assert.deepEqual(searchTerms('Rang 111 at 3pm, then 999'), ['rang', '111', '3pm', '999']);
    assert.equal(termOf('300'), '300');
  });

  it("leaves out redaction placeholders, which are not the patient's words", function () {
    assert.deepEqual(searchTerms('Dr [name] rang [phone number] about my [NHS number]'), ['dr', 'rang']);
  });

  it('has nothing for empty text, punctuation or stop words alone', function () {
    assert.deepEqual(searchTerms(''), []);
    assert.deepEqual(searchTerms(' ... !? '), []);
    assert.deepEqual(searchTerms('the and was very'), []);
  });

  it('reads words in other scripts as words (not stemmed away)', function () {
    assert.deepEqual(searchTerms('Długo czekałem'), ['długo', 'czekałem']);
    assert.equal(searchTerms('بہت اچھا').length, 2);
  });
});

describe('queryWords', function () {
  it('gives the folded words, stop words out, unstemmed (for MongoDB to stem itself)', function () {
    assert.deepEqual(queryWords('The Receptionist was RUDE, rude'), ['receptionist', 'rude']);
    assert.deepEqual(queryWords('Café waiting'), ['cafe', 'waiting']);
  });
});

describe('highlightRanges', function () {
  it('marks every word whose stem the query has, in any order', function () {
    assert.deepEqual(marked('The receptionist was very rude.', 'rude receptionist'), ['receptionist', 'rude']);
    assert.deepEqual(marked('I waited and waited; waiting is normal here.', 'waiting'), [
      'waited',
      'waited',
      'waiting',
    ]);
  });

  it('gives half-open UTF-16 offsets into the text as given', function () {
    const text = 'Rude! The receptionist';
    assert.deepEqual(highlightRanges(text, 'receptionist rude'), [
      { start: 0, end: 4 },
      { start: 10, end: 22 },
    ]);
  });

  it('counts emoji and accents before a match in UTF-16 code units, as the browser does', function () {
    const text = '😀😀 Café staff: é\u0301 waited';
    const ranges = highlightRanges(text, 'waiting cafe');
    assert.deepEqual(
      ranges.map(({ start, end }) => text.slice(start, end)),
      ['Café', 'waited'],
    );
    assert.equal(ranges[0]!.start, 5); // two emoji are four code units, then a space
    const decomposed = 'Cafe\u0301 was shut';
    assert.deepEqual(marked(decomposed, 'café'), ['Cafe\u0301']);
  });

  it('marks the whole word, apostrophe and all', function () {
    assert.deepEqual(marked("The doctor's manner", 'doctors'), ["doctor's"]);
  });

  it('marks nothing for stop words, placeholders or words not there', function () {
    assert.deepEqual(highlightRanges('The receptionist was very rude', 'the very'), []);
    assert.deepEqual(highlightRanges('Dr [name] was rude', 'name'), []);
    assert.deepEqual(highlightRanges('The receptionist was very rude', 'parking'), []);
    assert.deepEqual(highlightRanges('', 'rude'), []);
  });
});

describe('textWords', function () {
  it('skips runs too long to be words', function () {
    assert.deepEqual(
      textWords(`ok ${'a'.repeat(41)} fine`).map((w) => w.folded),
      ['ok', 'fine'],
    );
  });
});

describe('stemPrefix', function () {
  const dataset = path.join(ROOT, '..', 'shared', 'data', 'patient-feedback-phase1.csv');

  it('is the start of every real patient word that has that stem (shared/data comments)', async function () {
    try {
      await access(dataset);
    } catch {
      process.stderr.write(`SKIPPED: stemPrefix over real comments: ${dataset} is not there\n`);
      this.skip();
    }
    const rows: { feedback?: string }[] = parse(await readFile(dataset, 'utf8'), { columns: true });
    const words = new Set<string>();
    for (const row of rows) for (const word of textWords(row.feedback ?? '')) words.add(word.folded);
    assert.ok(words.size > 5000, `only ${words.size} distinct words read`);
    const broken = [...words].filter((word) => {
      const term = termOf(word);
      return term !== null && !word.startsWith(stemPrefix(term));
    });
    assert.deepEqual(broken, []);
  });

  it("takes off what Porter2 may have changed at the end: y → i, a restored e, -bility's l", function () {
    assert.equal(stemPrefix('happi'), 'happ');
    assert.equal(stemPrefix('hope'), 'hop');
    assert.equal(stemPrefix('disabl'), 'disab');
    assert.equal(stemPrefix('die'), 'd');
    assert.equal(stemPrefix('wait'), 'wait');
    assert.equal(stemPrefix('111'), '111');
  });
});
