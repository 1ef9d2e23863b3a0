import { readFileSync } from 'node:fs';
import type { Clock } from '../runner/clock.js';
import type { HttpRequest, HttpResponse } from '../types.js';

/** A saved response of `fixtures/<portal>/<name>`, as the portal served it. */
export function fixture(portal: string, name: string, status = 200): HttpResponse {
  const body = readFileSync(new URL(`../fixtures/${portal}/${name}`, import.meta.url), 'utf8');
  const type = name.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/json';
  return { status, headers: { 'content-type': type }, body };
}

export function response(
  status: number,
  body = '',
  headers: Record<string, string> = {},
): HttpResponse {
  return { status, headers, body };
}

/**
 * Virtual time: `sleep` advances it at once and records the wait; timers fire when time passes
 * them (`advance`, or a later `sleep`).
 */
export class FakeClock implements Clock {
  time = 0;
  readonly sleeps: number[] = [];
  private timers: { at: number; callback: () => void }[] = [];

  now(): number {
    return this.time;
  }

  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.advance(ms);
  }

  setTimer(callback: () => void, ms: number): () => void {
    const timer = { at: this.time + ms, callback };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((candidate) => candidate !== timer);
    };
  }

  advance(ms: number): void {
    this.time += ms;
    const due = this.timers.filter((timer) => timer.at <= this.time);
    this.timers = this.timers.filter((timer) => timer.at > this.time);
    for (const timer of due) timer.callback();
  }
}

/**
 * Answers requests in turn and records them with the virtual time they were sent at. `'hang'`
 * never answers and lets virtual time run on, as a portal that stopped responding would.
 */
export class ScriptedHttp {
  readonly requests: (HttpRequest & { at: number })[] = [];

  constructor(
    private readonly clock: FakeClock,
    private readonly answer: (request: HttpRequest, index: number) => HttpResponse | 'hang' | Error,
  ) {}

  readonly client = async (request: HttpRequest): Promise<HttpResponse> => {
    const index = this.requests.length;
    this.requests.push({ ...request, at: this.clock.now() });
    const answer = this.answer(request, index);
    if (answer === 'hang') {
      this.clock.advance(10 * 60_000);
      return new Promise<HttpResponse>(() => undefined);
    }
    if (answer instanceof Error) throw answer;
    return answer;
  };
}

/** The code of the `AggregatorError` `run` throws (fails the test when it throws nothing). */
export function thrownCode(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as { code?: string }).code ?? `not coded: ${String(error)}`;
  }
  throw new Error('expected an error');
}

export async function rejectedCode(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    return (error as { code?: string }).code ?? `not coded: ${String(error)}`;
  }
  throw new Error('expected a rejection');
}
