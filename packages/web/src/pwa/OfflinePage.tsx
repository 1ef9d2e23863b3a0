import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultBranding } from '@portail/shared';
import { applyTenantLanguage } from '../i18n/i18n.js';
import { lastBranding } from './lastBranding.js';
import './pwa.css';

/**
 * Opened without a network, the app cannot find its agency (that takes a read): it says so in the
 * colours, name and language of the agency last seen on this host, and carries on once online.
 */
export function OfflinePage({ onRetry }: { onRetry(): void }) {
  const { t } = useTranslation();
  const [branding] = useState(() => lastBranding() ?? defaultBranding);
  useEffect(() => {
    const root = document.documentElement.style;
    root.setProperty('--primary', branding.primaryColour);
    root.setProperty('--accent', branding.accentColour);
    document.title = branding.name;
    applyTenantLanguage(branding.language);
  }, [branding]);
  return (
    <main className="centered-page">
      <div className="card offline-card">
        {/* BrandMark's markup, but a logo that cannot load offline leaves no empty frame. */}
        <div className="brand brand-large">
          {branding.logoUrl && (
            <img
              src={branding.logoUrl}
              alt=""
              className="brand-logo"
              onError={(event) => event.currentTarget.style.setProperty('display', 'none')}
            />
          )}
          <span className="brand-name">{branding.name}</span>
        </div>
        <h1>{t('pwa.offline.title')}</h1>
        <p>{t('pwa.offline.body')}</p>
        <button type="button" className="primary" onClick={onRetry}>
          {t('pwa.offline.retry')}
        </button>
      </div>
    </main>
  );
}
