import { GeoError } from '@portail/shared';

export type FetchLike = (input: string, init?: { signal?: AbortSignal }) => Promise<Response>;

export interface JsonAnswer {
  status: number;
  /** The parsed body; `undefined` when it was not JSON (an HTML error page, for instance). */
  body: unknown;
}

/**
 * GETs a provider URL within `timeoutMs`. A request that never reaches the provider is
 * `unreachable`, one that takes too long is `timeout`; the body is parsed when it is JSON.
 */
export async function getJson(
  fetchImpl: FetchLike,
  url: string,
  timeoutMs: number,
): Promise<JsonAnswer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetchImpl(url, { signal: controller.signal });
    } catch (error) {
      if (controller.signal.aborted) throw new GeoError('timeout', `no answer in ${timeoutMs} ms`);
      throw new GeoError('unreachable', error instanceof Error ? error.message : String(error));
    }
    let text: string;
    try {
      text = await response.text();
    } catch {
      if (controller.signal.aborted)
        throw new GeoError('timeout', `body not read in ${timeoutMs} ms`);
      throw new GeoError('unreachable', 'connection lost while reading the answer');
    }
    try {
      return { status: response.status, body: JSON.parse(text) as unknown };
    } catch {
      return { status: response.status, body: undefined };
    }
  } finally {
    clearTimeout(timer);
  }
}
