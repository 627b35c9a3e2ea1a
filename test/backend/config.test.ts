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
