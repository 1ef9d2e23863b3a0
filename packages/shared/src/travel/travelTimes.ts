import type { TravelMode } from '../geo/poi.js';

/**
 * C4 — the cached travel times from one property to one point of interest:
 * `tenants/{t}/clients/{c}/travelTimes/{propertyId}_{poiId}`, written by functions only.
 * The location keys say which positions the times were computed for: same keys, no new request.
 */
export type TravelDuration = number | null | 'unsupported';

export interface TravelTimeRecord {
  propertyId: string;
  poiId: string;
  /** Seconds by mode; `null` where no route exists, `unsupported` where the provider has none. */
  durations: Record<TravelMode, TravelDuration>;
  propertyLocationKey: string;
  poiLocationKey: string;
  /** Set when the routing provider could not answer: the times are then all `null`. */
  error: string | null;
  computedAt: number;
}

export const travelTimeDocId = (propertyId: string, poiId: string) => `${propertyId}_${poiId}`;

/** Six decimals (~10 cm): a re-geocoded address at the same place keeps its cache. */
export function locationKey(point: { lat: number; lng: number }): string {
  return `${point.lat.toFixed(6)},${point.lng.toFixed(6)}`;
}

/**
 * An estimate as people say it: "~ 12 min", "~ 1 h 05". Under a minute rounds up to 1 min;
 * the provider's model is rough, so seconds are never shown.
 */
export function formatTravelEstimate(seconds: number): string {
  const minutes = Math.max(1, Math.round(seconds / 60));
  if (minutes < 60) return `~ ${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `~ ${hours} h ${String(rest).padStart(2, '0')}`;
}
