import type { emailCallableNames } from '@portail/shared';
import { callFunction } from '@portail/web';

type EmailCallable = keyof typeof emailCallableNames;

/** The e-mail callables, through the one callable client (ID token, App Check). */
export function callEmailFunction<T = unknown>(name: EmailCallable, data: unknown): Promise<T> {
  return callFunction<T>(name, data);
}
