import { describe, expect, it } from 'vitest';
import { boundsOf } from './markers.js';

describe('boundsOf', () => {
  it('frames every marker, west-south to east-north', () => {
    expect(
      boundsOf([
        { lat: 45.7727, lng: 4.844 },
        { lat: 45.759978, lng: 4.859669 },
        { lat: 45.7794, lng: 4.7764 },
      ]),
    ).toEqual([
      [4.7764, 45.759978],
      [4.859669, 45.7794],
    ]);
  });

  it('has nothing to frame without markers', () => {
    expect(boundsOf([])).toBeNull();
  });
});
