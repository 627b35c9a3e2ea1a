import { MongoClient } from 'mongodb';
import { MongoBinary, MongoMemoryServer } from 'mongodb-memory-server';

/**
 * A MongoDB to run the contract against: `MONGODB_URI` when set (then failing to reach it fails
 * the suite), else a mongodb-memory-server. Resolves to a reason when there is none.
 */
export async function findMongo(): Promise<{ uri: string; server?: MongoMemoryServer } | { reason: string }> {
  const uri = process.env.MONGODB_URI?.trim();
  if (uri) return { uri };
  // Several contract suites ask; once the memory server has failed, the next would fail alike.
  if (memoryServerFailure) return { reason: memoryServerFailure };
  try {
    const server = await startMemoryServer();
    return { uri: server.getUri(), server };
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
    memoryServerFailure = `MONGODB_URI unset and mongodb-memory-server could not start: ${detail} (set MONGODB_URI, or MONGOMS_SYSTEM_BINARY to a mongod, to run it)`;
    return { reason: memoryServerFailure };
  }
}

let memoryServerFailure: string | null = null;

/** Offline, the download fails at once; a hanging network is cut off here instead of by mocha. */
export const MEMORY_SERVER_CAP_MS = 15_000;

async function startMemoryServer(): Promise<MongoMemoryServer> {
  // Locate (or download) mongod first: MongoBinary.getPath fails quietly, while a failed
  // MongoMemoryServer.create also prints a warning. Offline, the library retries the download
  // for about 7 s; one attempt is enough to learn there is no network, unless the caller says.
  const retriesUnset = process.env.MONGOMS_MAX_RETRIES === undefined;
  if (retriesUnset) process.env.MONGOMS_MAX_RETRIES = '1'; // attempts, despite the name
  let timer: NodeJS.Timeout | undefined;
  const starting = MongoBinary.getPath().then(() => MongoMemoryServer.create());
  const cap = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no mongod within ${MEMORY_SERVER_CAP_MS / 1000} s (a download may be needed)`)),
      MEMORY_SERVER_CAP_MS,
    );
  });
  try {
    return await Promise.race([starting, cap]);
  } catch (error) {
    starting.then(
      (late) => late.stop(),
      () => undefined,
    );
    throw error;
  } finally {
    clearTimeout(timer);
    if (retriesUnset) delete process.env.MONGOMS_MAX_RETRIES;
  }
}

/** The MongoDB one contract suite runs on, filled in by its `before` hook. */
export interface SuiteMongo {
  uri: string;
  /** A connected client, for tests to open databases and drop them after. */
  admin: MongoClient;
  /** A fresh database name for one test, named for this run. */
  nextDbName(): string;
}

/**
 * Call inside a `describe`: before its tests, find a MongoDB (`findMongo`) and connect, or print
 * `SKIPPED: <suite>: no MongoDB, because …` and skip the whole suite; after them, disconnect and
 * stop any memory server. Each test takes its own database from `nextDbName()` and drops it.
 */
export function mongoForSuite(suite: string, prefix: string): SuiteMongo {
  const runName = `${prefix}_${process.pid}_${Date.now()}`;
  let tests = 0;
  let server: MongoMemoryServer | undefined;
  const mongo = { nextDbName: () => `${runName}_${++tests}` } as SuiteMongo;
  before(async function () {
    this.timeout(MEMORY_SERVER_CAP_MS + 10_000);
    const found = await findMongo();
    if ('reason' in found) {
      process.stderr.write(`SKIPPED: ${suite}: no MongoDB, because ${found.reason}\n`);
      this.skip();
    }
    ({ uri: mongo.uri, server } = found);
    mongo.admin = new MongoClient(mongo.uri, { serverSelectionTimeoutMS: 5_000 });
    await mongo.admin.db('admin').command({ ping: 1 });
  });
  after(async function () {
    await mongo.admin?.close();
    await server?.stop();
  });
  return mongo;
}
