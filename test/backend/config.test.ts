import assert from 'node:assert/strict';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../backend/src/config.js';

describe('configuration', () => {
  it('has working embedded defaults with nothing set', () => {
    const config = loadConfig({});
    assert.equal(config.port, 3000);
    assert.equal(config.dataDir, path.resolve('./data'));
    assert.equal(config.mongodbUri, null);
    assert.equal(config.redisUrl, null);
    assert.equal(config.smtpUrl, null);
    assert.equal(config.publicUrl, null);
    assert.equal(config.challengeSecret, null);
    assert.equal(config.challengeCost, 1000);
    assert.deepEqual(config.rateLimits, {
      ip: { points: 30, durationSeconds: 600 },
      practice: { points: 600, durationSeconds: 3600 },
      challenge: { points: 150, durationSeconds: 600 },
    });
    assert.equal(config.trustProxy, 0);
    assert.equal(config.safeguardingEmail, null);
    assert.equal(config.digestHour, 7);
  });

  it('reads the notification variables', () => {
    const config = loadConfig({ SAFEGUARDING_EMAIL: ' safeguarding@icb.nhs.example ', DIGEST_HOUR: '0' });
    assert.equal(config.safeguardingEmail, 'safeguarding@icb.nhs.example');
    assert.equal(config.digestHour, 0);
    assert.equal(loadConfig({ DIGEST_HOUR: '23' }).digestHour, 23);
  });

  it('reads the abuse-protection variables', () => {
    const config = loadConfig({
      CHALLENGE_SECRET: 'a-secret-of-at-least-32-characters-long',
      CHALLENGE_COST: '5000',
      RATE_LIMIT_IP: '100 / 15m',
      RATE_LIMIT_PRACTICE: '2000/1h',
      RATE_LIMIT_CHALLENGE: '10/30s',
      TRUST_PROXY: 'true',
    });
    assert.equal(config.challengeSecret, 'a-secret-of-at-least-32-characters-long');
    assert.equal(config.challengeCost, 5000);
    assert.deepEqual(config.rateLimits, {
      ip: { points: 100, durationSeconds: 900 },
      practice: { points: 2000, durationSeconds: 3600 },
      challenge: { points: 10, durationSeconds: 30 },
    });
    assert.equal(config.trustProxy, 1);
    assert.equal(loadConfig({ TRUST_PROXY: '2' }).trustProxy, 2);
    assert.equal(loadConfig({ TRUST_PROXY: 'false' }).trustProxy, 0);
  });

  it('reads the production variables', () => {
    const config = loadConfig({
      PORT: '8080',
      DATA_DIR: '/var/lib/yyg',
      MONGODB_URI: 'mongodb://db:27017/yyg',
      REDIS_URL: 'redis://cache:6379',
      SMTP_URL: 'smtp://relay:25',
      PUBLIC_URL: 'https://feedback.example.nhs.uk/',
    });
    assert.equal(config.port, 8080);
    assert.equal(config.dataDir, '/var/lib/yyg');
    assert.equal(config.mongodbUri, 'mongodb://db:27017/yyg');
    assert.equal(config.redisUrl, 'redis://cache:6379');
    assert.equal(config.smtpUrl, 'smtp://relay:25');
    assert.equal(config.publicUrl, 'https://feedback.example.nhs.uk');
  });

  const bad: [Record<string, string>, RegExp][] = [
    [{ PORT: 'eighty' }, /^PORT must be a whole number/],
    [{ PORT: '70000' }, /^PORT must be between/],
    [{ MONGODB_URI: 'postgres://x' }, /^MONGODB_URI must start with mongodb:/],
    [{ REDIS_URL: 'not a url' }, /^REDIS_URL must be a URL/],
    [{ SMTP_URL: 'http://relay' }, /^SMTP_URL must start with smtp:/],
    [{ PUBLIC_URL: 'ftp://x' }, /^PUBLIC_URL must start with http:/],
    [{ STAFF_TOKEN: 'short' }, /^STAFF_TOKEN must be at least 16/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL must be one of/],
    [{ CHALLENGE_SECRET: 'too-short' }, /^CHALLENGE_SECRET must be at least 32/],
    [{ CHALLENGE_COST: '0' }, /^CHALLENGE_COST must be between 1 and/],
    [{ CHALLENGE_COST: 'hard' }, /^CHALLENGE_COST must be a whole number/],
    [{ RATE_LIMIT_IP: '30' }, /^RATE_LIMIT_IP must look like 30\/10m/],
    [{ RATE_LIMIT_PRACTICE: '600/1d' }, /^RATE_LIMIT_PRACTICE must look like/],
    [{ RATE_LIMIT_IP: '0/10m' }, /^RATE_LIMIT_IP must allow 1 or more/],
    [{ RATE_LIMIT_CHALLENGE: '10/25h' }, /^RATE_LIMIT_CHALLENGE must have a window from 1s to 24h/],
    [{ TRUST_PROXY: 'maybe' }, /^TRUST_PROXY must be false, true or a number/],
    [{ SAFEGUARDING_EMAIL: 'Safeguarding <s@icb.example>' }, /^SAFEGUARDING_EMAIL must be one email address/],
    [{ SAFEGUARDING_EMAIL: 'a@icb.example,b@icb.example' }, /^SAFEGUARDING_EMAIL must be one email address/],
    [{ DIGEST_HOUR: '24' }, /^DIGEST_HOUR must be between 0 and 23/],
    [{ DIGEST_HOUR: '7am' }, /^DIGEST_HOUR must be a whole number/],
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
