import { matchesOthers, phoneDigits, phoneSearchKeyword, searchTerms } from '../search/keywords.js';

/**
 * The admin client list (H1) as one Firestore query a page: which filters the server applies and
 * which words the page still checks on the documents it read. Firestore allows one
 * `array-contains` a query, so a collaborator restricted to their shared clients (whose query must
 * carry `sharedWith array-contains uid`, as the rules demand) gets every searched word checked on
 * the page instead: their set of clients is small.
 */

/** The statuses the list shows: `deleting` is a client on its way out, never listed. */
export const listedClientStatuses = ['added', 'invited', 'active', 'revoked'] as const;
export type ListedClientStatus = (typeof listedClientStatuses)[number];

export const clientStatusFilters = ['all', ...listedClientStatuses] as const;
export type ClientStatusFilter = (typeof clientStatusFilters)[number];

export interface ClientListRequest {
  /** What was typed in the search box: a name, an e-mail or a phone number. */
  search: string;
  status: ClientStatusFilter;
  /** Only the clients a collaborator asked to delete (admins' filter). */
  deletionRequested: boolean;
  /** The collaborator's uid when the tenant shows collaborators only their shared clients. */
  sharedWithUid: string | null;
}

export type ClientListFilter =
  | readonly ['keywords' | 'sharedWith', 'array-contains', string]
  | readonly ['status', 'in', readonly ListedClientStatus[]]
  | readonly ['status', '==', ListedClientStatus]
  | readonly ['deletionRequested', '==', true];

export interface ClientListPlan {
  /** `where(field, op, value)` each, then `orderBy('sortKey')`. */
  filters: ClientListFilter[];
  orderBy: 'sortKey';
  /** Words every listed client's `keywords` must hold, checked on the documents read. */
  pageWords: string[];
}

/**
 * The keyword a typed phone number searches: its digits, as `clientSearchFields` stores them. A
 * French number typed in international form is read as its national digits from the first
 * digits on ("+33 6 12" finds "06 12 34 56 78"), not only once complete.
 */
export function phoneSearchDigits(text: string): string | null {
  const keyword = phoneSearchKeyword(text);
  if (keyword === null) return null;
  const digits = phoneDigits(text);
  if (text.trim().startsWith('+33') && digits.startsWith('33') && digits.length > 2) {
    return `0${digits.slice(2)}`.slice(0, 15);
  }
  return keyword;
}

/** The words of a search, the one the server matches first; empty when nothing is searchable. */
export function clientSearchWords(text: string): string[] {
  const phone = phoneSearchDigits(text);
  if (phone !== null) return [phone];
  const terms = searchTerms(text);
  return terms ? [terms.keyword, ...terms.others] : [];
}

export function clientListPlan(request: ClientListRequest): ClientListPlan {
  const filters: ClientListFilter[] = [];
  const words = clientSearchWords(request.search);
  let pageWords = words.slice(1);
  if (request.sharedWithUid !== null) {
    filters.push(['sharedWith', 'array-contains', request.sharedWithUid]);
    pageWords = words;
  } else if (words[0] !== undefined) {
    filters.push(['keywords', 'array-contains', words[0]]);
  }
  filters.push(
    request.status === 'all'
      ? ['status', 'in', listedClientStatuses]
      : ['status', '==', request.status],
  );
  if (request.deletionRequested) filters.push(['deletionRequested', '==', true]);
  return { filters, orderBy: 'sortKey', pageWords };
}

/** Whether a client read for a page passes the words the server could not check. */
export function clientMatchesPage(
  client: { keywords?: readonly string[] },
  plan: Pick<ClientListPlan, 'pageWords'>,
): boolean {
  return matchesOthers(client.keywords ?? [], plan.pageWords);
}
