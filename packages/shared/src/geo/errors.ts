/**
 * Failures of the outside geo services (geocoder, routing), each with a stable code the apps
 * translate and a French message shown as is where no translation exists.
 */
export const geoErrorCodes = [
  'unreachable',
  'timeout',
  'bad-response',
  'invalid-input',
  'not-authorized',
  'unsupported',
] as const;
export type GeoErrorCode = (typeof geoErrorCodes)[number];

export const geoErrorMessages: Record<GeoErrorCode, string> = {
  unreachable: 'Le service de cartographie est injoignable. Réessayez dans quelques instants.',
  timeout: 'Le service de cartographie met trop de temps à répondre. Réessayez plus tard.',
  'bad-response': 'Le service de cartographie a renvoyé une réponse inattendue.',
  'invalid-input': 'Adresse ou coordonnées invalides.',
  'not-authorized': 'Le service de cartographie a refusé la clé d’accès.',
  unsupported: 'Ce mode de déplacement n’est pas proposé par le service de calcul d’itinéraires.',
};

export class GeoError extends Error {
  readonly code: GeoErrorCode;
  /** What the provider said, for logs; never shown to users. */
  readonly detail: string | undefined;

  constructor(code: GeoErrorCode, detail?: string) {
    super(geoErrorMessages[code]);
    this.name = 'GeoError';
    this.code = code;
    this.detail = detail;
  }
}

export function isGeoError(error: unknown): error is GeoError {
  return error instanceof GeoError;
}
