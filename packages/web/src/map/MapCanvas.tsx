import { useEffect, useRef } from 'react';
import mapboxgl from 'mapbox-gl';
import 'mapbox-gl/dist/mapbox-gl.css';
import type { MapSettings } from './config.js';
import { boundsOf, type MapMarker } from './markers.js';

export interface MapCanvasProps {
  settings: MapSettings;
  markers: readonly MapMarker[];
  label: string;
  /** The popup's link, by kind of marker ("Voir le bien", "Voir le dossier"). */
  linkLabels: Record<MapMarker['kind'], string>;
  onNavigate?: (href: string) => void;
}

/** France, when there is nothing to show yet. */
const FRANCE: [number, number] = [2.35, 46.6];

function popupContent(
  marker: MapMarker,
  linkLabels: MapCanvasProps['linkLabels'],
  onNavigate?: (href: string) => void,
) {
  const root = document.createElement('div');
  root.className = 'map-popup';
  const title = document.createElement('strong');
  title.textContent = marker.title;
  root.append(title);
  if (marker.detail) {
    const detail = document.createElement('span');
    detail.textContent = marker.detail;
    root.append(detail);
  }
  if (marker.href) {
    const link = document.createElement('a');
    link.href = marker.href;
    link.textContent = linkLabels[marker.kind];
    const { href } = marker;
    link.addEventListener('click', (event) => {
      if (!onNavigate) return;
      event.preventDefault();
      onNavigate(href);
    });
    root.append(link);
  }
  return root;
}

function markerElement(marker: MapMarker) {
  // A button, so the marker is reached with the keyboard and named for screen readers.
  const element = document.createElement('button');
  element.type = 'button';
  element.className = `map-marker map-marker-${marker.kind}`;
  element.setAttribute('aria-label', marker.title);
  element.dataset.markerId = marker.id;
  return element;
}

/**
 * The mapbox-gl map itself, in its own chunk (MapView loads it with lazy()). Performance reports
 * are off; with a style of our own and no token (the local stack) no request leaves its host.
 */
export default function MapCanvas({
  settings,
  markers,
  label,
  linkLabels,
  onNavigate,
}: MapCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<mapboxgl.Map | null>(null);

  useEffect(() => {
    if (!container.current) return;
    if (!settings.accessToken) {
      // Without a token mapbox-gl reports its map loads to Mapbox, is refused and stops drawing.
      // Pointing its API at the style's own host (the local fixture server) turns those reports
      // off, so the map draws offline and makes no request to *.mapbox.com.
      mapboxgl.config.API_URL = new URL(settings.style, location.href).origin;
    }
    const instance = new mapboxgl.Map({
      container: container.current,
      style: settings.style,
      center: FRANCE,
      zoom: 5,
      ...(settings.accessToken ? { accessToken: settings.accessToken } : { testMode: true }),
      performanceMetricsCollection: false,
      attributionControl: true,
      cooperativeGestures: false,
    });
    instance.addControl(new mapboxgl.NavigationControl({ showCompass: false }), 'top-right');
    map.current = instance;
    return () => {
      instance.remove();
      map.current = null;
    };
  }, [settings.style, settings.accessToken]);

  useEffect(() => {
    const instance = map.current;
    if (!instance) return;
    const placed = markers.map((marker) =>
      new mapboxgl.Marker({ element: markerElement(marker), anchor: 'center' })
        .setLngLat([marker.lng, marker.lat])
        .setPopup(
          new mapboxgl.Popup({ offset: 20, closeButton: true, maxWidth: '260px' }).setDOMContent(
            popupContent(marker, linkLabels, onNavigate),
          ),
        )
        .addTo(instance),
    );
    const bounds = boundsOf(markers);
    if (bounds) instance.fitBounds(bounds, { padding: 48, maxZoom: 15, duration: 0 });
    return () => placed.forEach((marker) => marker.remove());
  }, [markers, linkLabels, onNavigate]);

  return <div ref={container} className="map-canvas" role="region" aria-label={label} />;
}
