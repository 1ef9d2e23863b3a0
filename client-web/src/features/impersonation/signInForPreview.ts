import { loadAuth } from '@portail/web';

/** The token of `/impersonate#token=…` (read only: see removeHash). */
export function tokenFromHash(): string | null {
  return new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
}

/** Takes the token out of the address bar and the history. */
export function removeHash(): void {
  if (location.hash) history.replaceState(history.state, '', location.pathname + location.search);
}

/**
 * Signs this tab in with the read-only custom token of startImpersonation (T6), minted in the
 * agency's pool. The session lives in this tab only: closing it ends the preview.
 */
export async function signInForPreview(token: string): Promise<void> {
  await (await loadAuth()).signInWithToken(token, { tabOnly: true });
}
