import { describe, expect, it } from 'vitest';
import { computeForecast } from '../analytics/forecast.js';
import {
  cashKeyOf,
  dealDatesOf,
  dealId,
  dealMatters,
  dealRecordOf,
  dealsSharedWith,
  forecastDealOf,
  type DealSource,
} from './deal.js';

const at = (iso: string) => Date.parse(iso);
const fee = { amountExclVat: 5000, amountInclVat: 6000, payer: 'client' as const };

function source(overrides: Partial<DealSource> = {}): DealSource {
  return {
    tenantId: 't1',
    clientId: 'c1',
    propertyId: 'p1',
    clientName: 'Julie Dupont',
    propertyTitle: 'T3 Lyon',
    sharedWith: ['u2', 'u1'],
    stage: 'offerAccepted',
    stageDates: { offer: at('2026-01-10T10:00:00Z'), offerAccepted: at('2026-01-20T10:00:00Z') },
    fee,
    ...overrides,
  };
}

describe('deal documents', () => {
  it('joins client and property ids', () => {
    expect(dealId('c1', 'p9')).toBe('c1_p9');
  });

  it('maps stage dates to the forecast dates, dropping the stages it ignores', () => {
    expect(
      dealDatesOf({ new: 1, toVisit: 2, offer: 3, compromis: 4.7, acte: Number.NaN, rejected: 9 }),
    ).toEqual({ offerAt: 3, compromisAt: 4, rejectedAt: 9 });
  });

  it('keeps a deal with a fee or an offer, not an early proposal', () => {
    expect(dealMatters('toVisit', {}, false)).toBe(false);
    expect(dealMatters('toVisit', {}, true)).toBe(true);
    expect(dealMatters('offer', {}, false)).toBe(true);
    // Went back from the offer: it was in the forecast, so its document follows it out.
    expect(dealMatters('visited', { offerAt: 1 }, false)).toBe(true);
  });

  it('places an accepted offer in the month of its estimated acte', () => {
    // 20 January + 1 month (compromis) + 4 months (acte) = 20 June.
    const record = dealRecordOf(source());
    expect(record).toMatchObject({
      series: 'expected',
      cashYear: 2026,
      cashMonth: 6,
      cashKey: '2026-06',
      feeExclVat: 5000,
      sharedWith: ['u1', 'u2'],
      dates: { offerAt: at('2026-01-10T10:00:00Z'), offerAcceptedAt: at('2026-01-20T10:00:00Z') },
    });
  });

  it('moves to invoiced at the compromis, with the real compromis date', () => {
    const record = dealRecordOf(
      source({
        stage: 'compromis',
        stageDates: { ...source().stageDates, compromis: at('2026-03-05T10:00:00Z') },
      }),
    );
    expect(record).toMatchObject({ series: 'invoiced', cashKey: '2026-07' });
  });

  it('places nothing for a rejected deal or one with no date, and sums zero without fee', () => {
    expect(dealRecordOf(source({ stage: 'rejected' }))).toMatchObject({
      series: null,
      cashYear: null,
      cashKey: null,
    });
    expect(dealRecordOf(source({ stageDates: {}, fee: null }))).toMatchObject({
      series: null,
      cashKey: null,
      feeExclVat: 0,
    });
  });

  it('gives the forecast the same placement as the document', () => {
    const record = dealRecordOf(source({ stage: 'compromis' }));
    const forecast = computeForecast([forecastDealOf('c1_p1', record)], { year: 2026 });
    const month = forecast.months[(record.cashMonth ?? 0) - 1];
    expect(month?.invoiced.exclVat).toBe(5000);
    expect(forecast.totals.expected.exclVat).toBe(0);
  });

  it('filters deals by the collaborator they are shared with', () => {
    const deals = [{ sharedWith: ['u1'] }, { sharedWith: [] }, { sharedWith: ['u2', 'u1'] }];
    expect(dealsSharedWith(deals, 'u1')).toHaveLength(2);
    expect(dealsSharedWith(deals, 'u3')).toHaveLength(0);
    expect(dealsSharedWith(deals, null)).toHaveLength(3);
  });

  it('pads the month of the cash key', () => {
    expect(cashKeyOf(2027, 1)).toBe('2027-01');
    expect(cashKeyOf(2027, 12)).toBe('2027-12');
  });
});
