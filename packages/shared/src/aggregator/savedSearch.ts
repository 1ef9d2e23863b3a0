import { z } from 'zod';
import { savedSearchCriteriaSchema } from './criteria.js';
import {
  listingPortalSchema,
  listingPortals,
  type Listing,
  type ListingPortal,
} from './listing.js';
import type { ListingSourceRef } from './dedup.js';

/** The three portals read from their public pages: these run only for tenants who opted in (A5). */
export const scrapingPortals = [
  'seloger',
  'bienici',
  'leboncoin',
] as const satisfies readonly ListingPortal[];

export const isScrapingPortal = (portal: ListingPortal): boolean =>
  (scrapingPortals as readonly string[]).includes(portal);

const docId = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, { error: 'Identifiant invalide.' });

/** A1: one saved search, as staff enter it (`saveSearch`). */
export const saveSearchInput = z.object({
  /** Absent: a new search. */
  searchId: docId.optional(),
  name: z
    .string({ error: 'Le nom est obligatoire.' })
    .trim()
    .min(1, { error: 'Le nom est obligatoire.' })
    .max(80, { error: 'Le nom : 80 caractères au plus.' }),
  portals: z
    .array(listingPortalSchema)
    .min(1, { error: 'Choisissez au moins un site.' })
    .max(listingPortals.length)
    .transform((portals) => listingPortals.filter((portal) => portals.includes(portal))),
  criteria: savedSearchCriteriaSchema,
  enabled: z.boolean().default(true),
});
export type SaveSearchInput = z.input<typeof saveSearchInput>;
export type SavedSearchFields = z.infer<typeof saveSearchInput>;

export const searchRefInput = z.object({ searchId: docId });

/** How one portal's last run of a search went (A4): shown on the search. */
export interface PortalRunResult {
  status: 'queued' | 'running' | 'done' | 'failed';
  /** ISO 8601 of the last change of status. */
  at: string;
  /** Listings that fit the criteria. */
  found: number;
  /** Inbox entries created or re-opened by the run. */
  new: number;
  errorCode: string | null;
  errorMessage: string | null;
}

export interface SavedSearchRecord {
  name: string;
  portals: ListingPortal[];
  criteria: z.infer<typeof savedSearchCriteriaSchema>;
  enabled: boolean;
  lastRun?: Partial<Record<ListingPortal, PortalRunResult>>;
}

export interface RunSearchResult {
  /** The portals the search was run on ("Lancer maintenant") or queued for (the schedule). */
  queued: ListingPortal[];
  /** Portals left out, with the reason's code (`scraping-not-enabled`, `feed-not-configured`). */
  skipped: { portal: ListingPortal; code: string; message: string }[];
}

/**
 * A3: `new` (found, not handled), `assigned` (became a property), `dismissed` (the hunter deleted
 * it: kept as such so that a later run that finds it again re-opens it as `new`).
 */
export const inboxStatuses = ['new', 'assigned', 'dismissed'] as const;
export type InboxStatus = (typeof inboxStatuses)[number];

export interface InboxEntryRecord {
  listing: Listing;
  sources: ListingSourceRef[];
  /** `portal:portalId` of every source, for the runs' look-ups. */
  sourceKeys: string[];
  portals: ListingPortal[];
  searchIds: string[];
  status: InboxStatus;
  /** For sorting by price (null when the portal gave none). */
  price: number | null;
  propertyId: string | null;
}

export const inboxEntryRefInput = z.object({ entryId: docId });

export const importListingInput = z.object({
  url: z
    .string({ error: 'Collez le lien d’une annonce.' })
    .trim()
    .min(1, { error: 'Collez le lien d’une annonce.' })
    .max(2048, { error: 'Lien trop long.' }),
});

export interface ListingPropertyResult {
  propertyId: string;
  photosCopied: number;
  photosFailed: number;
}

/** The admin's opt-in to reading the portals' public pages, with the legal note acknowledged. */
export const setPortalScrapingInput = z
  .object({ enabled: z.boolean(), acknowledged: z.boolean().default(false) })
  .refine((input) => !input.enabled || input.acknowledged, {
    error: 'Confirmez avoir lu la note sur les conditions des sites.',
    path: ['acknowledged'],
  });

/** A licensed feed's access as the admin enters it: the aggregator's API address and the key. */
export const feedAccessFields = z.object({
  baseUrl: z
    .url({ protocol: /^https?$/, error: 'Adresse de l’API attendue (https://…).' })
    .max(300, { error: 'Adresse trop longue.' }),
  apiKey: z
    .string({ error: 'Clé d’API attendue.' })
    .trim()
    .min(8, { error: 'Clé d’API trop courte.' })
    .max(500, { error: 'Clé d’API trop longue.' }),
});
export type FeedAccessFields = z.input<typeof feedAccessFields>;

/** `setFeedAccess`: saves (or replaces) the access, or removes it with `{ remove: true }`. */
export const setFeedAccessInput = z.union([
  feedAccessFields,
  z.object({ remove: z.literal(true) }).strict(),
]);
export type SetFeedAccessInput = z.input<typeof setFeedAccessInput>;

export interface SetFeedAccessResult {
  feedConfigured: boolean;
}

export const aggregatorCallableNames = {
  saveSearch: 'saveSearch',
  deleteSearch: 'deleteSearch',
  runSearchNow: 'runSearchNow',
  setPortalScraping: 'setPortalScraping',
  setFeedAccess: 'setFeedAccess',
  createPropertyFromInbox: 'createPropertyFromInbox',
  dismissInboxEntry: 'dismissInboxEntry',
  importListingByUrl: 'importListingByUrl',
} as const;
