import { clientTabIds, type ClientTab } from '@portail/shared';

/** The tab in the address bar (`/?onglet=a-visiter`): French words, as the client reads them. */
const slugs: Record<ClientTab, string> = {
  new: 'nouveautes',
  toVisit: 'a-visiter',
  visited: 'visites',
  rejected: 'rejetes',
  mine: 'mon-bien',
};

export const TAB_PARAM = 'onglet';

export function tabSlug(tab: ClientTab): string {
  return slugs[tab];
}

/** The tab a `?onglet=` value names; anything else opens "Nouveautés". */
export function tabFromSlug(slug: string | null): ClientTab {
  return clientTabIds.find((tab) => slugs[tab] === slug) ?? 'new';
}

export function tabHref(tab: ClientTab): string {
  return `/?${TAB_PARAM}=${slugs[tab]}`;
}
