/**
 * The production Content-Security-Policy has no 'unsafe-eval'. zod 4 probes `new Function` once
 * to choose its faster parser; the probe is caught, yet the browser still reports a CSP violation
 * on every page that parses. zod's `jitless` setting skips the probe. It is set on the global that
 * zod reads its settings from (whichever loads first), so the sign-in page need not download zod
 * just to say so. Call before anything parses.
 */
export function parseWithoutEval(): void {
  const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
  holder.__zod_globalConfig ??= {};
  holder.__zod_globalConfig.jitless = true;
}
