import { z } from 'zod';
import { pipelineStageSchema, type PipelineStage } from '../pipeline/stages.js';
import { addParisDays, addParisMonths, parisMonthOf } from './parisCalendar.js';

// The months of the forecast are Paris months: callers need the same calendar to say which month
// "now" is, so it is part of this module's contract.
export {
  parisMonthOf,
  parisWallClockAsUtc,
  toParisWallClock,
  fromParisWallClock,
  addParisDays,
  addParisMonths,
  parisTimeZone,
  type ParisMonth,
  type ParisWallClock,
} from './parisCalendar.js';

/**
 * The Analyses cash-flow forecast (H5, L3): where each deal's hunting fee lands over one year.
 *
 * The rule, from the help text of the product this one follows: « L'analyse sert à avoir un
 * prévisionnel de trésorerie sur l'année », with the delays « Offre en cours → Offre acceptée :
 * 2 semaines ; Offre acceptée → Compromis : 1 mois ; Compromis → Acte authentique : 4 mois », and
 * the colours « en orange, le CA à venir suite à une offre acceptée, en jaune le CA facturé mais
 * pas encaissé à date du compromis et en vert le CA facturé suite à signature acte authentique ».
 *
 * - A cash-flow forecast says when money arrives, and a hunting fee arrives at the acte (L3: no
 *   fee is due before the sale is concluded). So **every deal falls in the Paris month of its
 *   acte date**, real or estimated, in all three series; the series tells how sure the amount is,
 *   which is what the colours describe:
 *   - `expected` (orange): stage `offer` or `offerAccepted`;
 *   - `invoiced` (yellow, invoiced but not cashed): stage `compromis`;
 *   - `cashed` (green): stage `acte`, and only that stage, whatever dates the deal carries.
 * - The acte date is estimated by walking offer → acceptance → compromis → acte from the latest
 *   stage whose date is known, adding 14 calendar days, then 1 calendar month, then 4 calendar
 *   months (Paris wall clock; a day the target month lacks becomes its last day, so 31 January +
 *   1 month is 28 or 29 February). A real date replaces the estimate of its step as soon as it is
 *   recorded, and everything after it is estimated from it.
 * - Only the dates of stages the deal has reached count: a deal that went back a stage is placed
 *   by its current stage, and the dates of the later stages it had reached are ignored (so an
 *   `acteAt` on a deal at `compromis` neither makes it cashed nor moves it).
 * - Rejected deals and deals not yet at `offer` count nowhere; an `offer` or later deal with no
 *   usable date at all cannot be placed (`undated`). A deal without a fee is placed with zero, so
 *   the table can show it and ask for the fee.
 * - An estimate already in the past stays in its month: the table flags it as estimated so the
 *   hunter records the real date, rather than the forecast silently moving money around.
 *
 * Amounts are summed in cents. Both excluding and including VAT are given: charts should show
 * `exclVat` (« CA » is counted before VAT in French accounting); `inclVat` is what the account
 * receives. Dates are epoch milliseconds (Firestore Timestamps give them with `toMillis()`).
 */

export const feePayers = ['client', 'seller'] as const;
export type FeePayer = (typeof feePayers)[number];

const euros = z
  .number({ error: 'Le montant doit être un nombre.' })
  .finite({ error: 'Le montant doit être un nombre.' })
  .nonnegative({ error: 'Le montant ne peut pas être négatif.' })
  .max(100_000_000, { error: 'Le montant est trop élevé.' });

export const dealFeeSchema = z
  .object({
    amountExclVat: euros,
    amountInclVat: euros,
    payer: z.enum(feePayers, { error: 'Payeur des honoraires inconnu.' }),
  })
  .refine((fee) => fee.amountInclVat >= fee.amountExclVat, {
    error: 'Le montant TTC ne peut pas être inférieur au montant HT.',
    path: ['amountInclVat'],
  });
export type DealFee = z.infer<typeof dealFeeSchema>;

const epochMs = z.number({ error: 'Date invalide.' }).int({ error: 'Date invalide.' });

export const dealDatesSchema = z.object({
  offerAt: epochMs.optional(),
  offerAcceptedAt: epochMs.optional(),
  compromisAt: epochMs.optional(),
  acteAt: epochMs.optional(),
  rejectedAt: epochMs.optional(),
});
export type DealDates = z.infer<typeof dealDatesSchema>;

/** One assignment seen by the forecast. */
export const forecastDealSchema = z.object({
  id: z.string().min(1),
  fee: dealFeeSchema.nullable(),
  stage: pipelineStageSchema,
  collaboratorUid: z.string().min(1).nullable(),
  dates: dealDatesSchema,
});
export type ForecastDeal = z.infer<typeof forecastDealSchema>;

export const forecastQuerySchema = z.object({
  year: z
    .number({ error: "L'année est obligatoire." })
    .int({ error: 'Année invalide.' })
    .min(2000, { error: 'Année invalide.' })
    .max(2100, { error: 'Année invalide.' }),
  /** Only this collaborator's deals; every deal of the tenant when absent. */
  collaboratorUid: z.string().min(1).optional(),
});
export type ForecastQuery = z.infer<typeof forecastQuerySchema>;

export const forecastSeries = ['expected', 'invoiced', 'cashed'] as const;
export type ForecastSeries = (typeof forecastSeries)[number];

/** Machine codes for a deal the forecast leaves out, for the table to translate. */
export type UnplacedReason = 'rejected' | 'noOffer' | 'undated';

export interface Money {
  exclVat: number;
  inclVat: number;
}

export interface Milestone {
  at: number;
  estimated: boolean;
}

export interface DealPlacement {
  dealId: string;
  stage: PipelineStage;
  series: ForecastSeries | null;
  /** Set exactly when `series` is null. */
  reason: UnplacedReason | null;
  /** The steps from acceptance to acte, real or estimated; null before they can be dated. */
  timeline: {
    offerAccepted: Milestone | null;
    compromis: Milestone | null;
    acte: Milestone | null;
  };
  /** The Paris month of the acte date, where the amount falls. */
  cashMonth: { year: number; month: number } | null;
  amount: Money;
  hasFee: boolean;
}

export interface ForecastMonth {
  /** 1–12 */
  month: number;
  expected: Money;
  invoiced: Money;
  cashed: Money;
}

export interface Forecast {
  year: number;
  months: ForecastMonth[];
  totals: Record<ForecastSeries, Money>;
  /** Every deal of the query (after the collaborator filter), placed in this year or not. */
  deals: DealPlacement[];
}

const seriesOfStage: Partial<Record<PipelineStage, ForecastSeries>> = {
  offer: 'expected',
  offerAccepted: 'expected',
  compromis: 'invoiced',
  acte: 'cashed',
};

interface Step {
  stage: PipelineStage;
  date: keyof DealDates;
  /** From the previous step's date to this one's, when this one is not known. */
  estimate: (previous: number) => number;
}

// The seed's « paramétrage » of the analysis, in pipeline order.
const steps: readonly Step[] = [
  // Nothing comes before the offer, so its estimate is never used.
  { stage: 'offer', date: 'offerAt', estimate: (at) => at },
  { stage: 'offerAccepted', date: 'offerAcceptedAt', estimate: (at) => addParisDays(at, 14) },
  { stage: 'compromis', date: 'compromisAt', estimate: (at) => addParisMonths(at, 1) },
  { stage: 'acte', date: 'acteAt', estimate: (at) => addParisMonths(at, 4) },
];

const noMilestones = { offerAccepted: null, compromis: null, acte: null };

function toCents(euros: number): number {
  return Math.round(euros * 100);
}

function moneyOf(fee: DealFee | null): Money {
  return fee
    ? { exclVat: fee.amountExclVat, inclVat: fee.amountInclVat }
    : { exclVat: 0, inclVat: 0 };
}

/** Where one deal's fee falls, independent of the year looked at. */
export function placeDeal(deal: ForecastDeal): DealPlacement {
  const amount = moneyOf(deal.fee);
  const hasFee = deal.fee !== null;
  const series = deal.stage === 'rejected' ? undefined : seriesOfStage[deal.stage];
  if (!series) {
    const reason = deal.stage === 'rejected' ? 'rejected' : 'noOffer';
    return unplaced(deal, reason, amount, hasFee);
  }

  // Walk the steps up to the acte, keeping real dates of the stages reached and estimating the
  // others from the step before.
  const reached = steps.findIndex((step) => step.stage === deal.stage);
  const milestones: (Milestone | null)[] = [];
  let previous: Milestone | null = null;
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index] as Step;
    const real = index <= reached ? deal.dates[step.date] : undefined;
    if (real !== undefined) previous = { at: real, estimated: false };
    else if (previous) previous = { at: step.estimate(previous.at), estimated: true };
    milestones.push(previous);
  }
  const acte = milestones[3] ?? null;
  if (!acte) return unplaced(deal, 'undated', amount, hasFee);
  return {
    dealId: deal.id,
    stage: deal.stage,
    series,
    reason: null,
    timeline: { offerAccepted: milestones[1] ?? null, compromis: milestones[2] ?? null, acte },
    cashMonth: parisMonthOf(acte.at),
    amount,
    hasFee,
  };
}

function unplaced(
  deal: ForecastDeal,
  reason: UnplacedReason,
  amount: Money,
  hasFee: boolean,
): DealPlacement {
  const { id: dealId, stage } = deal;
  return {
    dealId,
    stage,
    series: null,
    reason,
    timeline: noMilestones,
    cashMonth: null,
    amount,
    hasFee,
  };
}

function selectDeals(deals: readonly ForecastDeal[], collaboratorUid?: string): ForecastDeal[] {
  if (collaboratorUid === undefined) return [...deals];
  return deals.filter((deal) => deal.collaboratorUid === collaboratorUid);
}

type CentsBySeries = Record<ForecastSeries, { exclVat: number; inclVat: number }>;

function emptyCents(): CentsBySeries {
  return {
    expected: { exclVat: 0, inclVat: 0 },
    invoiced: { exclVat: 0, inclVat: 0 },
    cashed: { exclVat: 0, inclVat: 0 },
  };
}

function add(cents: CentsBySeries, series: ForecastSeries, amount: Money): void {
  cents[series].exclVat += toCents(amount.exclVat);
  cents[series].inclVat += toCents(amount.inclVat);
}

function toEuros(cents: { exclVat: number; inclVat: number }): Money {
  return { exclVat: cents.exclVat / 100, inclVat: cents.inclVat / 100 };
}

/** The twelve Paris months of `query.year`, three series each, and where every deal went. */
export function computeForecast(deals: readonly ForecastDeal[], query: ForecastQuery): Forecast {
  const placements = selectDeals(deals, query.collaboratorUid).map(placeDeal);
  const byMonth = Array.from({ length: 12 }, emptyCents);
  const totals = emptyCents();
  for (const placement of placements) {
    if (!placement.series || placement.cashMonth?.year !== query.year) continue;
    const month = byMonth[placement.cashMonth.month - 1];
    if (!month) continue;
    add(month, placement.series, placement.amount);
    add(totals, placement.series, placement.amount);
  }
  return {
    year: query.year,
    months: byMonth.map((cents, index) => ({
      month: index + 1,
      expected: toEuros(cents.expected),
      invoiced: toEuros(cents.invoiced),
      cashed: toEuros(cents.cashed),
    })),
    totals: {
      expected: toEuros(totals.expected),
      invoiced: toEuros(totals.invoiced),
      cashed: toEuros(totals.cashed),
    },
    deals: placements,
  };
}

/**
 * The dashboard's « honoraires attendus ce mois-ci »: fees not cashed yet (`expected` and
 * `invoiced`) whose acte falls in the Paris month of `now`, exactly the current month's orange and
 * yellow bars of the forecast.
 */
export function feesExpectedThisMonth(
  deals: readonly ForecastDeal[],
  now: number,
  options: { collaboratorUid?: string } = {},
): Money {
  const current = parisMonthOf(now);
  const cents = emptyCents();
  for (const deal of selectDeals(deals, options.collaboratorUid)) {
    const placement = placeDeal(deal);
    if (placement.series !== 'expected' && placement.series !== 'invoiced') continue;
    if (placement.cashMonth?.year !== current.year) continue;
    if (placement.cashMonth.month !== current.month) continue;
    add(cents, 'expected', placement.amount);
  }
  return toEuros(cents.expected);
}
