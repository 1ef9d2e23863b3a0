import { readClaims } from '@portail/shared';
import { firestoreDocumentsUrl } from '../firebase/config.js';

/**
 * When an agency revokes a client (or removes a member) the backend disables the Auth user and
 * signs out its sessions; on the next page load the Auth SDK drops the session silently, and the
 * user would only find a sign-in page whose password no longer works. To say so plainly, the tab
 * remembers its last ID token, and when a session disappears without "sign out" being pressed it
 * makes the next request anyway, with that token: the one document the rules read to grant access
 * (the client space, or the staff member). Firestore still accepts the token for its remaining
 * lifetime, so a refusal means the access itself was withdrawn, while a session ended for another
 * reason (password changed elsewhere) reads fine and leads to the ordinary sign-in page.
 */
const key = 'portail.session';

export function rememberSession(idToken: string): void {
  try {
    sessionStorage.setItem(key, idToken);
  } catch {
    // Storage unavailable: the explanation is a nicety, not a need.
  }
}

export function forgetSession(): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // See above.
  }
}

function takeRemembered(): string | null {
  try {
    const token = sessionStorage.getItem(key);
    sessionStorage.removeItem(key);
    return token;
  } catch {
    return null;
  }
}

function payloadOf(idToken: string): Record<string, unknown> | null {
  try {
    const part = idToken.split('.')[1] ?? '';
    const binary = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
    const json = new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
    return JSON.parse(json) as Record<string, unknown>;
  } catch {
    return null;
  }
}

async function refusedAccess(idToken: string): Promise<string | null> {
  const payload = payloadOf(idToken);
  const uid = typeof payload?.user_id === 'string' ? payload.user_id : null;
  const claims = readClaims(payload);
  if (!uid || !claims) return null;
  const path =
    claims.role === 'client'
      ? `tenants/${claims.tenantId}/clients/${claims.clientId}`
      : `tenants/${claims.tenantId}/members/${uid}`;
  const url = `${firestoreDocumentsUrl}/${path}`;
  try {
    const response = await fetch(url, { headers: { authorization: `Bearer ${idToken}` } });
    return response.status === 403 ? uid : null;
  } catch {
    return null;
  }
}

const checks = new Map<string, Promise<string | null>>();

/**
 * The uid whose session just ended because their access was withdrawn, or null when it ended for
 * another reason (or was never there). Asked once per remembered token.
 */
export function withdrawnSessionUid(): Promise<string | null> {
  const token = takeRemembered();
  if (!token) return Promise.resolve(null);
  let check = checks.get(token);
  if (!check) {
    check = refusedAccess(token);
    checks.set(token, check);
  }
  return check;
}
