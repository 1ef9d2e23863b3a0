import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { clientTabIds, type ClientTab } from '@portail/shared';
import type { TabCounts } from '../api/tabCounts.js';
import { tabHref } from './tabSlugs.js';

/** The five tabs as links (the tab lives in the address), each with its count once known. */
export function SpaceTabs({ active, counts }: { active: ClientTab; counts?: TabCounts }) {
  const { t } = useTranslation();
  return (
    <nav className="space-tabs" aria-label={t('space.tabsLabel')}>
      {clientTabIds.map((tab) => (
        <Link
          key={tab}
          to={tabHref(tab)}
          className="space-tab"
          aria-current={tab === active ? 'page' : undefined}
        >
          <span className="space-tab-label">{t(`space.tabs.${tab}`)}</span>{' '}
          <span className="space-tab-count" aria-hidden={counts ? undefined : true}>
            {counts ? counts[tab] : '·'}
          </span>
        </Link>
      ))}
    </nav>
  );
}
