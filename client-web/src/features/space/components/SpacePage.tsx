import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { clientTabIds } from '@portail/shared';
import { ShellPage, useTenant } from '@portail/web';
import { TAB_PAGE_SIZE, useTabAssignments } from '../api/tabAssignments.js';
import { useTabCounts } from '../api/tabCounts.js';
import { PlacesSection } from '../../pois/PlacesSection.js';
import { EmailPreferences } from './EmailPreferences.js';
import { SpaceTabs } from './SpaceTabs.js';
import { TabCards } from './TabCards.js';
import { TAB_PARAM, tabFromSlug } from './tabSlugs.js';
import '../space.css';

/** C1: the client's home, their properties in five tabs by stage. */
export function SpacePage() {
  const { t } = useTranslation();
  const { branding } = useTenant();
  const [params] = useSearchParams();
  const tab = tabFromSlug(params.get(TAB_PARAM));
  // Each tab starts at one page: a limit raised on another tab does not carry over.
  const [shown, setShown] = useState({ tab, max: TAB_PAGE_SIZE });
  const max = shown.tab === tab ? shown.max : TAB_PAGE_SIZE;
  const list = useTabAssignments(tab, max);
  const counts = useTabCounts();

  // The counts follow what the shown tab's listener sees (a card arrives, moves, is withdrawn):
  // a snapshot newer than the counts reads them again.
  const { refetch } = counts;
  const countsBehind = list.updatedAt > counts.dataUpdatedAt && !counts.isFetching;
  useEffect(() => {
    if (countsBehind) void refetch();
  }, [countsBehind, refetch]);

  const nothingAnywhere =
    counts.data !== undefined && clientTabIds.every((id) => counts.data[id] === 0);
  return (
    <ShellPage title={t('space.title')}>
      <p className="space-intro">{t('space.intro', { agency: branding.name })}</p>
      <SpaceTabs active={tab} counts={counts.data} />
      <section className="space-tab-panel" aria-labelledby="space-tab-heading">
        <h2 id="space-tab-heading" className="space-tab-heading">
          {t(`space.tabs.${tab}`)}
        </h2>
        <TabCards
          tab={tab}
          cards={list.cards}
          error={list.error}
          hasMore={list.hasMore}
          loadingMore={list.loadingMore}
          nothingAnywhere={nothingAnywhere}
          onMore={() => setShown({ tab, max: max + TAB_PAGE_SIZE })}
        />
      </section>
      <PlacesSection />
      <EmailPreferences />
    </ShellPage>
  );
}
