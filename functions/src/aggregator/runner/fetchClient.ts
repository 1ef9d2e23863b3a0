import type { HttpClient, HttpResponse } from '../types.js';

/** A results page is at most a few megabytes; more is not a page worth reading. */
export const MAX_BODY_BYTES = 15 * 1024 * 1024;

/**
 * The production HTTP client: the platform's `fetch`, bodies read as text up to
 * `MAX_BODY_BYTES`. Redirects are followed (portals redirect old listing links). Tests and the
 * local stack inject another client instead.
 */
export function createFetchClient(fetchImpl: typeof fetch = fetch): HttpClient {
  return async (request): Promise<HttpResponse> => {
    const answer = await fetchImpl(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: request.signal,
      redirect: 'follow',
    });
    const declared = Number(answer.headers.get('content-length') ?? '0');
    if (declared > MAX_BODY_BYTES) {
      await answer.body?.cancel();
      throw new Error(`réponse de ${declared} octets, au-delà de ${MAX_BODY_BYTES}`);
    }
    const bytes = new Uint8Array(await answer.arrayBuffer());
    if (bytes.byteLength > MAX_BODY_BYTES) {
      throw new Error(`réponse de ${bytes.byteLength} octets, au-delà de ${MAX_BODY_BYTES}`);
    }
    const headers: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      headers[name.toLowerCase()] = value;
    });
    return { status: answer.status, headers, body: new TextDecoder().decode(bytes) };
  };
}
