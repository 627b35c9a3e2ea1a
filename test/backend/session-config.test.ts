import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '../../backend/src/config.js';
import { DEFAULT_SESSION_POLICY, sessionPolicyFrom } from '../../backend/src/http/staff/staff-deps.js';

describe('configuration: staff sessions', () => {
  it('defaults to 30 idle minutes, 12 hours, and a Secure cookie decided per request', () => {
    const config = loadConfig({});
    assert.equal(config.sessionIdleMinutes, 30);
    assert.equal(config.sessionAbsoluteHours, 12);
    assert.equal(config.cookieSecure, null);
    const policy = sessionPolicyFrom(config);
    assert.deepEqual(policy, DEFAULT_SESSION_POLICY);
    assert.equal('secureCookie' in policy, false, 'unset leaves the per-request decision');
  });

  it('reads SESSION_IDLE_MINUTES, SESSION_ABSOLUTE_HOURS and COOKIE_SECURE into the session policy', () => {
    const config = loadConfig({ SESSION_IDLE_MINUTES: '15', SESSION_ABSOLUTE_HOURS: '8', COOKIE_SECURE: 'true' });
    assert.deepEqual(sessionPolicyFrom(config), {
      ...DEFAULT_SESSION_POLICY,
      idleMinutes: 15,
      absoluteHours: 8,
      secureCookie: true,
    });
    assert.equal(loadConfig({ COOKIE_SECURE: ' FALSE ' }).cookieSecure, false);
    assert.equal(sessionPolicyFrom(loadConfig({ COOKIE_SECURE: 'false' })).secureCookie, false);
  });

  it('reads DEMO_STAFF_PASSWORD for the demo staff accounts (random when unset)', () => {
    assert.equal(loadConfig({}).demoStaffPassword, null);
    assert.equal(loadConfig({ DEMO_STAFF_PASSWORD: ' a demo passphrase ' }).demoStaffPassword, 'a demo passphrase');
  });

  const bad: [Record<string, string>, RegExp][] = [
    [{ SESSION_IDLE_MINUTES: '0' }, /^SESSION_IDLE_MINUTES must be between 1 and 1440/],
    [{ SESSION_IDLE_MINUTES: 'half an hour' }, /^SESSION_IDLE_MINUTES must be a whole number/],
    [{ SESSION_ABSOLUTE_HOURS: '169' }, /^SESSION_ABSOLUTE_HOURS must be between 1 and 168/],
    [{ SESSION_ABSOLUTE_HOURS: '1.5' }, /^SESSION_ABSOLUTE_HOURS must be a whole number/],
    [{ COOKIE_SECURE: 'sometimes' }, /^COOKIE_SECURE must be true or false/],
    [{ DEMO_STAFF_PASSWORD: 'short' }, /^DEMO_STAFF_PASSWORD must be at least 12/],
  ];
  for (const [env, message] of bad) {
    it(`stops on ${Object.keys(env)[0]}=${Object.values(env)[0]} with a message naming the variable`, () => {
      assert.throws(
        () => loadConfig(env),
        (error: unknown) => error instanceof ConfigError && message.test(error.message),
      );
    });
  }
});
