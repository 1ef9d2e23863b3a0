import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ShellPage } from '@portail/web';
import { ImportTab } from './ImportTab.js';
import { InboxTab } from './InboxTab.js';
import { SearchesTab } from './SearchesTab.js';
import '../aggregator.css';

const tabs = { inbox: 'boite', searches: 'recherches', import: 'importer' } as const;
type Tab = keyof typeof tabs;

/** A1–A5: the inbox of listings found, the saved searches (with the opt-in) and import by link. */
export function AggregatorPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab =
    (Object.keys(tabs) as Tab[]).find((name) => tabs[name] === params.get('onglet')) ?? 'inbox';
  return (
    <ShellPage title={t('aggregator.title')}>
      <div role="tablist" className="tabs aggregator-tabs" aria-label={t('aggregator.title')}>
        {(Object.keys(tabs) as Tab[]).map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={tab === name}
            className={tab === name ? 'tab active' : 'tab'}
            onClick={() => setParams({ onglet: tabs[name] }, { replace: true })}
          >
            {t(`aggregator.tabs.${name}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={t(`aggregator.tabs.${tab}`)}>
        {tab === 'inbox' ? <InboxTab /> : tab === 'searches' ? <SearchesTab /> : <ImportTab />}
      </div>
    </ShellPage>
  );
}
