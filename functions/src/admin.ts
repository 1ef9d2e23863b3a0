import { getApps, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';

if (getApps().length === 0) initializeApp();

export const db = getFirestore();
/**
 * The project's Auth, used only to manage the agencies' Auth tenants: every user lives in the
 * pool of their agency and is reached through `authFor(tenantId)` (common/authTenants.ts).
 */
export const projectAuth = getAuth();
