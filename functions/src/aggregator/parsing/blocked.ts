import type { HttpResponse } from '../types.js';

export type BlockVendor = 'datadome' | 'cloudflare' | 'captcha';

// What the protections really serve: DataDome (LeBonCoin, SeLoger) answers pages with
// `var dd={…'host':'geo.captcha-delivery.com'…}` and its API refusals with
// `{"url":"https://geo.captcha-delivery.com/captcha/?initialCid=…"}`; Cloudflare's challenge is
// "Just a moment..." with `challenges.cloudflare.com` scripts.
const CHALLENGES: [RegExp, BlockVendor][] = [
  [/geo\.captcha-delivery\.com\/captcha|'host'\s*:\s*'geo\.captcha-delivery\.com'/i, 'datadome'],
  [
    /<title>\s*Just a moment\.\.\.\s*<\/title>|challenges\.cloudflare\.com\/cdn-cgi\/challenge/i,
    'cloudflare',
  ],
];
// Harmless inside a real page (a contact form's reCAPTCHA): only read in a refusal.
const REFUSAL_HINTS: [RegExp, BlockVendor][] = [
  [/captcha-delivery\.com|\bvar dd\s*=\s*\{/i, 'datadome'],
  [/challenges\.cloudflare\.com|cf-chl-|_cf_chl_opt/i, 'cloudflare'],
  [/g-recaptcha|hcaptcha\.com|id=["']px-captcha/i, 'captcha'],
];

/** The protection that answered instead of the portal, when it is recognisable. */
export function detectBlockPage(response: HttpResponse): BlockVendor | null {
  if (response.headers['x-datadome'] !== undefined && response.status === 403) return 'datadome';
  if (response.headers['cf-mitigated'] === 'challenge') return 'cloudflare';
  // A challenge page is a few kilobytes; a real page can be megabytes and is not scanned.
  const head = response.body.slice(0, 50_000);
  for (const [marker, vendor] of CHALLENGES) if (marker.test(head)) return vendor;
  if (response.status >= 400) {
    for (const [marker, vendor] of REFUSAL_HINTS) if (marker.test(head)) return vendor;
  }
  return null;
}
