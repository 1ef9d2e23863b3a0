// Lighthouse on the BUILT client app, served as Hosting serves it (firebase.json's headers):
//
//   npm run bench:lighthouse      (against the running local stack: `npm start` first)
//
// Builds both apps (or reuses a build of the same sources), serves them on free ports, maps the
// demo agency's host there, and runs Lighthouse (mobile, simulated throttling) through Debian's
// chromium on the sign-in page (a first visit: storage reset) and on the first signed-in screen
// (signed in through playwright in the same browser, which Lighthouse attaches to by its
// debugging port; storage kept). Prints the scores, the JavaScript of each page (gzip -9 of the
// built files the page loaded, as bench:scale counts) and Chromium's installability check.
// Lighthouse 12 removed its PWA category: installability comes from Chromium itself
// (Page.getInstallabilityErrors) and the service worker's state.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { chromium, type Page } from 'playwright-core';
import { demoClients, demoPassword } from '../scripts/seed/demo-data.js';
import { hostingSite } from '../scripts/hosting/hostingConfig.js';
import { builtRoot, serveBuiltApps } from '../tests/hosting/builtApps.js';

const targets = { signInPerformance: 90, signInJsKb: 120, signedInJsKb: 300 };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const clientDist = join(builtRoot, hostingSite('client').public);
const gzipKb = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length / 1024;

interface NetworkItem {
  url: string;
  resourceType?: string;
}

/** The built files of the app's own scripts that the page loaded, and their gzip size. */
function scriptsOf(lhr: { audits: Record<string, { details?: unknown }> }, origin: string) {
  const items = ((lhr.audits['network-requests']?.details as { items?: NetworkItem[] })?.items ??
    []) as NetworkItem[];
  const paths = new Set(
    items
      .filter((item) => item.resourceType === 'Script' && item.url.startsWith(origin))
      .map((item) => new URL(item.url).pathname),
  );
  const files = [...paths].map((path) => ({ path, kb: gzipKb(join(clientDist, path)) }));
  return { files, kb: files.reduce((sum, file) => sum + file.kb, 0) };
}

/**
 * The sign-in page's eager JavaScript, as the budget counts it (and bench:scale): the scripts
 * index.html loads and preloads, before any lazy chunk or idle prefetch.
 */
function eagerScripts() {
  const html = readFileSync(join(clientDist, 'index.html'), 'utf8');
  const paths = [
    ...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="(\/assets\/[^"]+\.js)"/g),
  ].map((match) => match[1]!);
  return paths.reduce((sum, path) => sum + gzipKb(join(clientDist, path)), 0);
}

async function audit(url: string, port: number, keepStorage: boolean) {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
    disableStorageReset: keepStorage,
  });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  return result.lhr;
}

const score = (lhr: Awaited<ReturnType<typeof audit>>, id: string) => {
  const value = lhr.categories[id]?.score;
  return value === null || value === undefined ? '—' : String(Math.round(value * 100));
};

async function installability(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  await cdp.detach();
  const worker = await page.evaluate(
    async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? 'none',
  );
  return { errors: installabilityErrors.map((error) => error.errorId), worker };
}

/** Where a long run is (stderr, so that the printed numbers stay apart). */
const step = (what: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${what}`);

async function main() {
  step('building (or reusing) and serving the built apps');
  const apps = await serveBuiltApps();
  const profile = mkdtempSync(join(tmpdir(), 'lighthouse-profile-'));
  const debuggingPort = await freePort();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      `--remote-debugging-port=${debuggingPort}`,
    ],
    locale: 'fr-FR',
  });
  try {
    const origin = `http://${apps.hosts.demo.client}`;
    const rows: string[] = [];
    const print = (name: string, lhr: Awaited<ReturnType<typeof audit>>, jsKb: number) =>
      rows.push(
        `${name.padEnd(22)} performance ${score(lhr, 'performance').padStart(3)}  accessibility ${score(lhr, 'accessibility').padStart(3)}  best practices ${score(lhr, 'best-practices').padStart(3)}  JS ${jsKb.toFixed(1).padStart(6)} KB gzip`,
      );

    step('Lighthouse on the sign-in page');
    const signIn = await audit(`${origin}/`, debuggingPort, false);
    const signInJs = scriptsOf(signIn, origin);
    print('sign-in page', signIn, signInJs.kb);

    step('signing in');
    const page = context.pages()[0] ?? (await context.newPage());
    const julie = demoClients[0]!;
    await page.goto(`${origin}/`);
    await page.getByLabel('Adresse e-mail').fill(julie.email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(demoPassword);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page
      .getByRole('button', { name: /Se déconnecter|Menu/ })
      .first()
      .waitFor({ timeout: 60_000 });
    await page.evaluate(() => navigator.serviceWorker.ready);
    const install = await installability(page);

    step('Lighthouse on the first signed-in screen');
    const signedIn = await audit(`${origin}/`, debuggingPort, true);
    const signedInJs = scriptsOf(signedIn, origin);
    print('first signed-in screen', signedIn, signedInJs.kb);

    console.log(`Lighthouse ${signIn.lighthouseVersion} on ${origin} (built client app, mobile)`);
    for (const row of rows) console.log(`  ${row}`);
    console.log(
      `  installable: ${install.errors.length === 0 ? 'yes' : `no (${install.errors.join(', ')})`}, service worker ${install.worker}`,
    );
    const eager = eagerScripts();
    console.log(
      `  sign-in page eager JS (index.html's scripts and preloads) ${eager.toFixed(1)} KB gzip; ` +
        'the JS column counts every script a page loaded during the run (idle prefetch of Auth, ' +
        'the service worker registration included)',
    );
    console.log(
      `Targets: sign-in performance >= ${targets.signInPerformance} (${score(signIn, 'performance')}), ` +
        `sign-in eager JS <= ${targets.signInJsKb} KB (${eager.toFixed(1)}), ` +
        `first screen JS <= ${targets.signedInJsKb} KB (${signedInJs.kb.toFixed(1)})`,
    );
    for (const [name, js] of [
      ['the sign-in page', signInJs],
      ['the first signed-in screen', signedInJs],
    ] as const) {
      console.log(`Scripts of ${name} (gzip KB):`);
      for (const file of js.files.sort((a, b) => b.kb - a.kb)) {
        console.log(`  ${file.kb.toFixed(1).padStart(6)}  ${file.path}`);
      }
    }
  } finally {
    await context.close();
    await apps.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error.stack ?? error.message);
    process.exit(1);
  },
);
