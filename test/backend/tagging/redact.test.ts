import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { isValidNhsNumber } from '../../../backend/src/domain/tagging/nhs-number.js';
import { redactPersonalDetails } from '../../../backend/src/domain/tagging/redact.js';
import { ROOT } from '../../../backend/src/paths.js';

const text = (said: string) => redactPersonalDetails(said).text;

describe('isValidNhsNumber', () => {
  it('accepts numbers whose check digit is right', () => {
    for (const n of ['9434765919', '4010232137', '4010263806', '4010311320']) assert.ok(isValidNhsNumber(n), n);
  });

  it('rejects a wrong check digit, a check digit of 10, and anything but ten digits', () => {
    // 943476596x: the check digit would be 10, so no number starting so is valid.
    for (const n of [
      '9434765918',
      '9434765910',
      '9434765969',
      '943476591',
      '94347659190',
      '943 476 5919',
      'abcdefghij',
    ])
      assert.ok(!isValidNhsNumber(n), n);
  });
});

describe('redactPersonalDetails', () => {
  describe('NHS numbers', () => {
    it('redacts valid numbers written 3-3-4 with spaces, dashes or none', () => {
      assert.equal(text('my nhs no is 943 476 5919'), 'my nhs no is [NHS number]');
      assert.equal(text('NHS: 943-476-5919.'), 'NHS: [NHS number].');
      assert.equal(text('(9434765919)'), '([NHS number])');
    });

    it('leaves ten digits that fail the check, and a valid one glued to more digits', () => {
      assert.equal(text('ref 943 476 5918 on the letter'), 'ref 943 476 5918 on the letter');
      assert.equal(text('order 94347659190'), 'order 94347659190');
    });
  });

  describe('phone numbers', () => {
    const phones = [
      '07700 900123',
      '07700900123',
      '07700-900-123',
      '+44 7700 900123',
      '+447700900123',
      '+44 (0)7700 900123',
      '0044 7700 900123',
      '(0116) 279 3308',
      '0116 2793308',
      '020 7946 0958',
      '0800 123 456',
      '0300 311 2233',
    ];
    for (const phone of phones) {
      it(`redacts ${phone}`, () =>
        assert.equal(text(`ring me on ${phone} please`), 'ring me on [phone number] please'));
    }

    it('leaves times, money, years, dates and short numbers', () => {
      for (const said of [
        'seen at 08:30 not 10:45',
        'paid £1,250.00 for a letter',
        'since 2019',
        'on 01/02/2023',
        'waited 45 mins, ticket 0123',
        'room 0 2 3',
      ])
        assert.equal(text(said), said);
    });

    it('calls a ten-digit number that passes the check an NHS number, not a phone', () => {
      assert.equal(text('943 476 5919'), '[NHS number]');
      assert.equal(text('0116 279 330'), '[phone number]');
    });
  });

  describe('e-mail addresses and postcodes', () => {
    it('redacts e-mail addresses', () => {
      assert.equal(text('email jo.bloggs+gp@example.co.uk.'), 'email [email].');
      assert.equal(text("Mary.O'Neil@nhs.net"), '[email]');
    });

    it('redacts full postcodes in any case, with or without the space', () => {
      for (const postcode of ['LE8 0LG', 'le8 0lg', 'LE80LG', 'SW1A 1AA', 'M1 1AE', 'EC1V 9HX', 'B33 8TH'])
        assert.equal(text(`I live at ${postcode}, near`), 'I live at [postcode], near', postcode);
    });

    it('leaves half postcodes, road names and times', () => {
      for (const said of ['the A1 was closed', 'in LE8 somewhere', 'at 2 5pm', 'B12 bus', 'Covid 19 jab']) {
        assert.equal(text(said), said);
      }
    });

    it('redacts every postcode and phone number of the Leicester, Leicestershire and Rutland practices', async () => {
      const csv = await readFile(path.join(ROOT, 'backend', 'data', 'epraccur-lll-2019.csv'), 'utf8');
      const rows: string[][] = parse(csv);
      assert.ok(rows.length > 100);
      for (const row of rows) {
        assert.equal(text(`at ${row[9]} on ${row[17]}`), 'at [postcode] on [phone number]', row[0]);
      }
    });
  });

  describe('dates of birth', () => {
    it('redacts a full date with a birth word near it', () => {
      assert.equal(text('DOB: 12/03/1985'), 'DOB: [date of birth]');
      assert.equal(text('d.o.b. 12.3.85'), 'd.o.b. [date of birth]');
      assert.equal(text('I was born on 3rd March 1962 and'), 'I was born on [date of birth] and');
      assert.equal(text('my date of birth is the 1st of March 1962'), 'my date of birth is the [date of birth]');
      assert.equal(text('12/03/1985 (DOB)'), '[date of birth] (DOB)');
      assert.equal(text('born March 12, 1985'), 'born [date of birth]');
    });

    it('leaves other dates, a date in the next sentence, and a year alone', () => {
      for (const said of [
        'appointment on 12/03/2024 at 9',
        'seen on 3 March 2024',
        'I was born in 1985',
        'Born and bred here. Seen on 12/03/2024.',
        "born on my mum's birthday",
      ])
        assert.equal(text(said), said);
    });
  });

  describe('names', () => {
    const cases: [string, string][] = [
      ['Dr Patel was lovely', 'Dr [name] was lovely'],
      ['Dr. Khan listened', 'Dr. [name] listened'],
      ['Nurse Jenny took my bloods', 'Nurse [name] took my bloods'],
      ['the receptionist Sarah was rude', 'the receptionist [name] was rude'],
      ["Mrs O'Brien at the desk", 'Mrs [name] at the desk'],
      ['Sister Agnes was kind', 'Sister [name] was kind'],
      ['my GP, Dr Smith-Jones, was great', 'my GP, Dr [name], was great'],
      ['Dr Sarah Jones and Dr A. Khan', 'Dr [name] and Dr [name]'],
      ['dr patel was great', 'dr [name] was great'],
      ['nurse jenny was lovely', 'nurse [name] was lovely'],
      ['Sarah on reception was lovely', '[name] on reception was lovely'],
      ['Thanks to Tina Smith-Brown!', 'Thanks to [name]!'],
      ['Dr Who would be faster', 'Dr [name] would be faster'],
      ['Nurse May was kind', 'Nurse [name] was kind'],
    ];
    for (const [said, redacted] of cases) it(`redacts "${said}"`, () => assert.equal(text(said), redacted));

    const kept = [
      'the Dr was late',
      'the receptionist was rude',
      'Nurse practitioner was kind',
      'The GP was good and the NHS app works',
      'the receptionist Will call me back',
      'I saw the nurse May 12th',
      'dr explained it well',
      'the dr who saw me was kind',
      'the nurse I saw was lovely',
      'I had an operation in April and August',
      'Will you call me? Mark my words. Hope it helps.',
      'referred after my GP Visit to the Nurse Team',
    ];
    for (const said of kept) it(`leaves "${said}"`, () => assert.equal(text(said), said));
  });

  describe('the result', () => {
    it('counts each kind found, in PII_KINDS order', () => {
      const result = redactPersonalDetails(
        'Dr Patel, DOB 01/02/1950, NHS 943 476 5919, call 07700 900123 or 0116 279 3308, jo@example.com, LE8 0LG',
      );
      assert.equal(
        result.text,
        'Dr [name], DOB [date of birth], NHS [NHS number], call [phone number] or [phone number], [email], [postcode]',
      );
      assert.deepEqual(result.found, [
        { kind: 'nhs-number', count: 1 },
        { kind: 'phone', count: 2 },
        { kind: 'email', count: 1 },
        { kind: 'postcode', count: 1 },
        { kind: 'date-of-birth', count: 1 },
        { kind: 'name', count: 1 },
      ]);
    });

    it('leaves text with nothing personal as it is, and finds nothing', () => {
      for (const said of ['', 'Lovely staff, seen on time, thank you!']) {
        assert.deepEqual(redactPersonalDetails(said), { text: said, found: [] });
      }
    });

    it('is idempotent: placeholders are not redacted again', () => {
      const once = text('Dr Patel: 943 476 5919, LE8 0LG, jo@example.com');
      assert.deepEqual(redactPersonalDetails(once), { text: once, found: [] });
    });
  });
});
