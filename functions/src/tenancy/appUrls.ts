import { appUrlFromTemplate } from '@portail/shared';

/**
 * Where a new tenant's two apps live. Production names them from the slug
 * (`ADMIN_APP_URL_TEMPLATE=https://{slug}.admin.example.com`); local development serves every
 * tenant from the same two Vite ports and picks the tenant with `?tenant=` (functions/.env.local).
 */
export function appUrlFor(app: 'admin' | 'client', slug: string): string {
  const template =
    app === 'admin' ? process.env.ADMIN_APP_URL_TEMPLATE : process.env.CLIENT_APP_URL_TEMPLATE;
  return appUrlFromTemplate(template, app, slug);
}

const sharedHosts = new Set(['localhost', '127.0.0.1']);

/**
 * The host names to map in `domains/{host}`. Local hosts serve every tenant (through `?tenant=`)
 * and are left to the demo seed.
 */
export function domainHost(url: string): string | null {
  const parsed = new URL(url);
  return sharedHosts.has(parsed.hostname) ? null : parsed.host;
}
