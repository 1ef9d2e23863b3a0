import {
  dealFeeSchema,
  placeDeal,
  type DealDates,
  type DealFee,
  type ForecastDeal,
  type ForecastSeries,
} from '../analytics/forecast.js';
import type { PipelineStage } from '../pipeline/stages.js';

/**
 * The hunter's business on one deal (H5): one property proposed to one client, seen from the
 * money side. Two documents, both out of the client's reach (docs/data-model.md, "Fees"):
 *
 * - `tenants/{t}/clients/{c}/dealFees/{propertyId}`: the fee staff type in (amount excl. and
 *   incl. VAT, who pays). The assignment is readable by the client, so the fee cannot live there.
 * - `tenants/{t}/deals/{clientId}_{propertyId}`: written only by a trigger, the fee joined with the
 *   stage, the dates the deal reached each stage and where its money falls in the forecast
 *   (`cashYear`, `cashMonth`, `series`), so Analyses reads one query for a year and the dashboard
 *   sums one month without opening any client.
 */

export const DEAL_ID_SEPARATOR = '_';

/** Client ids and property ids are Firestore auto-ids (no `_`), so the pair is unambiguous. */
export function dealId(clientId: string, propertyId: string): string {
  return `${clientId}${DEAL_ID_SEPARATOR}${propertyId}`;
}

/** What staff save on `dealFees/{propertyId}`, as the form and the rules check it. */
export const dealFeeInput = dealFeeSchema;
export type DealFeeInput = DealFee;

/** Stages whose dates the forecast reads, and the `DealDates` key each one fills. */
export const dealDateOfStage: Readonly<Partial<Record<PipelineStage, keyof DealDates>>> = {
  offer: 'offerAt',
  offerAccepted: 'offerAcceptedAt',
  compromis: 'compromisAt',
  acte: 'acteAt',
  rejected: 'rejectedAt',
};

/** The forecast's dates from an assignment's `stageDates` (epoch milliseconds). */
export function dealDatesOf(stageDates: Partial<Record<PipelineStage, number>>): DealDates {
  const dates: DealDates = {};
  for (const [stage, key] of Object.entries(dealDateOfStage) as [
    PipelineStage,
    keyof DealDates,
  ][]) {
    const at = stageDates[stage];
    if (typeof at === 'number' && Number.isFinite(at)) dates[key] = Math.trunc(at);
  }
  return dates;
}

const forecastStages: readonly PipelineStage[] = ['offer', 'offerAccepted', 'compromis', 'acte'];

/**
 * Whether a deal document is worth keeping: it has a fee, or it reached the offer (then it is or
 * was in the forecast). The many proposals that never get that far have none, so the collection
 * grows with the agency's deals, not with every property shown.
 */
export function dealMatters(stage: PipelineStage, dates: DealDates, hasFee: boolean): boolean {
  return hasFee || forecastStages.includes(stage) || dates.offerAt !== undefined;
}

/** `2026-03`: the month a deal's money falls in, as one equality filter. */
export function cashKeyOf(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The deal document's fields, epoch milliseconds for dates (the trigger turns them into Timestamps). */
export interface DealRecord {
  tenantId: string;
  clientId: string;
  propertyId: string;
  clientName: string;
  propertyTitle: string;
  /** Copied from the client: the rules let a shared-only collaborator see only these. */
  sharedWith: string[];
  stage: PipelineStage;
  dates: DealDates;
  fee: DealFee | null;
  /** The fee excl. VAT, 0 without one: what the dashboard sums. */
  feeExclVat: number;
  /** Where the forecast puts the money (the acte's Paris month), or null if nowhere. */
  series: ForecastSeries | null;
  cashYear: number | null;
  cashMonth: number | null;
  cashKey: string | null;
}

export interface DealSource {
  tenantId: string;
  clientId: string;
  propertyId: string;
  clientName: string;
  propertyTitle: string;
  sharedWith: readonly string[];
  stage: PipelineStage;
  stageDates: Partial<Record<PipelineStage, number>>;
  fee: DealFee | null;
}

/** The deal document for an assignment and its fee, placed as the forecast places it. */
export function dealRecordOf(source: DealSource): DealRecord {
  const dates = dealDatesOf(source.stageDates);
  const placement = placeDeal({
    id: dealId(source.clientId, source.propertyId),
    fee: source.fee,
    stage: source.stage,
    collaboratorUid: null,
    dates,
  });
  const month = placement.series ? placement.cashMonth : null;
  return {
    tenantId: source.tenantId,
    clientId: source.clientId,
    propertyId: source.propertyId,
    clientName: source.clientName,
    propertyTitle: source.propertyTitle,
    sharedWith: [...source.sharedWith].sort(),
    stage: source.stage,
    dates,
    fee: source.fee,
    feeExclVat: source.fee?.amountExclVat ?? 0,
    series: placement.series,
    cashYear: month?.year ?? null,
    cashMonth: month?.month ?? null,
    cashKey: month ? cashKeyOf(month.year, month.month) : null,
  };
}

/**
 * The forecast's view of a deal document. A deal belongs to every collaborator its client is
 * shared with, which one `collaboratorUid` cannot say: Analyses filters with `sharedWith` before
 * computing (see `dealsSharedWith`), so the forecast's own collaborator filter is not used.
 */
export function forecastDealOf(
  id: string,
  record: Pick<DealRecord, 'fee' | 'stage' | 'dates'>,
): ForecastDeal {
  return { id, fee: record.fee, stage: record.stage, collaboratorUid: null, dates: record.dates };
}

/** The deals of clients shared with `uid`; all of them when `uid` is null. */
export function dealsSharedWith<T extends Pick<DealRecord, 'sharedWith'>>(
  deals: readonly T[],
  uid: string | null,
): T[] {
  return uid === null ? [...deals] : deals.filter((deal) => deal.sharedWith.includes(uid));
}
