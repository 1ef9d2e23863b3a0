import { useQuery } from '@tanstack/react-query';
import type { PhotoSize } from '@portail/shared';
import { loadAuth } from '../auth/authLoader.js';
import { functionsOrigin } from '../firebase/config.js';

/**
 * Photos come from the backend's one file path (`files`), which checks who asks: staff of the
 * agency, or a client to whom the property is published. An `<img>` cannot send the ID token, so
 * the photo is fetched with it and shown from memory; a photo never changes under its id, so each
 * is fetched once per tab.
 */
const objectUrls = new Map<string, Promise<string>>();

function photoRequestUrl(propertyId: string, photoId: string, size: PhotoSize): string {
  const query = new URLSearchParams({ kind: 'photo', propertyId, photoId, size });
  return `${functionsOrigin}/files?${query}`;
}

async function fetchPhoto(url: string): Promise<string> {
  const { auth } = await loadAuth();
  const token = await auth.currentUser?.getIdToken();
  const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new Error(`photo ${response.status}`);
  return URL.createObjectURL(await response.blob());
}

export function usePhotoUrl(
  propertyId: string,
  photoId: string | null | undefined,
  size: PhotoSize,
): string | null {
  const url = photoId ? photoRequestUrl(propertyId, photoId, size) : null;
  const query = useQuery({
    queryKey: ['photo', url],
    queryFn: () => {
      let pending = objectUrls.get(url!);
      if (!pending) {
        pending = fetchPhoto(url!);
        objectUrls.set(url!, pending);
        pending.catch(() => objectUrls.delete(url!));
      }
      return pending;
    },
    enabled: url !== null,
    staleTime: Infinity,
    retry: 1,
  });
  return query.data ?? null;
}

/** A property's photo at one of the served sizes, or a quiet placeholder while it loads. */
export function PropertyPhoto({
  propertyId,
  photoId,
  size,
  alt,
  className,
}: {
  propertyId: string;
  photoId: string | null | undefined;
  size: PhotoSize;
  alt: string;
  className?: string;
}) {
  const src = usePhotoUrl(propertyId, photoId, size);
  if (!src) {
    return <div className={`photo-placeholder ${className ?? ''}`} role="img" aria-label={alt} />;
  }
  return <img src={src} alt={alt} className={className} loading="lazy" decoding="async" />;
}
