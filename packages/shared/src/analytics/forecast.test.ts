import { describe, expect, it } from 'vitest';
import {
  computeForecast,
  dealFeeSchema,
  feesExpectedThisMonth,
  forecastDealSchema,
  forecastQuerySchema,
  placeDeal,
  type ForecastDeal,
  type ForecastMonth,
} from './forecast.js';

const at = (iso: string) => Date.parse(iso);

let nextId = 1;
function deal(overrides: Partial<ForecastDeal> = {}): ForecastDeal {
  return {
    id: `d${nextId++}`,
    fee: { amountExclVat: 5000, amountInclVat: 6000, payer: 'client' },
    stage: 'offer',
    collaboratorUid: null,
    dates: {},
    ...overrides,
  };
}

function month(forecast: { months: ForecastMonth[] }, number: number): ForecastMonth {
  const found = forecast.months.find((m) => m.month === number);
  if (!found) throw new Error(`no month ${number}`);
  return found;
}

/** The months of a year that hold any money, as `{ month: series totals excl. VAT }`. */
function nonEmptyMonths(deals: ForecastDeal[], year: number) {
  const result: Record<number, { expected: number; invoiced: number; cashed: number }> = {};
  for (const m of computeForecast(deals, { year }).months) {
    if (m.expected.exclVat || m.invoiced.exclVat || m.cashed.exclVat) {
      result[m.month] = {
        expected: m.expected.exclVat,
        invoiced: m.invoiced.exclVat,
        cashed: m.cashed.exclVat,
      };
    }
  }
  return result;
}

describe('where a deal falls: the month of its acte, real or estimated', () => {
  it('estimates an offer in progress: +2 weeks accepted, +1 month compromis, +4 months acte', () => {
    const placement = placeDeal(
      deal({ stage: 'offer', dates: { offerAt: at('2025-01-10T15:00:00+01:00') } }),
    );
    expect(placement.series).toBe('expected');
    expect(placement.timeline).toEqual({
      offerAccepted: { at: at('2025-01-24T15:00:00+01:00'), estimated: true },
      compromis: { at: at('2025-02-24T15:00:00+01:00'), estimated: true },
      acte: { at: at('2025-06-24T15:00:00+02:00'), estimated: true },
    });
    expect(placement.cashMonth).toEqual({ year: 2025, month: 6 });
  });

  it('puts each series in the month of the acte, the series telling how sure it is', () => {
    const deals = [
      deal({ stage: 'offerAccepted', dates: { offerAcceptedAt: at('2025-02-10T10:00:00+01:00') } }),
      deal({ stage: 'compromis', dates: { compromisAt: at('2025-03-10T10:00:00+01:00') } }),
      deal({ stage: 'acte', dates: { acteAt: at('2025-07-10T10:00:00+02:00') } }),
    ];
    expect(nonEmptyMonths(deals, 2025)).toEqual({
      7: { expected: 5000, invoiced: 5000, cashed: 5000 },
    });
  });

  it('lets real dates replace estimates and estimates the rest from them', () => {
    const offerAt = at('2025-01-10T10:00:00+01:00');
    const estimated = placeDeal(deal({ stage: 'offerAccepted', dates: { offerAt } }));
    expect(estimated.cashMonth).toEqual({ year: 2025, month: 6 });

    const accepted = placeDeal(
      deal({
        stage: 'offerAccepted',
        dates: { offerAt, offerAcceptedAt: at('2025-03-05T10:00:00+01:00') },
      }),
    );
    expect(accepted.timeline.offerAccepted).toEqual({
      at: at('2025-03-05T10:00:00+01:00'),
      estimated: false,
    });
    expect(accepted.timeline.acte).toEqual({
      at: at('2025-08-05T10:00:00+02:00'),
      estimated: true,
    });
    expect(accepted.cashMonth).toEqual({ year: 2025, month: 8 });

    const signed = placeDeal(
      deal({ stage: 'acte', dates: { offerAt, acteAt: at('2025-04-02T10:00:00+02:00') } }),
    );
    expect(signed.timeline.acte).toEqual({ at: at('2025-04-02T10:00:00+02:00'), estimated: false });
    expect(signed.cashMonth).toEqual({ year: 2025, month: 4 });
  });

  it('estimates missing dates from the previous known one', () => {
    // At compromis with only the offer date: 2 weeks, 1 month and 4 months are all estimated.
    const compromis = placeDeal(
      deal({ stage: 'compromis', dates: { offerAt: at('2025-01-10T10:00:00+01:00') } }),
    );
    expect(compromis.series).toBe('invoiced');
    expect(compromis.timeline.compromis).toEqual({
      at: at('2025-02-24T10:00:00+01:00'),
      estimated: true,
    });
    expect(compromis.cashMonth).toEqual({ year: 2025, month: 6 });

    // At acte with only the compromis date: cashed, 4 months after the compromis.
    const acte = placeDeal(
      deal({ stage: 'acte', dates: { compromisAt: at('2025-05-20T10:00:00+02:00') } }),
    );
    expect(acte.series).toBe('cashed');
    expect(acte.timeline.offerAccepted).toBeNull();
    expect(acte.timeline.acte).toEqual({ at: at('2025-09-20T10:00:00+02:00'), estimated: true });
  });

  it('leaves out an open deal it cannot date', () => {
    const placement = placeDeal(deal({ stage: 'compromis', dates: {} }));
    expect(placement).toMatchObject({ series: null, reason: 'undated', cashMonth: null });
    expect(
      computeForecast([deal({ stage: 'acte', dates: {} })], { year: 2025 }).totals.cashed,
    ).toEqual({
      exclVat: 0,
      inclVat: 0,
    });
  });
});

describe('month and year boundaries', () => {
  it('takes 31 January + 1 month to the end of February, not into March', () => {
    const placement = placeDeal(
      deal({ stage: 'offerAccepted', dates: { offerAcceptedAt: at('2025-01-31T12:00:00+01:00') } }),
    );
    expect(placement.timeline.compromis?.at).toBe(at('2025-02-28T12:00:00+01:00'));
    expect(placement.timeline.acte?.at).toBe(at('2025-06-28T12:00:00+02:00'));
    expect(placement.cashMonth).toEqual({ year: 2025, month: 6 });
  });

  it('takes an offer of 30 December + 2 weeks into January of the next year', () => {
    const placement = placeDeal(
      deal({ stage: 'offer', dates: { offerAt: at('2024-12-30T17:00:00+01:00') } }),
    );
    expect(placement.timeline.offerAccepted?.at).toBe(at('2025-01-13T17:00:00+01:00'));
    expect(placement.cashMonth).toEqual({ year: 2025, month: 6 });
  });

  it('counts a compromis of the autumn in the next year, where its acte falls', () => {
    const deals = [
      deal({ stage: 'compromis', dates: { compromisAt: at('2025-09-15T10:00:00+02:00') } }),
    ];
    expect(nonEmptyMonths(deals, 2025)).toEqual({});
    expect(nonEmptyMonths(deals, 2026)).toEqual({ 1: { expected: 0, invoiced: 5000, cashed: 0 } });
  });

  it('uses Paris months: 23:30 UTC on 31 March is April', () => {
    const deals = [deal({ stage: 'acte', dates: { acteAt: at('2025-03-31T23:30:00Z') } })];
    expect(nonEmptyMonths(deals, 2025)).toEqual({ 4: { expected: 0, invoiced: 0, cashed: 5000 } });
  });

  it('uses Paris years: 23:30 UTC on 31 December is January of the next year', () => {
    const deals = [deal({ stage: 'acte', dates: { acteAt: at('2024-12-31T23:30:00Z') } })];
    expect(nonEmptyMonths(deals, 2024)).toEqual({});
    expect(nonEmptyMonths(deals, 2025)).toEqual({ 1: { expected: 0, invoiced: 0, cashed: 5000 } });
  });

  it('handles 29 February in leap years and its absence in others', () => {
    const fromLeapDay = placeDeal(
      deal({ stage: 'compromis', dates: { compromisAt: at('2024-02-29T10:00:00+01:00') } }),
    );
    expect(fromLeapDay.timeline.acte?.at).toBe(at('2024-06-29T10:00:00+02:00'));

    const toLeapDay = placeDeal(
      deal({ stage: 'compromis', dates: { compromisAt: at('2023-10-31T10:00:00+01:00') } }),
    );
    expect(toLeapDay.timeline.acte?.at).toBe(at('2024-02-29T10:00:00+01:00'));

    const noLeapDay = placeDeal(
      deal({ stage: 'offerAccepted', dates: { offerAcceptedAt: at('2025-01-29T10:00:00+01:00') } }),
    );
    expect(noLeapDay.timeline.compromis?.at).toBe(at('2025-02-28T10:00:00+01:00'));
    expect(noLeapDay.timeline.acte?.at).toBe(at('2025-06-28T10:00:00+02:00'));
  });
});

describe('L3: nothing is cashed before the acte', () => {
  it('keeps a deal at compromis invoiced even when it carries an acte date', () => {
    const placement = placeDeal(
      deal({
        stage: 'compromis',
        dates: {
          compromisAt: at('2025-02-03T10:00:00+01:00'),
          acteAt: at('2025-03-01T10:00:00+01:00'),
        },
      }),
    );
    expect(placement.series).toBe('invoiced');
    // The acte date of a stage not reached is ignored: 4 months after the compromis.
    expect(placement.timeline.acte).toEqual({
      at: at('2025-06-03T10:00:00+02:00'),
      estimated: true,
    });
  });

  it('counts no cashed money at all while no deal is at acte', () => {
    const dates = {
      offerAt: at('2025-01-02T10:00:00+01:00'),
      offerAcceptedAt: at('2025-01-10T10:00:00+01:00'),
      compromisAt: at('2025-02-10T10:00:00+01:00'),
      acteAt: at('2025-03-10T10:00:00+01:00'),
    };
    const deals = (['offer', 'offerAccepted', 'compromis'] as const).map((stage) =>
      deal({ stage, dates }),
    );
    const forecast = computeForecast(deals, { year: 2025 });
    expect(forecast.totals.cashed).toEqual({ exclVat: 0, inclVat: 0 });
    expect(forecast.totals.expected.exclVat).toBe(10_000);
    expect(forecast.totals.invoiced.exclVat).toBe(5000);
  });
});

describe('deals that went back, were rejected or have no fee', () => {
  it('places a deal that went back a stage by its current stage, ignoring later dates', () => {
    const placement = placeDeal(
      deal({
        stage: 'offerAccepted',
        dates: {
          offerAcceptedAt: at('2025-01-06T10:00:00+01:00'),
          compromisAt: at('2025-02-06T10:00:00+01:00'),
          acteAt: at('2025-03-06T10:00:00+01:00'),
        },
      }),
    );
    expect(placement.series).toBe('expected');
    expect(placement.timeline.compromis).toEqual({
      at: at('2025-02-06T10:00:00+01:00'),
      estimated: true,
    });
    expect(placement.cashMonth).toEqual({ year: 2025, month: 6 });
  });

  it('counts rejected deals nowhere, whatever their dates and fee', () => {
    const rejected = deal({
      stage: 'rejected',
      dates: {
        compromisAt: at('2025-01-06T10:00:00+01:00'),
        rejectedAt: at('2025-02-01T10:00:00+01:00'),
      },
    });
    expect(placeDeal(rejected)).toMatchObject({ series: null, reason: 'rejected' });
    expect(nonEmptyMonths([rejected], 2025)).toEqual({});
  });

  it('counts deals before the offer nowhere', () => {
    for (const stage of ['new', 'toVisit', 'visited'] as const) {
      expect(
        placeDeal(deal({ stage, dates: { offerAt: at('2025-01-06T10:00:00+01:00') } })),
      ).toMatchObject({
        series: null,
        reason: 'noOffer',
      });
    }
  });

  it('places a deal without a fee with zero, for the table to ask for it', () => {
    const noFee = deal({
      fee: null,
      stage: 'compromis',
      dates: { compromisAt: at('2025-02-03T10:00:00+01:00') },
    });
    const withFee = deal({
      stage: 'compromis',
      dates: { compromisAt: at('2025-02-03T10:00:00+01:00') },
    });
    const forecast = computeForecast([noFee, withFee], { year: 2025 });
    expect(forecast.deals[0]).toMatchObject({
      series: 'invoiced',
      hasFee: false,
      amount: { exclVat: 0, inclVat: 0 },
      cashMonth: { year: 2025, month: 6 },
    });
    expect(month(forecast, 6).invoiced).toEqual({ exclVat: 5000, inclVat: 6000 });
  });
});

describe('amounts and filters', () => {
  it('sums both amounts, excluding and including VAT, to the cent', () => {
    const dates = { acteAt: at('2025-05-05T10:00:00+02:00') };
    const deals = [
      deal({
        stage: 'acte',
        dates,
        fee: { amountExclVat: 1.1, amountInclVat: 1.32, payer: 'client' },
      }),
      deal({
        stage: 'acte',
        dates,
        fee: { amountExclVat: 2.2, amountInclVat: 2.64, payer: 'seller' },
      }),
      deal({
        stage: 'acte',
        dates,
        fee: { amountExclVat: 0.7, amountInclVat: 0.84, payer: 'client' },
      }),
    ];
    const forecast = computeForecast(deals, { year: 2025 });
    // Summed as floats these give 4.000000000000001.
    expect(month(forecast, 5).cashed).toEqual({ exclVat: 4, inclVat: 4.8 });
    expect(forecast.totals.cashed).toEqual({ exclVat: 4, inclVat: 4.8 });
  });

  it('keeps only the chosen collaborator’s deals when asked', () => {
    const dates = { compromisAt: at('2025-01-15T10:00:00+01:00') };
    const deals = [
      deal({ collaboratorUid: 'alice', stage: 'compromis', dates }),
      deal({
        collaboratorUid: 'bob',
        stage: 'compromis',
        dates,
        fee: { amountExclVat: 700, amountInclVat: 840, payer: 'client' },
      }),
      deal({ collaboratorUid: null, stage: 'compromis', dates }),
    ];
    const bob = computeForecast(deals, { year: 2025, collaboratorUid: 'bob' });
    expect(bob.deals.map((d) => d.dealId)).toEqual([deals[1]?.id]);
    expect(bob.totals.invoiced).toEqual({ exclVat: 700, inclVat: 840 });
    expect(computeForecast(deals, { year: 2025 }).totals.invoiced).toEqual({
      exclVat: 10_700,
      inclVat: 12_840,
    });
  });

  it('gives twelve months whose sums are the totals and the placed deals of that year', () => {
    let seed = 42;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const stages = ['new', 'offer', 'offerAccepted', 'compromis', 'acte', 'rejected'] as const;
    const deals = Array.from({ length: 400 }, () =>
      deal({
        stage: stages[Math.floor(random() * stages.length)] ?? 'offer',
        fee: {
          amountExclVat: Math.round(random() * 1e6) / 100,
          amountInclVat: 20_000,
          payer: 'client',
        },
        dates: { offerAt: at('2024-06-01T00:00:00Z') + Math.floor(random() * 400 * 86_400_000) },
      }),
    );
    const forecast = computeForecast(deals, { year: 2025 });
    expect(forecast.months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const series of ['expected', 'invoiced', 'cashed'] as const) {
      const monthCents = forecast.months.reduce(
        (sum, m) => sum + Math.round(m[series].exclVat * 100),
        0,
      );
      const dealCents = forecast.deals
        .filter((d) => d.series === series && d.cashMonth?.year === 2025)
        .reduce((sum, d) => sum + Math.round(d.amount.exclVat * 100), 0);
      expect(monthCents).toBe(Math.round(forecast.totals[series].exclVat * 100));
      expect(monthCents).toBe(dealCents);
    }
    expect(forecast.totals.expected.exclVat).toBeGreaterThan(0);
    expect(forecast.totals.cashed.exclVat).toBeGreaterThan(0);
  });
});

describe('fees expected this month (dashboard)', () => {
  const deals = [
    // acte estimated 2025-06-10: expected in June.
    deal({ stage: 'offerAccepted', dates: { offerAcceptedAt: at('2025-01-10T10:00:00+01:00') } }),
    // acte estimated 2025-06-20: invoiced in June.
    deal({
      stage: 'compromis',
      dates: { compromisAt: at('2025-02-20T10:00:00+01:00') },
      fee: { amountExclVat: 1000, amountInclVat: 1200, payer: 'seller' },
    }),
    // Already cashed in June: not expected any more.
    deal({ stage: 'acte', dates: { acteAt: at('2025-06-02T10:00:00+02:00') } }),
    // Expected in July.
    deal({ stage: 'compromis', dates: { compromisAt: at('2025-03-20T10:00:00+01:00') } }),
  ];

  it('sums the fees not cashed yet whose acte falls this Paris month', () => {
    expect(feesExpectedThisMonth(deals, at('2025-06-15T12:00:00Z'))).toEqual({
      exclVat: 6000,
      inclVat: 7200,
    });
  });

  it('knows this month in Paris, not in UTC', () => {
    // 22:30 UTC on 31 May is 00:30 on 1 June in Paris.
    expect(feesExpectedThisMonth(deals, at('2025-05-31T22:30:00Z')).exclVat).toBe(6000);
    expect(feesExpectedThisMonth(deals, at('2025-05-31T21:30:00Z')).exclVat).toBe(0);
  });

  it('filters by collaborator like the forecast', () => {
    const mine = deals.map((d, index) => ({ ...d, collaboratorUid: index === 1 ? 'me' : 'other' }));
    expect(
      feesExpectedThisMonth(mine, at('2025-06-15T12:00:00Z'), { collaboratorUid: 'me' }),
    ).toEqual({
      exclVat: 1000,
      inclVat: 1200,
    });
  });

  it('equals the current month’s orange and yellow bars', () => {
    const june = month(computeForecast(deals, { year: 2025 }), 6);
    expect(feesExpectedThisMonth(deals, at('2025-06-15T12:00:00Z')).exclVat).toBe(
      june.expected.exclVat + june.invoiced.exclVat,
    );
  });
});

describe('schemas', () => {
  it('accepts a deal as read from Firestore, dates in epoch milliseconds', () => {
    const parsed = forecastDealSchema.parse({
      id: 'p1',
      fee: { amountExclVat: 5000, amountInclVat: 6000, payer: 'client' },
      stage: 'compromis',
      collaboratorUid: 'u1',
      dates: { compromisAt: at('2025-02-03T10:00:00+01:00') },
    });
    expect(parsed.dates.compromisAt).toBe(at('2025-02-03T10:00:00+01:00'));
  });

  it('refuses negative amounts, VAT-inclusive amounts below the net, and unknown payers', () => {
    expect(
      dealFeeSchema.safeParse({ amountExclVat: -1, amountInclVat: 0, payer: 'client' }).success,
    ).toBe(false);
    const inverted = dealFeeSchema.safeParse({
      amountExclVat: 100,
      amountInclVat: 90,
      payer: 'client',
    });
    expect(inverted.success).toBe(false);
    expect(inverted.error?.issues[0]?.path).toEqual(['amountInclVat']);
    expect(
      dealFeeSchema.safeParse({ amountExclVat: 100, amountInclVat: 100, payer: 'notary' }).success,
    ).toBe(false);
  });

  it('refuses ISO strings for dates and unknown stages', () => {
    const base = { id: 'p1', fee: null, stage: 'offer', collaboratorUid: null, dates: {} };
    expect(forecastDealSchema.safeParse(base).success).toBe(true);
    expect(
      forecastDealSchema.safeParse({ ...base, dates: { offerAt: '2025-01-01' } }).success,
    ).toBe(false);
    expect(forecastDealSchema.safeParse({ ...base, stage: 'signed' }).success).toBe(false);
  });

  it('asks for a plausible year', () => {
    expect(forecastQuerySchema.safeParse({ year: 2025 }).success).toBe(true);
    expect(forecastQuerySchema.safeParse({ year: 2025.5 }).success).toBe(false);
    expect(forecastQuerySchema.safeParse({ year: 25 }).success).toBe(false);
  });
});
