import { useEffect } from 'react';
import { useTenant } from '../tenant/TenantProvider.js';
import { rememberBranding } from './lastBranding.js';

/**
 * What the browser shows around the page follows the tenant: the theme colour of the address
 * bar and of the installed app's title bar. The branding is also kept for the offline page.
 */
export function TenantChrome() {
  const { branding } = useTenant();
  useEffect(() => {
    let meta = document.querySelector<HTMLMetaElement>('meta[name="theme-color"]');
    if (!meta) {
      meta = document.createElement('meta');
      meta.name = 'theme-color';
      document.head.append(meta);
    }
    meta.content = branding.primaryColour;
    rememberBranding(branding);
  }, [branding]);
  return null;
}
