import { poiErrorCodes } from '@portail/shared';
import { errorMessage } from '../i18n/errorCodes.js';

const keys: Record<string, string> = {
  [poiErrorCodes.addressNotFound]: 'places.errors.addressNotFound',
  [poiErrorCodes.geocoderUnavailable]: 'places.errors.geocoderUnavailable',
  [poiErrorCodes.tooMany]: 'places.errors.tooMany',
  [poiErrorCodes.notFound]: 'places.errors.notFound',
};

/** A refused save, by its stable code; `field` says whether it belongs next to the address. */
export function placeError(error: unknown, t: (key: string) => string) {
  const code = (error as { details?: { code?: unknown } } | null)?.details?.code;
  const key = typeof code === 'string' ? keys[code] : undefined;
  return {
    message: key ? t(key) : errorMessage(error),
    field: code === poiErrorCodes.addressNotFound ? ('address' as const) : null,
  };
}
