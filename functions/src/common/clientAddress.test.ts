import { describe, expect, it } from 'vitest';
import { addressKey, clientAddress, TEST_ADDRESS_HEADER } from './clientAddress.js';

const request = (headers: Record<string, string>, remoteAddress?: string) => ({
  headers,
  socket: { remoteAddress },
});

describe('clientAddress', () => {
  it('takes the entry Google’s front end appended, not what the client wrote before it', () => {
    const forged = request({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7' });
    expect(clientAddress(forged, {})).toBe('203.0.113.7');
    expect(clientAddress(request({ 'x-forwarded-for': '203.0.113.7' }), {})).toBe('203.0.113.7');
  });

  it('skips the entries of our own proxies when told how many there are', () => {
    const behindBalancer = request({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7, 130.211.0.1' });
    expect(clientAddress(behindBalancer, { TRUSTED_PROXY_HOPS: '1' })).toBe('203.0.113.7');
    // More hops than entries: nothing in the header can be trusted, the peer is used.
    expect(
      clientAddress(request({ 'x-forwarded-for': '6.6.6.6' }, '198.51.100.2'), {
        TRUSTED_PROXY_HOPS: '3',
      }),
    ).toBe('198.51.100.2');
  });

  it('falls back to the socket, then to one shared key', () => {
    expect(clientAddress(request({}, '::ffff:198.51.100.2'), {})).toBe('198.51.100.2');
    expect(clientAddress(request({ 'x-forwarded-for': 'not an address' }), {})).toBe('unknown');
  });

  it('honours the test header in the emulator only', () => {
    const test = request({ [TEST_ADDRESS_HEADER]: '10.1.2.3', 'x-forwarded-for': '203.0.113.7' });
    expect(clientAddress(test, { FUNCTIONS_EMULATOR: 'true' })).toBe('10.1.2.3');
    expect(clientAddress(test, {})).toBe('203.0.113.7');
    expect(clientAddress(test, { FUNCTIONS_EMULATOR: 'false' })).toBe('203.0.113.7');
    const garbage = request({ [TEST_ADDRESS_HEADER]: 'x', 'x-forwarded-for': '203.0.113.7' });
    expect(clientAddress(garbage, { FUNCTIONS_EMULATOR: 'true' })).toBe('203.0.113.7');
  });
});

describe('addressKey', () => {
  it('keys IPv6 by its /64, so one subscriber’s block is one key', () => {
    expect(addressKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0DB8:0001:0002:0000:0000:0000:0001')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('[2001:db8:1:2::5]')).toBe('2001:db8:1:2::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });

  it('keeps IPv4 as it is and refuses what is not an address', () => {
    expect(addressKey(' 192.0.2.1 ')).toBe('192.0.2.1');
    expect(addressKey('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(addressKey('192.0.2.300')).toBeNull();
    expect(addressKey('example.test')).toBeNull();
    expect(addressKey('')).toBeNull();
  });
});
