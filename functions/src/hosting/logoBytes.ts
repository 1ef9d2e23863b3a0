import { isIP } from 'node:net';

/** A logo larger than this is refused: icons are small and the function's memory is not. */
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 5_000;

/** The bytes of a `data:` URL (base64 or percent-encoded), or null if it is not an image. */
export function dataUrlBytes(url: string): Buffer | null {
  const match = /^data:(image\/[a-z0-9.+-]+)?((?:;[a-z0-9-]+=[^;,]*)*)(;base64)?,(.*)$/is.exec(url);
  if (!match || !match[1]) return null;
  const payload = match[4] ?? '';
  const bytes = match[3]
    ? Buffer.from(payload, 'base64')
    : Buffer.from(decodeURIComponent(payload), 'utf8');
  return bytes.length > 0 && bytes.length <= LOGO_MAX_BYTES ? bytes : null;
}

const privateV4 = [
  /^0\./,
  /^10\./,
  /^127\./,
  /^169\.254\./,
  /^172\.(1[6-9]|2\d|3[01])\./,
  /^192\.168\./,
  /^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./,
];

/**
 * Whether the function may fetch this logo URL. The logo is the tenant's own setting, but the
 * function runs inside the project's network: outside the emulator it never reaches loopback,
 * private or metadata addresses (the answer is only ever re-encoded as an icon, but a request
 * alone can do harm).
 */
export function mayFetchLogo(url: URL, inEmulator: boolean): boolean {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (inEmulator) return true;
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.internal')) {
    return false;
  }
  const family = isIP(host);
  if (family === 4) return !privateV4.some((range) => range.test(host));
  if (family === 6) return !/^(::1?$|f[cd]|fe80|::ffff:)/i.test(host);
  return true;
}

async function readCapped(response: Response): Promise<Buffer | null> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > LOGO_MAX_BYTES || !response.body) return null;
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body) {
    total += chunk.length;
    if (total > LOGO_MAX_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * The tenant's logo as bytes, from its `logoUrl` (an `https:`/`http:` URL or a `data:` URL);
 * null when there is none or it cannot be read, in which case the house is drawn instead.
 */
export async function logoBytes(
  logoUrl: string | null,
  inEmulator = process.env.FUNCTIONS_EMULATOR === 'true',
): Promise<Buffer | null> {
  if (!logoUrl) return null;
  if (logoUrl.startsWith('data:')) return dataUrlBytes(logoUrl);
  let url: URL;
  try {
    url = new URL(logoUrl);
  } catch {
    return null;
  }
  if (!mayFetchLogo(url, inEmulator)) return null;
  try {
    // Redirects are not followed: each hop would need the same check.
    const response = await fetch(url, {
      redirect: 'manual',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      headers: { accept: 'image/*' },
    });
    if (response.status !== 200) return null;
    return await readCapped(response);
  } catch {
    return null;
  }
}
