import { describe, expect, it } from 'vitest';
import { formatTravelEstimate, locationKey, travelTimeDocId } from './travelTimes.js';

describe('travel times', () => {
  it('keys a location at six decimals, so tiny float noise keeps the cache', () => {
    expect(locationKey({ lat: 45.7648141234, lng: 4.8458909 })).toBe('45.764814,4.845891');
    expect(locationKey({ lat: 45.7648141, lng: 4.8458911 })).toBe(
      locationKey({ lat: 45.7648139, lng: 4.8458909 }),
    );
    expect(locationKey({ lat: 45.76, lng: 4.84 })).not.toBe(locationKey({ lat: 45.77, lng: 4.84 }));
  });

  it('formats estimates in minutes, then hours', () => {
    expect(formatTravelEstimate(20)).toBe('~ 1 min');
    expect(formatTravelEstimate(745.3)).toBe('~ 12 min');
    expect(formatTravelEstimate(3599)).toBe('~ 1 h 00');
    expect(formatTravelEstimate(3900)).toBe('~ 1 h 05');
  });

  it('names the cache document by property and point', () => {
    expect(travelTimeDocId('p1', 'q2')).toBe('p1_q2');
  });
});
