import { describe, expect, it } from 'vitest';
import { pipelineStages } from '../pipeline/stages.js';
import {
  columnTypes,
  exportDefinitions,
  exportKinds,
  exportRequestSchema,
  exportRow,
  stageLabels,
} from './columns.js';

describe('export definitions', () => {
  it('define the five exports', () => {
    expect(Object.keys(exportDefinitions).sort()).toEqual([...exportKinds].sort());
  });

  it.each(exportKinds)('%s: unique ids, known types, headers in both languages', (kind) => {
    const { columns, sheetName } = exportDefinitions[kind];
    expect(new Set(columns.map((c) => c.id)).size).toBe(columns.length);
    for (const column of columns) {
      expect(columnTypes).toContain(column.type);
      expect(column.header.fr.trim()).not.toBe('');
      expect(column.header.en.trim()).not.toBe('');
      expect(column.id).toMatch(/^[A-Za-z]+(\.[A-Za-z]+)*$/);
    }
    // Excel refuses sheet names over 31 characters.
    expect(sheetName.fr.length).toBeLessThanOrEqual(31);
    expect(sheetName.en.length).toBeLessThanOrEqual(31);
  });

  it('label every pipeline stage', () => {
    expect(Object.keys(stageLabels).sort()).toEqual([...pipelineStages].sort());
    const stage = exportDefinitions.assignments.columns.find((c) => c.id === 'stage');
    expect(stage?.labels?.compromis).toEqual({ fr: 'Compromis', en: 'Preliminary contract' });
  });

  it('read the request with French as the default language', () => {
    expect(exportRequestSchema.parse({ kind: 'clients' })).toEqual({
      kind: 'clients',
      language: 'fr',
    });
    expect(exportRequestSchema.safeParse({ kind: 'invoices' }).success).toBe(false);
    expect(exportRequestSchema.safeParse({ kind: 'clients', language: 'de' }).success).toBe(false);
  });
});

describe('exportRow', () => {
  const columns = [
    { id: 'firstName', type: 'text' as const, header: { fr: 'Prénom', en: 'First name' } },
    { id: 'criteria.budgetMax', type: 'euro' as const, header: { fr: 'Budget', en: 'Budget' } },
    { id: 'client.lastName', type: 'text' as const, header: { fr: 'Nom', en: 'Name' } },
  ];

  it('reads nested fields by their dotted path', () => {
    expect(
      exportRow(columns, {
        firstName: 'Anne',
        criteria: { budgetMax: 450_000, areas: ['Lyon'] },
        client: { lastName: 'Martin' },
        ignored: true,
      }),
    ).toEqual({ firstName: 'Anne', 'criteria.budgetMax': 450_000, 'client.lastName': 'Martin' });
  });

  it('leaves missing fields undefined, even under a null or a scalar', () => {
    expect(exportRow(columns, { criteria: null, client: 'c1' })).toEqual({
      firstName: undefined,
      'criteria.budgetMax': undefined,
      'client.lastName': undefined,
    });
  });

  it('never reads inherited properties', () => {
    const row = exportRow(
      [{ id: 'constructor.name', type: 'text', header: { fr: 'x', en: 'x' } }],
      {},
    );
    expect(row['constructor.name']).toBeUndefined();
  });
});
