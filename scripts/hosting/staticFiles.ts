import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { matchesGlob } from './glob.js';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};
const compressible = /^(text\/|application\/(json|manifest\+json|wasm)|image\/svg)/;

export interface StaticFile {
  path: string;
  body: Buffer;
  contentType: string;
  etag: string;
  encoding: 'br' | 'gzip' | null;
}

interface Cached {
  mtimeMs: number;
  raw: Buffer;
  etag: string;
  br?: Buffer;
  gzip?: Buffer;
}

/**
 * The files of one built app as Hosting serves them: only what a deploy would upload (the
 * `ignore` globs are left out), compressed as Hosting compresses them (brotli, else gzip), with
 * an ETag for revalidation. Files are read once per change.
 */
export class StaticFiles {
  private readonly cache = new Map<string, Cached>();

  constructor(
    private readonly publicDir: string,
    private readonly ignore: readonly string[],
  ) {}

  /** The file a request path names (a folder names its index.html), or null. */
  resolve(requestPath: string): string | null {
    const candidate = normalize(join(this.publicDir, requestPath));
    const rel = relative(this.publicDir, candidate);
    if (rel.startsWith('..') || rel.includes(`..${sep}`)) return null;
    for (const file of [candidate, join(candidate, 'index.html')]) {
      const fileRel = relative(this.publicDir, file).split(sep).join('/');
      if (fileRel === '' || this.ignore.some((glob) => matchesGlob(fileRel, glob))) continue;
      try {
        if (statSync(file).isFile()) return file;
      } catch {
        // not there
      }
    }
    return null;
  }

  read(file: string, acceptEncoding: string): StaticFile {
    const { mtimeMs } = statSync(file);
    let entry = this.cache.get(file);
    if (!entry || entry.mtimeMs !== mtimeMs) {
      const raw = readFileSync(file);
      const etag = `"${createHash('sha1').update(raw).digest('base64url')}"`;
      entry = { mtimeMs, raw, etag };
      this.cache.set(file, entry);
    }
    const contentType = types[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const accepts = (name: string) => new RegExp(`\\b${name}\\b`).test(acceptEncoding);
    let encoding: StaticFile['encoding'] = null;
    let body = entry.raw;
    if (compressible.test(contentType) && entry.raw.length > 256) {
      if (accepts('br')) {
        // A fast setting: the bytes saved locally are not worth the CPU of the best one.
        entry.br ??= brotliCompressSync(entry.raw, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 5 },
        });
        body = entry.br;
        encoding = 'br';
      } else if (accepts('gzip')) {
        entry.gzip ??= gzipSync(entry.raw, { level: 6 });
        body = entry.gzip;
        encoding = 'gzip';
      }
    }
    return { path: file, body, contentType, etag: entry.etag, encoding };
  }
}
