import { describe, expect, it } from 'vitest';
import { detectBlockPage } from './blocked.js';
import { fixture, response } from '../testing/fakes.js';

describe('detectBlockPage', () => {
  it('recognises the DataDome captcha page LeBonCoin and SeLoger serve', () => {
    expect(detectBlockPage(fixture('leboncoin', 'blocked-datadome.html', 403))).toBe('datadome');
    expect(detectBlockPage(fixture('seloger', 'blocked-datadome.html', 403))).toBe('datadome');
  });

  it('recognises the JSON refusal of the LeBonCoin API', () => {
    expect(detectBlockPage(fixture('leboncoin', 'blocked-api.json', 403))).toBe('datadome');
  });

  it('recognises DataDome and Cloudflare by their headers', () => {
    expect(detectBlockPage(response(403, '', { 'x-datadome': 'protected' }))).toBe('datadome');
    expect(detectBlockPage(response(403, '', { 'cf-mitigated': 'challenge' }))).toBe('cloudflare');
    expect(
      detectBlockPage(response(503, '<html><head><title>Just a moment...</title></head></html>')),
    ).toBe('cloudflare');
  });

  it('leaves real pages alone, even when they load the DataDome tag or a reCAPTCHA form', () => {
    expect(detectBlockPage(fixture('seloger', 'listing-page.html'))).toBeNull();
    expect(detectBlockPage(fixture('leboncoin', 'listing-page.html'))).toBeNull();
    expect(
      detectBlockPage(
        response(200, '<form><div class="g-recaptcha" data-sitekey="x"></div></form>'),
      ),
    ).toBeNull();
  });

  it('does not call a plain refusal a captcha', () => {
    expect(detectBlockPage(response(403, 'Forbidden'))).toBeNull();
  });
});
