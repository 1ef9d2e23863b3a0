import { FirebaseError } from 'firebase/app';
import { httpsCallable } from 'firebase/functions';
import { callableNames } from '@portail/shared';
import { functions } from './client.js';

export type CallableName = keyof typeof callableNames;

/** Calls one of the backend's callable functions by its shared name. */
export async function callFunction<T = unknown>(name: CallableName, data?: unknown): Promise<T> {
  const result = await httpsCallable(functions, callableNames[name])(data);
  return result.data as T;
}

/**
 * The message to show for a failed call. The functions answer in French already; anything else
 * (network, internal) gets a generic sentence rather than a stack trace.
 */
export function errorMessage(
  error: unknown,
  fallback = 'Une erreur est survenue. Réessayez.',
): string {
  if (error instanceof FirebaseError && error.code.startsWith('functions/')) {
    if (error.code === 'functions/internal' || error.code === 'functions/unavailable')
      return fallback;
    // The SDK appends the HTTP status (" [404]") to the function's message: not for users' eyes.
    return error.message.replace(/\s*\[\d{3}\]$/, '');
  }
  return fallback;
}
