import type { ListingPortal } from './listing.js';

/**
 * What can go wrong while reading a portal or importing a link (A4, A5), each with a stable code
 * the apps translate and a French message shown as is where no translation exists.
 */
export const aggregatorErrorCodes = [
  'format-changed',
  'not-a-listing',
  'http',
  'timeout',
  'network',
  'blocked',
  'invalid-url',
  'unknown-site',
  'criteria-unsupported',
  'location-not-found',
  'scraping-not-enabled',
  'feed-not-configured',
  'feed-unauthorized',
  'run-interrupted',
  'internal',
] as const;
export type AggregatorErrorCode = (typeof aggregatorErrorCodes)[number];

export const aggregatorErrorMessages: Record<AggregatorErrorCode, string> = {
  'format-changed':
    'Le site a changé la présentation de ses annonces : elles ne peuvent plus être lues pour le moment.',
  'not-a-listing': 'Cette page n’est pas une annonce immobilière.',
  http: 'Le site a refusé ou n’a pas pu servir la demande.',
  timeout: 'Le site met trop de temps à répondre. Réessayez plus tard.',
  network: 'Le site est injoignable. Réessayez dans quelques instants.',
  blocked: 'Le site demande une vérification anti-robot : la lecture automatique est suspendue.',
  'invalid-url': 'Ce lien n’est pas une adresse web valide.',
  'unknown-site':
    'Ce site n’est pas pris en charge : collez le lien d’une annonce SeLoger, Bien’ici ou LeBonCoin.',
  'criteria-unsupported':
    'Ce site ne peut pas chercher avec ces critères : indiquez au moins un code postal.',
  'location-not-found': 'Le site ne reconnaît aucune des villes ou codes postaux de la recherche.',
  'scraping-not-enabled':
    'La lecture automatique des sites d’annonces n’est pas activée pour l’agence (réglage de l’agrégateur).',
  'feed-not-configured': 'Aucun accès au flux d’annonces n’est enregistré pour l’agence.',
  'feed-unauthorized':
    'Le flux d’annonces refuse la clé enregistrée : vérifiez-la ou remplacez-la dans l’agrégateur.',
  'run-interrupted':
    'La recherche a été interrompue à plusieurs reprises sur ce site : elle reprendra au prochain passage.',
  internal: 'La recherche n’a pas pu être lancée sur ce site. Réessayez plus tard.',
};

export interface AggregatorErrorOptions {
  portal?: ListingPortal;
  /** HTTP status, for `http` (and `blocked` when the portal answered one). */
  status?: number;
  /** What went wrong in technical terms, for logs; never shown to users. */
  detail?: string;
}

export class AggregatorError extends Error {
  readonly code: AggregatorErrorCode;
  readonly portal: ListingPortal | undefined;
  readonly status: number | undefined;
  readonly detail: string | undefined;

  constructor(code: AggregatorErrorCode, options: AggregatorErrorOptions = {}) {
    super(aggregatorErrorMessages[code]);
    this.name = 'AggregatorError';
    this.code = code;
    this.portal = options.portal;
    this.status = options.status;
    this.detail = options.detail;
  }
}

export function isAggregatorError(error: unknown): error is AggregatorError {
  return error instanceof AggregatorError;
}
