import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ShellPage } from '@portail/web';
import { useIsManager } from '../../common/useIsManager.js';
import { usePublicBranding } from '../api/publicBranding.js';
import { useTenantSettings } from '../api/tenantSettings.js';
import { BrandingTab } from './BrandingTab.js';
import { CompanyTab } from './CompanyTab.js';
import { DisplayTab } from './DisplayTab.js';
import { EmailsTab } from './EmailsTab.js';

const tabs = ['customise', 'information', 'display', 'emails'] as const;
const tabLabel = (name: (typeof tabs)[number]) =>
  name === 'emails' ? 'emails.tab' : `settings.tabs.${name}`;

export function SettingsPage() {
  const { t } = useTranslation();
  const manager = useIsManager();
  const [tab, setTab] = useState<(typeof tabs)[number]>('customise');
  const branding = usePublicBranding();
  const settings = useTenantSettings();
  if (!manager) {
    return (
      <ShellPage title={t('settings.title')}>
        <p role="alert" className="notice">
          {t('settings.refused')}
        </p>
      </ShellPage>
    );
  }
  return (
    <ShellPage title={t('settings.title')}>
      <div role="tablist" className="tabs" aria-label={t('settings.title')}>
        {tabs.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={tab === name}
            className={tab === name ? 'tab active' : 'tab'}
            onClick={() => setTab(name)}
          >
            {t(tabLabel(name))}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={t(tabLabel(tab))}>
        {tab === 'display' ? (
          settings.data ? (
            <DisplayTab initial={settings.data} />
          ) : (
            <p>{t('ui.loading')}</p>
          )
        ) : !branding.data ? (
          <p>{t('ui.loading')}</p>
        ) : tab === 'emails' ? (
          <EmailsTab branding={branding.data} />
        ) : tab === 'customise' ? (
          <BrandingTab initial={branding.data} />
        ) : (
          <CompanyTab initial={branding.data} />
        )}
      </div>
    </ShellPage>
  );
}
