import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, createFetchClient } from './fetchClient.js';

describe('createFetchClient', () => {
  it('passes the request on and answers status, lower-case headers and text', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const client = createFetchClient(async (url, init) => {
      seen.push({ url: String(url), init: init! });
      return new Response('{"total":0}', {
        status: 200,
        headers: { 'Content-Type': 'application/json', 'X-DataDome': 'protected' },
      });
    });
    const controller = new AbortController();
    const answer = await client({
      method: 'POST',
      url: 'https://api.portal.example/finder/search',
      headers: { 'User-Agent': 'PortailImmoBot/1.0' },
      body: '{}',
      signal: controller.signal,
    });
    expect(answer).toEqual({
      status: 200,
      headers: { 'content-type': 'application/json', 'x-datadome': 'protected' },
      body: '{"total":0}',
    });
    expect(seen[0]).toMatchObject({
      url: 'https://api.portal.example/finder/search',
      init: {
        method: 'POST',
        body: '{}',
        headers: { 'User-Agent': 'PortailImmoBot/1.0' },
        signal: controller.signal,
      },
    });
  });

  it('refuses an oversized body', async () => {
    const client = createFetchClient(
      async () =>
        new Response('x'.repeat(16), { headers: { 'Content-Length': String(MAX_BODY_BYTES + 1) } }),
    );
    await expect(client({ method: 'GET', url: 'https://portal.example/' })).rejects.toThrow(
      /au-delà/,
    );
  });
});
