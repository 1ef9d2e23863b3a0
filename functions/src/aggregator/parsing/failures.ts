import { AggregatorError, type ListingPortal } from '@portail/shared';
import type { HttpResponse } from '../types.js';
import { detectBlockPage } from './blocked.js';

/** The payload lacks what the adapter relies on: say so rather than store garbage. */
export function formatChanged(portal: ListingPortal, detail: string): AggregatorError {
  return new AggregatorError('format-changed', { portal, detail });
}

export function notAListing(portal: ListingPortal, detail: string): AggregatorError {
  return new AggregatorError('not-a-listing', { portal, detail });
}

/** Throws `blocked` when a captcha or challenge page answered instead of the portal. */
export function assertNotBlocked(portal: ListingPortal, response: HttpResponse): void {
  const vendor = detectBlockPage(response);
  if (vendor !== null) {
    throw new AggregatorError('blocked', {
      portal,
      status: response.status,
      detail: `page de vérification ${vendor}`,
    });
  }
}
