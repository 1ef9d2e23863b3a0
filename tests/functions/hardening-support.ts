// What the hardening tests (tests/functions/*-hardening, rate-limits, human-check) share: calls
// made as the apps make them (plain fetch of the callable protocol), from an address of the
// test's choosing, and the robot check solved as the sign-up page's widget solves it.
import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pbkdf2, solveChallenge, type Challenge } from 'altcha/lib';
import { host, ports, projectId } from '../support/stack.js';

export const functionsUrl = `http://${host}:${ports.functions}/${projectId}/us-central1`;

/** A fresh caller address: the emulator takes it from X-Test-Client-Ip (and only the emulator). */
export const freshAddress = () =>
  `10.${randomInt(0, 256)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;

export interface RawAnswer<T = unknown> {
  status: number;
  result?: T;
  error?: {
    status: string;
    message: string;
    details?: { code?: string } & Record<string, unknown>;
  };
}

/** A callable, called with `fetch` as packages/web's callFunction does, from `address`. */
export async function rawCall<T = unknown>(
  name: string,
  data: unknown,
  { address = freshAddress(), idToken }: { address?: string; idToken?: string } = {},
): Promise<RawAnswer<T>> {
  const response = await fetch(`${functionsUrl}/${name}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-test-client-ip': address,
      ...(idToken ? { authorization: `Bearer ${idToken}` } : {}),
    },
    body: JSON.stringify({ data }),
  });
  const body = (await response.json()) as Omit<RawAnswer<T>, 'status'>;
  return { status: response.status, ...body };
}

/** The values of functions/.env.local, which the emulated functions run with. */
export function localEnv(): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of readFileSync('functions/.env.local', 'utf8').split('\n')) {
    const match = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (match) values[match[1]!] = match[2]!;
  }
  return values;
}

/** The limit the emulated functions apply for an action's variable (`max/minutes`). */
export function localLimit(variable: string): number {
  const value = localEnv()[variable];
  const max = Number(value?.split('/')[0]);
  if (!Number.isInteger(max)) throw new Error(`functions/.env.local has no ${variable}`);
  return max;
}

/** A challenge as the backend hands it to the widget. */
export async function fetchChallenge(): Promise<Challenge> {
  const response = await fetch(`${functionsUrl}/signUpChallenge`);
  if (!response.ok) throw new Error(`signUpChallenge answered ${response.status}`);
  return (await response.json()) as Challenge;
}

/** The widget's payload for a challenge: base64 of `{ challenge, solution }`. */
export async function solve(challenge: Challenge): Promise<string> {
  const solution = await solveChallenge({ challenge, deriveKey: pbkdf2.deriveKey });
  if (!solution) throw new Error('the challenge could not be solved');
  return encodePayload({
    challenge: { parameters: challenge.parameters, signature: challenge.signature },
    solution,
  });
}

export const encodePayload = (payload: unknown) =>
  Buffer.from(JSON.stringify(payload)).toString('base64');

/** A fresh solution, as a user's browser would send it. */
export async function solvedHumanCheck(): Promise<string> {
  return solve(await fetchChallenge());
}
