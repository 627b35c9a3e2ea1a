import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey as pbkdf2 } from 'altcha-lib/algorithms/web/pbkdf2';
import { deriveKey as sha } from 'altcha-lib/algorithms/web/sha';
import { endpoint, type Proof } from '../api/feedback-body.js';

/** A solution this close to its challenge's expiry is thrown away and a new one solved. */
const EXPIRY_MARGIN_MS = 30_000;
const CHALLENGE_TIMEOUT_MS = 10_000;

// One solution in hand (or on its way) per API, started when the patient starts on the form.
const ready = new Map<string, Promise<Proof | null>>();

/**
 * Fetch a challenge and solve it with the browser's Web Crypto. Null means the service asks for
 * no proof of work (it has no challenge endpoint). Rejects when the service cannot be reached.
 */
async function solveNew(apiBase: string): Promise<Proof | null> {
  const response = await fetch(endpoint(apiBase, 'challenge'), {
    credentials: 'omit',
    cache: 'no-store',
    signal: AbortSignal.timeout(CHALLENGE_TIMEOUT_MS),
  });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`The challenge endpoint answered ${response.status}`);
  const challenge = (await response.json()) as Challenge;
  const deriveKey = challenge.parameters.algorithm.startsWith('PBKDF2/') ? pbkdf2 : sha;
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('The challenge was not solved in time');
  return { challenge, solution: { counter: solution.counter, derivedKey: solution.derivedKey } };
}

const stale = ({ challenge }: Proof) =>
  challenge.parameters.expiresAt !== undefined && challenge.parameters.expiresAt * 1000 - Date.now() < EXPIRY_MARGIN_MS;

/** Start solving a challenge in the background, unless one is already solved or on its way. */
export function prepare(apiBase: string): void {
  if (ready.has(apiBase)) return;
  const solving = solveNew(apiBase);
  ready.set(apiBase, solving);
  solving.catch(() => ready.get(apiBase) === solving && ready.delete(apiBase));
}

/** A fresh proof of work for one submission: the one prepared earlier if it is still good. */
export async function takeProof(apiBase: string): Promise<Proof | null> {
  const waiting = ready.get(apiBase) ?? solveNew(apiBase);
  ready.delete(apiBase);
  const proof = await waiting;
  return proof && stale(proof) ? solveNew(apiBase) : proof;
}
