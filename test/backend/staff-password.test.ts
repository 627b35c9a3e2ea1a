import assert from 'node:assert/strict';
import {
  checkNewPassword,
  hashPassword,
  passwordProblems,
  verifyPassword,
} from '../../backend/src/domain/staff/password.js';
import { ValidationError } from '../../backend/src/domain/errors.js';

describe('staff passwords', () => {
  it('hashes with scrypt N=2^15 r=8 p=1 and a fresh salt, in the scrypt$N$r$p$salt$hash format', async () => {
    const [a, b] = await Promise.all([
      hashPassword('a long enough passphrase'),
      hashPassword('a long enough passphrase'),
    ]);
    const parts = a.split('$');
    assert.deepEqual(parts.slice(0, 4), ['scrypt', '32768', '8', '1']);
    assert.equal(Buffer.from(parts[4], 'base64url').length, 16);
    assert.equal(Buffer.from(parts[5], 'base64url').length, 32);
    assert.notEqual(a, b, 'each hash has its own salt');
  });

  it('verifies the right password only, the same however its accents were composed', async () => {
    const hash = await hashPassword('café au lait twice');
    assert.equal(await verifyPassword('café au lait twice', hash), true);
    assert.equal(await verifyPassword('cafe\u0301 au lait twice', hash), true, 'decomposed é is the same password');
    assert.equal(await verifyPassword('Café au lait twice', hash), false);
    assert.equal(await verifyPassword('', hash), false);
  });

  it('answers false for no hash or a malformed one, after doing the same work', async () => {
    const hash = await hashPassword('warm up the dummy hash');
    await verifyPassword('x', null);
    const time = async (stored: string | null) => {
      const start = process.hrtime.bigint();
      assert.equal(await verifyPassword('some guess at it', stored), false);
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    const real = await time(hash);
    const none = await time(null);
    assert.ok(none > real / 3, `no account took ${none} ms, a real one ${real} ms`);
    for (const bad of [
      '',
      'plain',
      'scrypt$3$8$1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA',
      'scrypt$1048576$8$1$c2FsdHNhbHQ$aGFzaA',
    ]) {
      assert.equal(await verifyPassword('plain', bad), false, bad);
    }
  });

  const refused: [string, string, RegExp][] = [
    ['eleven char', 'a@x.example', /at least 12 characters/],
    ['x'.repeat(257), 'a@x.example', /at most 256/],
    ['Password-1234', 'a@x.example', /well-known/],
    ['QWERTY 123456', 'a@x.example', /well-known/],
    ['aaaaaaaaaaaaaaaa', 'a@x.example', /well-known/],
    ['!!!!!!!!!!!!!!1', 'a@x.example', /well-known/],
    ['my name is jo.bloggs ok', 'Jo.Bloggs@x.example', /email address/],
  ];
  for (const [password, email, problem] of refused) {
    it(`refuses ${JSON.stringify(password.slice(0, 20))}, naming the password field`, () => {
      const fields = passwordProblems(password, email);
      assert.equal(fields.length, 1);
      assert.equal(fields[0].field, 'password');
      assert.match(fields[0].problem, problem);
      assert.throws(
        () => checkNewPassword(password, email),
        (error: unknown) => error instanceof ValidationError && error.fields[0].field === 'password',
      );
    });
  }

  it('takes a long passphrase, twelve characters of anything unusual, and a short email local part', () => {
    assert.deepEqual(passwordProblems('correct horse battery staple pinned', 'a@x.example'), []);
    assert.deepEqual(passwordProblems('Tq7#vLp2!xZw', 'a@x.example'), []);
    assert.deepEqual(passwordProblems('jo likes long walks', 'jo@x.example'), [], 'two letters is no clue');
    assert.deepEqual(
      passwordProblems('🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂x', 'a@x.example').length,
      1,
      'letters and digits are what count',
    );
    assert.equal(passwordProblems(12345678901234, 'a@x.example')[0].problem, 'must be text');
  });
});
