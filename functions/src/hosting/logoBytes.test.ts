import { describe, expect, it } from 'vitest';
import { dataUrlBytes, LOGO_MAX_BYTES, logoBytes, mayFetchLogo } from './logoBytes.js';

describe('dataUrlBytes', () => {
  it('decodes base64 and percent-encoded images', () => {
    expect(dataUrlBytes('data:image/png;base64,AAEC')).toEqual(Buffer.from([0, 1, 2]));
    expect(dataUrlBytes('data:image/svg+xml,%3Csvg%2F%3E')?.toString()).toBe('<svg/>');
    expect(dataUrlBytes('data:image/svg+xml;charset=utf-8,%3Csvg%2F%3E')?.toString()).toBe(
      '<svg/>',
    );
  });

  it('refuses what is not an image, empty or too large', () => {
    expect(dataUrlBytes('data:text/html;base64,PGgxPg==')).toBeNull();
    expect(dataUrlBytes('data:image/png;base64,')).toBeNull();
    const big = Buffer.alloc(LOGO_MAX_BYTES + 1).toString('base64');
    expect(dataUrlBytes(`data:image/png;base64,${big}`)).toBeNull();
  });
});

describe('mayFetchLogo', () => {
  const may = (url: string, emulator = false) => mayFetchLogo(new URL(url), emulator);

  it('fetches public https and http hosts', () => {
    expect(may('https://cdn.agence.fr/logo.png')).toBe(true);
    expect(may('http://93.184.216.34/logo.png')).toBe(true);
  });

  it('never reaches loopback, private or metadata addresses outside the emulator', () => {
    for (const url of [
      'http://localhost/logo.png',
      'http://127.0.0.1:4443/logo.png',
      'http://10.0.0.8/logo.png',
      'http://172.20.1.1/logo.png',
      'http://192.168.1.1/logo.png',
      'http://169.254.169.254/computeMetadata/v1/',
      'http://metadata.google.internal/',
      'http://[::1]/logo.png',
      'http://[fd00::1]/logo.png',
      'ftp://cdn.agence.fr/logo.png',
    ]) {
      expect(may(url), url).toBe(false);
    }
  });

  it('lets the emulator read the local storage server', () => {
    expect(may('http://127.0.0.1:4443/logo.png', true)).toBe(true);
  });
});

describe('logoBytes', () => {
  it('has nothing to read without a logo or with an unusable one', async () => {
    expect(await logoBytes(null, false)).toBeNull();
    expect(await logoBytes('not a url', false)).toBeNull();
    expect(await logoBytes('http://127.0.0.1:1/logo.png', false)).toBeNull();
  });
});
