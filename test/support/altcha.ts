import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import type { AltchaPayload } from '../../backend/src/abuse/proof-of-work.js';

/** Solve a challenge the way the widget does, with altcha-lib (Node's PBKDF2 here). */
export async function solve(challenge: Challenge): Promise<AltchaPayload> {
  const solution = await solveChallenge({ challenge, deriveKey, timeout: 10_000 });
  if (!solution) throw new Error('could not solve the challenge in 10 s');
  return { challenge, solution };
}

/** Fetch a challenge from the running service and solve it: the `altcha` field of a submission. */
export async function solvedAltcha(baseUrl: string, headers: Record<string, string> = {}): Promise<AltchaPayload> {
  const res = await fetch(`${baseUrl}/api/v1/challenge`, { headers });
  if (res.status !== 200) throw new Error(`GET /api/v1/challenge answered ${res.status}: ${await res.text()}`);
  return solve((await res.json()) as Challenge);
}
