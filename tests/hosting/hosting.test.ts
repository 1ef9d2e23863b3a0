// The built apps as the local hosting server serves them: firebase.json's headers, rewrites and
// caching, and the manifest and icons of each agency per host.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoBranding } from '../../scripts/seed/demo-data.js';
import { repoRoot } from '../../scripts/hosting/hostingConfig.js';
import { agencyBis, fetchAs, serveBuiltApps, type ServedApps } from './builtApps.js';

let apps: ServedApps;
beforeAll(async () => {
  apps = await serveBuiltApps();
}, 300_000);
afterAll(async () => {
  await apps?.close();
});

const firebaseCsp = (() => {
  const config = JSON.parse(readFileSync(join(repoRoot, 'firebase.json'), 'utf8')) as {
    hosting: Array<{ headers: Array<{ headers: Array<{ key: string; value: string }> }> }>;
  };
  return config.hosting[0]!.headers[0]!.headers.find((h) => h.key === 'Content-Security-Policy')!
    .value;
})();

function directive(csp: string, name: string): string {
  return (
    csp
      .split(';')
      .map((part) => part.trim())
      .find((part) => part.startsWith(`${name} `)) ?? ''
  );
}

describe.each(['client', 'admin'] as const)('the %s app', (app) => {
  const server = () => apps[app];
  const host = () => apps.hosts.demo[app];

  it('serves index.html uncached, with the security headers', async () => {
    const response = await fetchAs(server(), host(), '/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d{8,}/);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    const csp = response.headers.get('content-security-policy') ?? '';
    // Scripts from this origin only, and reCAPTCHA's for App Check when a build enables it.
    expect(directive(csp, 'script-src')).toBe(
      "script-src 'self' https://www.google.com/recaptcha/ https://www.gstatic.com/recaptcha/",
    );
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(csp, 'object-src')).toBe("object-src 'none'");
    const html = await response.text();
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest"');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('relaxes only connect-src and img-src, for the emulators', async () => {
    const csp = (await fetchAs(server(), host(), '/')).headers.get('content-security-policy')!;
    expect(directive(csp, 'connect-src')).toBe(
      `${directive(firebaseCsp, 'connect-src')} http://127.0.0.1:9099 http://127.0.0.1:8080 http://127.0.0.1:5001 http://127.0.0.1:4443 http://127.0.0.1:4600`,
    );
    const others = (value: string) =>
      value
        .split('; ')
        .filter((part) => !/^(connect|img)-src /.test(part))
        .join('; ');
    expect(others(csp)).toBe(others(firebaseCsp));
  });

  it('serves hashed assets immutable and compressed', async () => {
    const html = await (await fetchAs(server(), host(), '/')).text();
    const script = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeTruthy();
    const plain = await fetchAs(server(), host(), script!);
    expect(plain.status).toBe(200);
    expect(plain.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(plain.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const source = Buffer.from(await plain.arrayBuffer());
    const brotli = await fetchAs(server(), host(), script!, { 'accept-encoding': 'gzip, br' });
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(brotliDecompressSync(Buffer.from(await brotli.arrayBuffer()))).toEqual(source);
    // And a second request revalidates to nothing.
    const etag = plain.headers.get('etag')!;
    expect((await fetchAs(server(), host(), script!, { 'if-none-match': etag })).status).toBe(304);
  });

  it('answers a deep link with the app shell', async () => {
    const shell = await (await fetchAs(server(), host(), '/')).text();
    const deep = await fetchAs(server(), host(), '/biens/x?y=1');
    expect(deep.status).toBe(200);
    expect(deep.headers.get('cache-control')).toBe('no-cache');
    expect(await deep.text()).toBe(shell);
  });

  it('does not publish source maps', async () => {
    const html = await (await fetchAs(server(), host(), '/')).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;
    const map = await fetchAs(server(), host(), `${script}.map`);
    // Ignored at deploy, so not there: the SPA rewrite answers with the shell instead.
    expect(map.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('serves sw.js uncached, precaching the shell and caching only photos', async () => {
    const response = await fetchAs(server(), host(), '/sw.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const sw = await response.text();
    expect(sw).toContain('"index.html"');
    expect(sw).toMatch(/url:"assets\/index-[\w-]+\.js"/);
    expect(sw).not.toContain('.map"');
    // One runtime cache, the photos'; no route for Firestore, Auth or any other function.
    expect([...sw.matchAll(/cacheName:"([^"]+)"/g)].map((match) => match[1])).toEqual([
      'portail-photos',
    ]);
    expect(sw).not.toContain('googleapis');
  });
});

describe('the manifest and icons, per host', () => {
  async function manifestOf(host: string) {
    const response = await fetchAs(apps.client, host, '/manifest.webmanifest');
    return { response, body: response.status === 200 ? await response.json() : null };
  }

  it('gives each agency its own app: name, colours, icons', async () => {
    const demo = await manifestOf(apps.hosts.demo.client);
    expect(demo.response.headers.get('content-type')).toBe(
      'application/manifest+json; charset=utf-8',
    );
    expect(demo.response.headers.get('cache-control')).toBe('public, max-age=300, s-maxage=300');
    expect(demo.body).toMatchObject({
      name: demoBranding.name,
      theme_color: demoBranding.primaryColour,
      display: 'standalone',
      start_url: '/',
      scope: '/',
    });
    const bis = await manifestOf(apps.hosts.bis.client);
    expect(bis.body).toMatchObject({
      name: agencyBis.name,
      theme_color: agencyBis.primaryColour,
      background_color: agencyBis.primaryColour,
    });
    expect(bis.body.icons.map((icon: { sizes: string; purpose: string }) => icon.purpose)).toEqual([
      'any',
      'any',
      'maskable',
    ]);
  });

  it('names the admin app as the agency’s workspace', async () => {
    const response = await fetchAs(apps.admin, apps.hosts.bis.admin, '/manifest.webmanifest');
    expect((await response.json()).name).toBe(`${agencyBis.name} — Espace agence`);
  });

  it('draws icons of the right size, cached a day', async () => {
    for (const [path, size] of [
      ['/icons/192.png', 192],
      ['/icons/512.png', 512],
      ['/icons/512-maskable.png', 512],
    ] as const) {
      const response = await fetchAs(apps.client, apps.hosts.bis.client, `${path}?v=1`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      expect(response.headers.get('cache-control')).toBe('public, max-age=86400, s-maxage=86400');
      const png = Buffer.from(await response.arrayBuffer());
      const meta = await sharp(png).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', size, size]);
    }
    // Agency Bis has no logo: its maskable icon is its colour, edge to edge.
    const maskable = await fetchAs(apps.client, apps.hosts.bis.client, '/icons/512-maskable.png');
    const { data } = await sharp(Buffer.from(await maskable.arrayBuffer()))
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([...data.subarray(0, 3)]).toEqual([0x6b, 0x2d, 0x8c]);
  });

  it('knows no agency at an unknown host', async () => {
    const unknown = await manifestOf(`nobody.localhost:${apps.client.port}`);
    expect(unknown.response.status).toBe(404);
    expect(await unknown.response.json()).toMatchObject({ error: { code: 'unknown-host' } });
    const icon = await fetchAs(
      apps.client,
      `nobody.localhost:${apps.client.port}`,
      '/icons/192.png',
    );
    expect(icon.status).toBe(404);
  });
});
