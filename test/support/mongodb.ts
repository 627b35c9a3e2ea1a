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
    return {
      reason: `MONGODB_URI unset and mongodb-memory-server could not start: ${detail} (set MONGODB_URI, or MONGOMS_SYSTEM_BINARY to a mongod, to run it)`,
    };
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
