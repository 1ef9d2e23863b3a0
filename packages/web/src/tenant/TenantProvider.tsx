import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import {
  defaultBranding,
  isHexColour,
  readableTextColour,
  readBranding,
  type Branding,
} from '@portail/shared';
import { startSession } from '../auth/session.js';
import { readPublicDocument } from '../firebase/restDocument.js';
import { applyTenantLanguage } from '../i18n/i18n.js';
import { LoadingScreen } from '../shell/LoadingScreen.js';
import { resolveTenant, type AppKind } from './resolveTenant.js';
import { UnknownHostPage } from './UnknownHostPage.js';

export interface Tenant {
  tenantId: string;
  /** The agency's own Auth tenant (user pool): the only one its apps sign in to. */
  authTenantId: string;
  app: AppKind;
  branding: Branding;
  /** For the signed-in shell, which follows the branding live (see LiveBranding). */
  setBranding(branding: Branding): void;
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

const inkOn = (colour: string) => (isHexColour(colour) ? readableTextColour(colour) : '#ffffff');

type Resolution =
  | { state: 'pending' }
  | { state: 'unknown'; label: string }
  | { state: 'known'; tenantId: string; authTenantId: string };

/**
 * The tenant of this host, its Auth tenant and its branding, read before anything else and
 * without a Firebase SDK (REST), so that the sign-in page is the first thing to arrive.
 */
export function TenantProvider({ app, children }: { app: AppKind; children: ReactNode }) {
  const [resolution, setResolution] = useState<Resolution>({ state: 'pending' });
  const [branding, setBranding] = useState<Branding | null>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      const resolved = await resolveTenant(app).catch(() => null);
      if (!live) return;
      if (!resolved?.tenantId || !resolved.authTenantId) {
        setResolution({ state: 'unknown', label: resolved?.label ?? location.host });
        return;
      }
      const { tenantId, authTenantId } = resolved;
      startSession(authTenantId);
      setResolution({ state: 'known', tenantId, authTenantId });
      const stored = await readPublicDocument(`tenants/${tenantId}/public/branding`).catch(
        () => null,
      );
      if (live) setBranding(stored ? readBranding(stored) : defaultBranding);
    })();
    return () => {
      live = false;
    };
  }, [app]);

  useEffect(() => {
    if (!branding) return;
    const root = document.documentElement.style;
    root.setProperty('--primary', branding.primaryColour);
    root.setProperty('--accent', branding.accentColour);
    // Text on the brand colours stays readable whatever the agency picked (WCAG contrast).
    root.setProperty('--on-primary', inkOn(branding.primaryColour));
    root.setProperty('--on-accent', inkOn(branding.accentColour));
    document.title = branding.name;
    showTenantIcon(branding.logoUrl, branding.primaryColour);
    applyTenantLanguage(branding.language);
  }, [branding]);

  if (resolution.state === 'pending') return <LoadingScreen />;
  if (resolution.state === 'unknown') return <UnknownHostPage host={resolution.label} app={app} />;
  if (!branding) return <LoadingScreen />;
  return (
    <TenantContext.Provider
      value={{
        tenantId: resolution.tenantId,
        authTenantId: resolution.authTenantId,
        app,
        branding,
        setBranding,
      }}
    >
      {children}
    </TenantContext.Provider>
  );
}
