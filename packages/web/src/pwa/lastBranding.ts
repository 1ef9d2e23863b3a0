import { readBranding, type Branding } from '@portail/shared';

const key = 'portail.lastBranding';

/** Kept per host (localStorage is per origin): the offline page wears the agency's colours. */
export function rememberBranding(branding: Branding): void {
  try {
    localStorage.setItem(key, JSON.stringify(branding));
  } catch {
    // Storage full or refused: the offline page falls back to the default look.
  }
}

export function lastBranding(): Branding | null {
  try {
    const stored = localStorage.getItem(key);
    return stored ? readBranding(JSON.parse(stored)) : null;
  } catch {
    return null;
  }
}
