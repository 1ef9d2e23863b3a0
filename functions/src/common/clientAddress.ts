import { isIP } from 'node:net';

/** What the rate limits read of an HTTP request (an Express request has all of it). */
export interface AddressedRequest {
  headers: Record<string, string | string[] | undefined>;
  socket?: { remoteAddress?: string | undefined };
}

/**
 * A header the emulator (and only the emulator) takes as the caller's address, so the limits' own
 * tests get a fresh key without depending on what the local proxy puts in X-Forwarded-For. In a
 * deployed function FUNCTIONS_EMULATOR is never set, and the header is ignored like any other.
 */
export const TEST_ADDRESS_HEADER = 'x-test-client-ip';

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * IPv4 as it is (an IPv4-mapped IPv6 address is IPv4); IPv6 cut to its /64, the block one
 * subscriber usually holds, so an attacker cannot take a fresh key per address of its block.
 */
export function addressKey(address: string): string | null {
  const trimmed = address.trim().replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed)?.[1];
  if (mapped && isIP(mapped) === 4) return mapped;
  const kind = isIP(trimmed);
  if (kind === 4) return trimmed;
  if (kind !== 6) return null;
  const [head = '', tail = ''] = trimmed.toLowerCase().split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = trimmed.includes('::') && tail ? tail.split(':') : [];
  const groups = trimmed.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/**
 * The caller's address, for the rate limits. Google's front end appends the address it received
 * the connection from to X-Forwarded-For: whatever the client wrote in that header itself comes
 * before, so the entries to trust are counted from the right. Calling the functions directly
 * (`*.cloudfunctions.net` / `run.app`, as the apps do) leaves one trusted entry, the last
 * (TRUSTED_PROXY_HOPS=0, the default); each proxy of ours in front (an external load balancer,
 * a Hosting rewrite) appends one more, to skip with TRUSTED_PROXY_HOPS=1, 2… Express's
 * `request.ip` is not used: with `trust proxy` on, it is the leftmost entry, the client's own.
 * Without the header, the socket's peer.
 */
export function clientAddress(
  request: AddressedRequest,
  env: Record<string, string | undefined> = process.env,
): string {
  if (env.FUNCTIONS_EMULATOR === 'true') {
    const forced = single(request.headers[TEST_ADDRESS_HEADER]);
    const key = forced ? addressKey(forced) : null;
    if (key) return key;
  }
  const hops = Math.max(0, Math.trunc(Number(env.TRUSTED_PROXY_HOPS ?? 0)) || 0);
  const forwarded = (single(request.headers['x-forwarded-for']) ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const trusted = forwarded[forwarded.length - 1 - hops];
  const key = trusted ? addressKey(trusted) : null;
  if (key) return key;
  const peer = request.socket?.remoteAddress;
  return (peer && addressKey(peer)) || 'unknown';
}
