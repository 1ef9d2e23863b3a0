import { createHash } from 'node:crypto';

/**
 * The abuse limits of the public callables, in one table: for each action, how many calls one
 * caller address (`ip`) or one e-mail address (`email`) may make in a fixed window. Each limit can
 * be changed with its environment variable, `<max>` or `<max>/<window in minutes>` (e.g.
 * `RATE_LIMIT_SIGN_UP_IP=5/60`); a value that does not parse keeps the default.
 */
export const rateLimitedActions = [
  'signUp',
  'staffRequest',
  'passwordReset',
  'signInLink',
  'linkCompletion',
] as const;
export type RateLimitedAction = (typeof rateLimitedActions)[number];
export type RateLimitDimension = 'ip' | 'email';

export interface RateLimit {
  action: RateLimitedAction;
  dimension: RateLimitDimension;
  max: number;
  windowMinutes: number;
  /** The environment variable that overrides `max` (and the window). */
  env: string;
  /** Which callables count against it, for the README. */
  callables: readonly string[];
}

const limit = (
  action: RateLimitedAction,
  dimension: RateLimitDimension,
  max: number,
  windowMinutes: number,
  env: string,
  callables: readonly string[],
): RateLimit => ({ action, dimension, max, windowMinutes, env, callables });

const completions = ['completeFirstLogin', 'completeSignInLink', 'completePasswordReset'];

export const defaultRateLimits: readonly RateLimit[] = [
  limit('signUp', 'ip', 5, 60, 'RATE_LIMIT_SIGN_UP_IP', ['signUpTenant']),
  limit('staffRequest', 'ip', 5, 60, 'RATE_LIMIT_STAFF_REQUEST_IP', ['requestStaffAccess']),
  limit('staffRequest', 'email', 3, 60, 'RATE_LIMIT_STAFF_REQUEST_EMAIL', ['requestStaffAccess']),
  limit('passwordReset', 'ip', 10, 10, 'RATE_LIMIT_PASSWORD_RESET_IP', ['requestPasswordReset']),
  limit('passwordReset', 'email', 3, 10, 'RATE_LIMIT_PASSWORD_RESET_EMAIL', [
    'requestPasswordReset',
  ]),
  limit('signInLink', 'ip', 10, 10, 'RATE_LIMIT_SIGN_IN_LINK_IP', ['requestSignInLink']),
  limit('signInLink', 'email', 3, 10, 'RATE_LIMIT_SIGN_IN_LINK_EMAIL', ['requestSignInLink']),
  // One budget for the three link pages: guessing a token is the same attack on each.
  limit('linkCompletion', 'ip', 20, 10, 'RATE_LIMIT_LINK_COMPLETION_IP', completions),
];

const setting = /^\s*(\d{1,7})\s*(?:\/\s*(\d{1,6})\s*)?$/;

/** The limit with its environment variable applied, when that variable is a valid setting. */
export function configuredLimit(
  base: RateLimit,
  env: Record<string, string | undefined> = process.env,
): RateLimit {
  const match = setting.exec(env[base.env] ?? '');
  if (!match) return base;
  const max = Number(match[1]);
  const windowMinutes = match[2] === undefined ? base.windowMinutes : Number(match[2]);
  if (max < 1 || windowMinutes < 1) return base;
  return { ...base, max, windowMinutes };
}

/** The limits of one action, as configured. */
export function limitsOf(
  action: RateLimitedAction,
  env: Record<string, string | undefined> = process.env,
): RateLimit[] {
  return defaultRateLimits
    .filter((candidate) => candidate.action === action)
    .map((candidate) => configuredLimit(candidate, env));
}

/** The fixed window `now` falls in: windows start at multiples of their length since the epoch. */
export function windowOf(limitMinutes: number, now: number): { start: number; end: number } {
  const length = limitMinutes * 60_000;
  const start = Math.floor(now / length) * length;
  return { start, end: start + length };
}

/**
 * One counter per action, dimension, key and window. The id is a hash of all four: neither the
 * address nor the e-mail is stored, and each window starts from a document of its own, so
 * nothing ever has to be reset.
 */
export function rateLimitDocId(
  action: RateLimitedAction,
  dimension: RateLimitDimension,
  key: string,
  windowStart: number,
): string {
  return createHash('sha256')
    .update(`${action}\n${dimension}\n${key}\n${windowStart}`)
    .digest('hex');
}

/** "Trop de demandes : réessayez dans N minutes.", N rounded up, at least 1. */
export function tooManyMessage(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return `Trop de demandes : réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}.`;
}
