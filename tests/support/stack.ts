// How tests reach the local stack; the addresses come from scripts/stack-config.mjs.
import { deleteApp, getApps, initializeApp, type App } from 'firebase-admin/app';
import {
  applyEmulatorEnv,
  host,
  ports,
  projectId,
  storageBucket,
} from '../../scripts/stack-config.js';

export { host, ports, projectId, storageBucket };

applyEmulatorEnv();

/** A firebase-admin app bound to the stack's project (or another, to keep tests apart). */
export function adminApp(name = projectId): App {
  const existing = getApps().find((app) => app.name === name);
  if (existing) return existing;
  return initializeApp({ projectId: name === projectId ? projectId : name, storageBucket }, name);
}

export async function closeAdminApps(): Promise<void> {
  await Promise.all(getApps().map((app) => deleteApp(app)));
}

export const webConfig = {
  apiKey: 'demo-api-key',
  authDomain: `${projectId}.firebaseapp.com`,
  projectId,
  storageBucket,
  appId: 'demo-app',
};

export function uniqueId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export async function waitUntil<T>(
  probe: () => Promise<T | undefined | null | false>,
  what: string,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}
