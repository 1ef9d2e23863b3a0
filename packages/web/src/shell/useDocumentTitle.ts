import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../tenant/TenantProvider.js';

/**
 * Sets the browser tab's title as it is. Set after the current commit's effects: the
 * TenantProvider, a parent, writes the bare agency name in its own effect, which runs after its
 * children's and would otherwise win.
 */
export function useExactDocumentTitle(title: string): void {
  useEffect(() => {
    let live = true;
    queueMicrotask(() => {
      if (live) document.title = title;
    });
    return () => {
      live = false;
    };
  });
}

/** The page's own title before the agency's name: "Clients — Agence Démo". */
export function useDocumentTitle(title: string | null | undefined): void {
  const { t } = useTranslation();
  const { branding } = useTenant();
  useExactDocumentTitle(title ? `${title}${t('titles.separator')}${branding.name}` : branding.name);
}
