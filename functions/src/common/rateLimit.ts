import { HttpsError, type CallableRequest } from 'firebase-functions/v2/https';
import { Timestamp } from 'firebase-admin/firestore';
import { db } from '../admin.js';
import { clientAddress } from './clientAddress.js';
import {
  limitsOf,
  rateLimitDocId,
  tooManyMessage,
  windowOf,
  type RateLimitedAction,
} from './rateLimitPolicy.js';

/** Functions only (firestore.rules denies every client); entries expire with their window. */
export const RATE_LIMITS_COLLECTION = 'rateLimits';

export interface RateLimitSubject {
  /** The caller's address (`clientAddress`). */
  ip: string;
  /** The e-mail address the call is about, normalised (the schemas lower-case it). */
  email?: string;
}

/**
 * Counts one call of `action` against each of its limits and refuses it, counting and doing
 * nothing, when any of them is already reached: `resource-exhausted`, "Trop de demandes :
 * réessayez dans N minutes.", with `details.code` `rate-limited` and the seconds to wait. All
 * counters move in one transaction, so a refused call leaves every one of them as it was.
 */
export async function enforceRateLimit(
  action: RateLimitedAction,
  subject: RateLimitSubject,
  now = Date.now(),
): Promise<void> {
  const counters = limitsOf(action)
    .filter((limit) => limit.dimension === 'ip' || subject.email)
    .map((limit) => {
      const window = windowOf(limit.windowMinutes, now);
      const key = limit.dimension === 'ip' ? subject.ip : subject.email!;
      const id = rateLimitDocId(action, limit.dimension, key, window.start);
      return { limit, window, ref: db.collection(RATE_LIMITS_COLLECTION).doc(id) };
    });
  if (counters.length === 0) return;

  const retryAfterMs = await db.runTransaction(async (tx) => {
    const snapshots = await tx.getAll(...counters.map((counter) => counter.ref));
    const counts = snapshots.map((snapshot) => Number(snapshot.get('count') ?? 0));
    const reached = counters.filter((counter, i) => counts[i]! >= counter.limit.max);
    if (reached.length > 0) return Math.max(...reached.map((counter) => counter.window.end - now));
    counters.forEach((counter, i) => {
      tx.set(counter.ref, {
        action,
        dimension: counter.limit.dimension,
        count: counts[i]! + 1,
        windowStart: Timestamp.fromMillis(counter.window.start),
        // A TTL policy on this field deletes the counter once its window is over.
        expiresAt: Timestamp.fromMillis(counter.window.end),
      });
    });
    return null;
  });
  if (retryAfterMs !== null) {
    throw new HttpsError('resource-exhausted', tooManyMessage(retryAfterMs), {
      code: 'rate-limited',
      retryAfterSeconds: Math.ceil(retryAfterMs / 1000),
    });
  }
}

/** The same, for a callable: the caller's address comes from its HTTP request. */
export function limitCallable(
  action: RateLimitedAction,
  request: Pick<CallableRequest, 'rawRequest'>,
  email?: string,
): Promise<void> {
  return enforceRateLimit(action, { ip: clientAddress(request.rawRequest), email });
}
