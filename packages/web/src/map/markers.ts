/** What the map shows: the space's properties and the client's points of interest. */
export interface MapMarker {
  id: string;
  kind: 'property' | 'poi' | 'dossier';
  lat: number;
  lng: number;
  title: string;
  /** A second line in the popup: a price, the point's type. */
  detail?: string;
  /** An in-app link the popup offers ("Voir le bien"). */
  href?: string;
}

export type MarkerBounds = [[number, number], [number, number]];

/** The south-west and north-east corners around every marker, or null for none. */
export function boundsOf(markers: readonly Pick<MapMarker, 'lat' | 'lng'>[]): MarkerBounds | null {
  if (markers.length === 0) return null;
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const { lat, lng } of markers) {
    west = Math.min(west, lng);
    east = Math.max(east, lng);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [
    [west, south],
    [east, north],
  ];
}
