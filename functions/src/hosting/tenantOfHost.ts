import type { Request } from 'firebase-functions/v2/https';
import { domainSchema, readBranding, type Branding } from '@portail/shared';
import { db } from '../admin.js';
import type { AppKind } from './appManifest.js';

/**
 * The host the browser asked for. Behind Hosting a rewritten request reaches the function with
 * the site's host in `X-Forwarded-Host`; a direct call has it in `Host`. Either may be sent by
 * anyone, which is harmless here: all the function answers is public branding.
 */
export function requestHost(request: Pick<Request, 'get'>): string | null {
  const raw = (request.get('x-forwarded-host') ?? request.get('host') ?? '').split(',')[0];
  const host = raw?.trim().toLowerCase() ?? '';
  return /^[a-z0-9.-]{1,253}(:\d{1,5})?$/.test(host) ? host : null;
}

export interface HostTenant {
  tenantId: string;
  app: AppKind;
  branding: Branding;
}

/** The tenant and app `domains/{host}` maps this host to, with its public branding. */
export async function tenantOfHost(host: string | null): Promise<HostTenant | null> {
  if (!host) return null;
  const entry = domainSchema.safeParse((await db.doc(`domains/${host}`).get()).data());
  if (!entry.success) return null;
  const { tenantId, app } = entry.data;
  const branding = await db.doc(`tenants/${tenantId}/public/branding`).get();
  return { tenantId, app, branding: readBranding(branding.data()) };
}
