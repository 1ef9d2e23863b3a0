// Local development only: the seed maps each agency's local hosts on the stack's app ports
// (`agence-demo.localhost:5174`). Built apps served on other ports get the same mappings, so the
// same agencies open there (`agence-demo.localhost:5274`).
import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { applyEmulatorEnv, ports, projectId } from '../stack-config.js';
import type { HostingTarget } from './hostingConfig.js';

/** Copies the local stack's `domains/{host}:<app port>` entries to `{host}:<port>`. */
export async function mirrorLocalDomains(target: HostingTarget, port: number): Promise<number> {
  const stackPort = target === 'admin' ? ports.adminWeb : ports.clientWeb;
  if (port === stackPort) return 0;
  applyEmulatorEnv();
  const app =
    getApps().find((existing) => existing.name === 'local-domains') ??
    initializeApp({ projectId }, 'local-domains');
  const db = getFirestore(app);
  const entries = await db.collection('domains').get();
  const suffix = `:${stackPort}`;
  const batch = db.batch();
  let count = 0;
  for (const entry of entries.docs) {
    if (!entry.id.endsWith(suffix)) continue;
    batch.set(db.doc(`domains/${entry.id.slice(0, -suffix.length)}:${port}`), entry.data());
    count++;
  }
  if (count > 0) await batch.commit();
  return count;
}
