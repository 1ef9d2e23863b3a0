import { AggregatorError, type ListingPortal } from '@portail/shared';
import type { HttpClient, HttpRequest, HttpResponse } from '../types.js';
import type { Clock } from './clock.js';
import type { Throttle } from './throttle.js';
import { detectBlockPage } from '../parsing/blocked.js';

export interface PoliteOptions {
  /** Names the product and how to reach its operator, on every request (A5). */
  userAgent: string;
  timeoutMs: number;
  /** Further attempts after a 429, a 5xx, a timeout or a network failure. */
  maxRetries: number;
  backoffBaseMs: number;
  maxBackoffMs: number;
}

export const defaultPoliteOptions: Omit<PoliteOptions, 'userAgent'> = {
  timeoutMs: 20_000,
  maxRetries: 3,
  backoffBaseMs: 5_000,
  maxBackoffMs: 120_000,
};

/** `PortailImmoBot/1.0 (+https://example.fr/robot)`: identifies the robot, as A5 requires. */
export function buildUserAgent(contactUrl: string, version = '1.0'): string {
  return `PortailImmoBot/${version} (+${contactUrl})`;
}

export interface PoliteFetchDeps {
  http: HttpClient;
  clock: Clock;
  throttle: Throttle;
}

function retryAfterMs(response: HttpResponse, clock: Clock): number | undefined {
  const header = response.headers['retry-after'];
  if (header === undefined) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - clock.now());
}

function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

async function attempt(
  request: HttpRequest,
  options: PoliteOptions,
  deps: PoliteFetchDeps,
  portal: ListingPortal,
): Promise<HttpResponse> {
  const controller = new AbortController();
  let cancelTimer: () => void = () => undefined;
  const timedOut = new Promise<never>((_, reject) => {
    cancelTimer = deps.clock.setTimer(() => {
      controller.abort();
      reject(new AggregatorError('timeout', { portal, detail: `${options.timeoutMs} ms` }));
    }, options.timeoutMs);
  });
  try {
    const headers = { ...request.headers, 'User-Agent': options.userAgent };
    const answer = deps.http({ ...request, headers, signal: controller.signal });
    return await Promise.race([answer, timedOut]);
  } catch (error) {
    if (error instanceof AggregatorError) throw error;
    throw new AggregatorError('network', {
      portal,
      detail: error instanceof Error ? error.message : String(error),
    });
  } finally {
    cancelTimer();
  }
}

/**
 * One request, politely: throttled per portal, identified, bounded in time, retried with
 * exponential backoff (honouring `Retry-After`) on 429, 5xx, timeouts and network failures.
 * Other statuses are answered as they are; the caller decides what they mean.
 */
export async function politeFetch(
  request: HttpRequest,
  portal: ListingPortal,
  options: PoliteOptions,
  deps: PoliteFetchDeps,
): Promise<HttpResponse> {
  for (let retry = 0; ; retry++) {
    await deps.throttle.acquire();
    let failure: AggregatorError | undefined;
    let response: HttpResponse | undefined;
    try {
      response = await attempt(request, options, deps, portal);
    } catch (error) {
      failure = error as AggregatorError;
    }
    const retryable =
      failure !== undefined || (response !== undefined && isRetryableStatus(response.status));
    if (!retryable) return response!;
    if (retry >= options.maxRetries) {
      if (failure !== undefined) throw failure;
      return response!;
    }
    const backoff = options.backoffBaseMs * 2 ** retry;
    const asked = response === undefined ? undefined : retryAfterMs(response, deps.clock);
    await deps.clock.sleep(Math.min(options.maxBackoffMs, Math.max(backoff, asked ?? 0)));
  }
}

/** A response the adapters can read: 2xx. Anything else becomes a coded error. */
export function assertOk(response: HttpResponse, portal: ListingPortal): void {
  if (response.status >= 200 && response.status < 300) return;
  const vendor = detectBlockPage(response);
  if (vendor !== null) {
    throw new AggregatorError('blocked', {
      portal,
      status: response.status,
      detail: `page de vérification ${vendor}`,
    });
  }
  throw new AggregatorError('http', {
    portal,
    status: response.status,
    detail: `HTTP ${response.status}`,
  });
}
