import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { host as stackHost, ports, projectId as stackProject } from '../stack-config.js';
import { matchesGlob } from './glob.js';
import { hostingSite, repoRoot, type HostingSite, type HostingTarget } from './hostingConfig.js';
import { relaxCspForEmulators } from './localCsp.js';
import { StaticFiles } from './staticFiles.js';

export interface HostingServerOptions {
  target: HostingTarget;
  /** 0 picks a free port. */
  port: number;
  listenHost?: string;
  root?: string;
  /** Where function rewrites go: the Functions emulator by default. */
  functionsOrigin?: string;
  projectId?: string;
  /** Local development: the CSP lets the apps reach the emulators (see localCsp.ts). */
  emulators?: boolean;
}

export interface HostingServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const hopByHop = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
  'host',
]);

/** The headers firebase.json gives this path; rules apply in order and a later one wins. */
function headersFor(site: HostingSite, path: string): Map<string, { key: string; value: string }> {
  const headers = new Map<string, { key: string; value: string }>();
  for (const rule of site.headers ?? []) {
    if (!matchesGlob(path, rule.source)) continue;
    for (const header of rule.headers) headers.set(header.key.toLowerCase(), { ...header });
  }
  return headers;
}

/** Hosting passes only the `__session` cookie to functions. */
function sessionCookie(cookie: string | undefined): string | null {
  const kept = (cookie ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.startsWith('__session='));
  return kept.length > 0 ? kept.join('; ') : null;
}

/**
 * Serves one built app exactly as firebase.json describes its Hosting site: reserved `/__/`
 * paths, then the file the path names, then the first matching rewrite (a file, or a function
 * reached through the Functions emulator with the site's host in `X-Forwarded-Host`), else 404;
 * every answer with the headers of the matching rules.
 */
export async function startHostingServer(options: HostingServerOptions): Promise<HostingServer> {
  const root = options.root ?? repoRoot;
  const functionsOrigin = options.functionsOrigin ?? `http://${stackHost}:${ports.functions}`;
  const projectId = options.projectId ?? stackProject;

  const served = new Map<string, StaticFiles>();
  function handle(req: IncomingMessage, res: ServerResponse) {
    // Read on every request: an edit of firebase.json shows without a restart.
    const site = hostingSite(options.target, root);
    const filesKey = JSON.stringify([site.public, site.ignore ?? []]);
    let files = served.get(filesKey);
    if (!files) {
      files = new StaticFiles(join(root, site.public), site.ignore ?? []);
      served.set(filesKey, files);
    }
    const url = new URL(req.url ?? '/', 'http://local');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    const requestHost = req.headers.host ?? `${stackHost}:${options.port}`;
    const headers = headersFor(site, path);
    const csp = headers.get('content-security-policy');
    if (csp && options.emulators) {
      const hostname = new URL(`http://${requestHost}`).hostname;
      csp.value = relaxCspForEmulators(csp.value, hostname);
    }
    const base = Object.fromEntries([...headers.values()].map((h) => [h.key, h.value]));

    const sendFile = (file: string, status = 200) => {
      const served = files!.read(file, String(req.headers['accept-encoding'] ?? ''));
      const out: Record<string, string> = {
        ...base,
        'Content-Type': served.contentType,
        ETag: served.etag,
        Vary: 'Accept-Encoding',
      };
      if (served.encoding) out['Content-Encoding'] = served.encoding;
      if (status === 200 && req.headers['if-none-match'] === served.etag) {
        res.writeHead(304, out).end();
        return;
      }
      out['Content-Length'] = String(served.body.length);
      res.writeHead(status, out);
      res.end(req.method === 'HEAD' ? undefined : served.body);
    };

    if (path.startsWith('/__/')) {
      res.writeHead(404, base).end('Not found');
      return;
    }
    const file = files.resolve(path);
    if (file) return sendFile(file);
    for (const rewrite of site.rewrites ?? []) {
      if (!matchesGlob(path, rewrite.source)) continue;
      if ('destination' in rewrite) {
        const target = files.resolve(rewrite.destination);
        if (target) return sendFile(target);
        continue;
      }
      const region = rewrite.function.region ?? 'us-central1';
      const upstream = new URL(
        `${functionsOrigin}/${projectId}/${region}/${rewrite.function.functionId}${url.pathname}${url.search}`,
      );
      return proxy(req, res, upstream, requestHost, base);
    }
    const notFound = files.resolve('/404.html');
    if (notFound) return sendFile(notFound, 404);
    res.writeHead(404, { ...base, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  }

  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(`Hosting server error: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.listenHost ?? stackHost, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.listenHost ?? stackHost}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A function rewrite: the request as Hosting forwards it, the answer over the site's headers. */
function proxy(
  req: IncomingMessage,
  res: ServerResponse,
  upstream: URL,
  requestHost: string,
  base: Record<string, string>,
) {
  const headers: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined || hopByHop.has(key) || key === 'cookie') continue;
    headers[key] = value;
  }
  const cookie = sessionCookie(req.headers.cookie);
  if (cookie) headers.cookie = cookie;
  headers['x-forwarded-host'] = requestHost;
  headers['x-forwarded-proto'] = 'http';
  headers['x-forwarded-for'] = req.socket.remoteAddress ?? '127.0.0.1';
  const forward = httpRequest(
    upstream,
    { method: req.method, headers: { ...headers, host: upstream.host } },
    (answer) => {
      const out: Record<string, string | string[]> = { ...base };
      for (const [key, value] of Object.entries(answer.headers)) {
        if (value === undefined || hopByHop.has(key)) continue;
        // The function's own header wins over the site's (its Cache-Control, for one).
        for (const existing of Object.keys(out)) {
          if (existing.toLowerCase() === key) delete out[existing];
        }
        out[key] = value;
      }
      res.writeHead(answer.statusCode ?? 502, out);
      answer.pipe(res);
    },
  );
  forward.on('error', (error) => {
    if (!res.headersSent) res.writeHead(502, { ...base, 'Content-Type': 'text/plain' });
    res.end(`Function unreachable: ${error.message}`);
  });
  req.pipe(forward);
}
