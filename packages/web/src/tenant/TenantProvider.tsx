import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { brandingSchema, defaultBranding, type Branding } from '@portail/shared';
import { applyTenantLanguage } from '../i18n/i18n.js';
import { resolveTenant, type AppKind } from './resolveTenant.js';
import { UnknownHostPage } from './UnknownHostPage.js';
import { useLivePublicDoc } from './livePublicDoc.js';
import { LoadingScreen } from '../shell/LoadingScreen.js';

interface Tenant {
  tenantId: string;
  app: AppKind;
  branding: Branding;
}

const TenantContext = createContext<Tenant | null>(null);

export function useTenant(): Tenant {
  const tenant = useContext(TenantContext);
  if (!tenant) throw new Error('useTenant outside TenantProvider');
  return tenant;
}

/** A house in the tenant's colour: the tab icon of a tenant without a logo. */
function defaultIcon(colour: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${colour}"/><path d="M7 16 16 8l9 8h-3v8h-5v-6h-2v6h-5v-8z" fill="#fff"/></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** The browser tab shows the tenant's logo (white label), or a house in its colour. */
function showTenantIcon(logoUrl: string | null, colour: string) {
  let link = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
  if (!link) {
    link = document.createElement('link');
    link.rel = 'icon';
    document.head.append(link);
  }
  link.href = logoUrl ?? defaultIcon(colour);
}

export function TenantProvider({ app, children }: { app: AppKind; children: ReactNode }) {
  const tenantQuery = useQuery({
    queryKey: ['tenant', app, location.host],
    queryFn: () => resolveTenant(app),
    staleTime: Infinity,
  });
  const tenantId = tenantQuery.data?.tenantId ?? null;
  // Followed live, so a change in the settings shows at once.
  const branding = useLivePublicDoc(tenantId, 'branding', brandingSchema, defaultBranding);

  useEffect(() => {
    if (!branding) return;
    const root = document.documentElement.style;
    root.setProperty('--primary', branding.primaryColour);
    root.setProperty('--accent', branding.accentColour);
    document.title = branding.name;
    showTenantIcon(branding.logoUrl, branding.primaryColour);
    applyTenantLanguage(branding.language);
  }, [branding]);

  if (tenantQuery.isPending) return <LoadingScreen />;
  if (!tenantId) return <UnknownHostPage host={tenantQuery.data?.label ?? location.host} />;
  if (!branding) return <LoadingScreen />;
  return (
    <TenantContext.Provider value={{ tenantId, app, branding }}>{children}</TenantContext.Provider>
  );
}
