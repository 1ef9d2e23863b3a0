import { PassThrough, Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  exportDefinitions,
  exportRow,
  type ColumnSpec,
  type ExportRow,
  type Language,
} from '@portail/shared';
import { ExportError } from './exportError.js';
import { writeXlsx, type SheetSpec } from './writeXlsx.js';

const columns: ColumnSpec[] = [
  { id: 'name', type: 'text', header: { fr: 'Nom', en: 'Name' } },
  { id: 'surface', type: 'number', header: { fr: 'Surface', en: 'Surface' } },
  { id: 'rooms', type: 'integer', header: { fr: 'Pièces', en: 'Rooms' } },
  { id: 'price', type: 'euro', header: { fr: 'Prix', en: 'Price' } },
  { id: 'signedOn', type: 'date', header: { fr: 'Signé le', en: 'Signed on' } },
  { id: 'createdAt', type: 'datetime', header: { fr: 'Créé le', en: 'Created' } },
  { id: 'published', type: 'boolean', header: { fr: 'Publié', en: 'Published' } },
  {
    id: 'stage',
    type: 'text',
    header: { fr: 'Étape', en: 'Stage' },
    labels: { compromis: { fr: 'Compromis', en: 'Preliminary contract' } },
  },
];

const sheet: SheetSpec = { name: { fr: 'Biens', en: 'Properties' }, columns };

async function exportToBuffer(
  rows: AsyncIterable<ExportRow> | Iterable<ExportRow>,
  language: Language = 'fr',
  spec: SheetSpec = sheet,
): Promise<{ buffer: Buffer; rows: number }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const result = await writeXlsx(out, spec, rows, language);
  return { buffer: Buffer.concat(chunks), rows: result.rows };
}

async function readBack(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  const worksheet = workbook.worksheets[0];
  if (!worksheet) throw new Error('no worksheet');
  return worksheet;
}

const sample: ExportRow = {
  name: 'Appartement Croix-Rousse',
  surface: 64.5,
  rooms: 3,
  price: 389_000.5,
  // 23:30 UTC on 31 March is 01:30 on 1 April in Paris.
  signedOn: Date.parse('2025-03-31T23:30:00Z'),
  createdAt: new Date('2025-03-31T23:30:00Z'),
  published: true,
  stage: 'compromis',
};

describe('writeXlsx', () => {
  it('writes typed cells: numbers, euros with their format, real dates, Oui/Non', async () => {
    const { buffer, rows } = await exportToBuffer([sample, { ...sample, published: false }]);
    expect(rows).toBe(2);
    const ws = await readBack(buffer);
    const row = ws.getRow(2);

    expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(1).value).toBe('Appartement Croix-Rousse');

    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.Number);
    expect(row.getCell(2).value).toBe(64.5);

    expect(row.getCell(3).value).toBe(3);
    expect(row.getCell(3).numFmt).toBe('#,##0');

    const price = row.getCell(4);
    expect(price.type).toBe(ExcelJS.ValueType.Number);
    expect(price.value).toBe(389_000.5);
    expect(price.numFmt).toBe('#,##0.00 "€"');

    const signedOn = row.getCell(5);
    expect(signedOn.type).toBe(ExcelJS.ValueType.Date);
    expect(signedOn.value).toEqual(new Date(Date.UTC(2025, 3, 1)));
    expect(signedOn.numFmt).toBe('dd/mm/yyyy');

    const createdAt = row.getCell(6);
    expect(createdAt.type).toBe(ExcelJS.ValueType.Date);
    expect(createdAt.value).toEqual(new Date(Date.UTC(2025, 3, 1, 1, 30)));
    expect(createdAt.numFmt).toBe('dd/mm/yyyy hh:mm');

    expect(row.getCell(7).value).toBe('Oui');
    expect(ws.getRow(3).getCell(7).value).toBe('Non');
    expect(row.getCell(8).value).toBe('Compromis');
  });

  it('makes the header bold and frozen, with an auto-filter over the rows written', async () => {
    const { buffer } = await exportToBuffer([sample, sample, sample]);
    const ws = await readBack(buffer);
    expect(ws.name).toBe('Biens');
    expect(ws.getRow(1).values).toEqual([
      undefined,
      'Nom',
      'Surface',
      'Pièces',
      'Prix',
      'Signé le',
      'Créé le',
      'Publié',
      'Étape',
    ]);
    for (let col = 1; col <= columns.length; col++) {
      expect(ws.getRow(1).getCell(col).font?.bold).toBe(true);
    }
    expect(ws.getRow(2).getCell(1).font?.bold).toBeFalsy();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
    expect(ws.autoFilter).toBe('A1:H4');
  });

  it('writes English headers, labels, words and formats for an English tenant', async () => {
    const { buffer } = await exportToBuffer([sample], 'en');
    const ws = await readBack(buffer);
    expect(ws.name).toBe('Properties');
    expect(ws.getRow(1).getCell(3).value).toBe('Rooms');
    const row = ws.getRow(2);
    expect(row.getCell(4).numFmt).toBe('"€"#,##0.00');
    expect(row.getCell(5).numFmt).toBe('yyyy-mm-dd');
    expect(row.getCell(6).numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(row.getCell(7).value).toBe('Yes');
    expect(row.getCell(8).value).toBe('Preliminary contract');
  });

  it('gives columns widths from their definition, type and header', async () => {
    const wide: SheetSpec = {
      name: 'Test',
      columns: [
        { id: 'a', type: 'text', header: { fr: 'A', en: 'A' }, width: 40 },
        { id: 'b', type: 'euro', header: { fr: 'B', en: 'B' } },
        {
          id: 'c',
          type: 'boolean',
          header: { fr: 'Envoyé par le client', en: 'From the client' },
        },
      ],
    };
    const ws = await readBack((await exportToBuffer([], 'fr', wide)).buffer);
    expect(ws.getColumn(1).width).toBe(40);
    expect(ws.getColumn(2).width).toBe(14);
    expect(ws.getColumn(3).width).toBe('Envoyé par le client'.length + 2);
  });

  it('keeps every value: empty cells for missing ones, text for values of the wrong kind', async () => {
    const odd: ExportRow = {
      name: 'Ligne\u0000 avec\u0008 contrôle',
      surface: 'environ 60',
      rooms: null,
      price: undefined,
      signedOn: '2025-02-29',
      createdAt: { toMillis: () => Date.parse('2025-07-14T10:00:00Z') },
      published: 'peut-être',
      stage: 'inconnu',
    };
    const ws = await readBack((await exportToBuffer([odd])).buffer);
    const row = ws.getRow(2);
    expect(row.getCell(1).value).toBe('Ligne avec contrôle');
    expect(row.getCell(2).value).toBe('environ 60');
    expect(row.getCell(3).value).toBeNull();
    expect(row.getCell(4).value).toBeNull();
    // Not a real day: kept as the text it is.
    expect(row.getCell(5).value).toBe('2025-02-29');
    // A Firestore Timestamp, read in Paris summer time.
    expect(row.getCell(6).value).toEqual(new Date(Date.UTC(2025, 6, 14, 12, 0)));
    expect(row.getCell(7).value).toBe('peut-être');
    expect(row.getCell(8).value).toBe('inconnu');
  });

  it('cuts text at the 32,767 characters a cell can hold', async () => {
    const long = 'é'.repeat(40_000);
    const ws = await readBack((await exportToBuffer([{ ...sample, name: long }])).buffer);
    expect(ws.getRow(2).getCell(1).value).toBe('é'.repeat(32_767));
  });

  it('never turns text into a formula', async () => {
    const ws = await readBack(
      (await exportToBuffer([{ ...sample, name: '=HYPERLINK("http://x")' }])).buffer,
    );
    expect(ws.getRow(2).getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(ws.getRow(2).getCell(1).value).toBe('=HYPERLINK("http://x")');
  });

  it('writes 10,000 rows from an async source, each in its place', async () => {
    async function* generate(): AsyncGenerator<ExportRow> {
      for (let i = 0; i < 10_000; i++) {
        yield {
          name: `Bien ${i}`,
          surface: i / 4,
          rooms: i % 7,
          price: i * 1000 + 0.25,
          signedOn: Date.UTC(2025, 0, 1) + i * 3_600_000,
          createdAt: Date.UTC(2025, 0, 1) + i * 60_000,
          published: i % 2 === 0,
          stage: 'compromis',
        };
      }
    }
    const { buffer, rows } = await exportToBuffer(generate());
    expect(rows).toBe(10_000);
    const ws = await readBack(buffer);
    expect(ws.actualRowCount).toBe(10_001);
    expect(ws.autoFilter).toBe('A1:H10001');
    for (let i = 0; i < 10_000; i++) {
      const row = ws.getRow(i + 2);
      if (
        row.getCell(1).value !== `Bien ${i}` ||
        row.getCell(2).value !== i / 4 ||
        row.getCell(4).value !== i * 1000 + 0.25 ||
        row.getCell(7).value !== (i % 2 === 0 ? 'Oui' : 'Non')
      ) {
        throw new Error(`row ${i + 2} is wrong: ${JSON.stringify(row.values)}`);
      }
    }
    // Winter time: 1 January 00:00 UTC + i minutes is one hour later in Paris.
    expect(ws.getRow(10_001).getCell(6).value).toEqual(
      new Date(Date.UTC(2025, 0, 1, 1) + 9_999 * 60_000),
    );
  });

  it('waits for a slow output and still writes every row', async () => {
    const chunks: Buffer[] = [];
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk);
        setTimeout(callback, 1);
      },
    });
    const rows = Array.from({ length: 3000 }, (_, i) => ({ ...sample, name: `Bien ${i}` }));
    expect((await writeXlsx(slow, sheet, rows, 'fr')).rows).toBe(3000);
    const ws = await readBack(Buffer.concat(chunks));
    expect(ws.actualRowCount).toBe(3001);
    expect(ws.getRow(3001).getCell(1).value).toBe('Bien 2999');
  });

  it('writes the shared assignments export with its French headers', async () => {
    const { sheetName, columns: assignmentColumns } = exportDefinitions.assignments;
    const source = {
      client: { firstName: 'Anne', lastName: 'Martin' },
      property: { title: 'Maison', city: 'Lyon', price: 520_000 },
      stage: 'offerAccepted',
      published: true,
      fee: { amountExclVat: 9000, amountInclVat: 10_800, payer: 'client' },
    };
    const { buffer } = await exportToBuffer([exportRow(assignmentColumns, source)], 'fr', {
      name: sheetName,
      columns: assignmentColumns,
    });
    const ws = await readBack(buffer);
    const headers = ws.getRow(1).values as unknown[];
    const cellUnder = (header: string) => ws.getRow(2).getCell(headers.indexOf(header));
    expect(ws.name).toBe('Biens proposés');
    expect(cellUnder('Nom du client').value).toBe('Martin');
    expect(cellUnder('Étape').value).toBe('Offre acceptée');
    expect(cellUnder('Honoraires TTC').value).toBe(10_800);
    expect(cellUnder('Honoraires TTC').numFmt).toBe('#,##0.00 "€"');
    expect(cellUnder('Honoraires à la charge de').value).toBe('Client (acquéreur)');
    expect(cellUnder('Publié').value).toBe('Oui');
  });

  it('refuses a sheet name Excel would reject and repeated columns, with a code', async () => {
    const out = new PassThrough();
    await expect(writeXlsx(out, { name: 'Biens / 2025', columns }, [], 'fr')).rejects.toMatchObject(
      {
        code: 'export/invalid-sheet-name',
      },
    );
    await expect(
      writeXlsx(out, { name: 'x'.repeat(32), columns }, [], 'fr'),
    ).rejects.toBeInstanceOf(ExportError);
    const first = columns[0] as ColumnSpec;
    await expect(
      writeXlsx(out, { name: 'Biens', columns: [first, first] }, [], 'fr'),
    ).rejects.toMatchObject({
      code: 'export/duplicate-column',
    });
    await expect(writeXlsx(out, { name: 'Biens', columns: [] }, [], 'fr')).rejects.toMatchObject({
      code: 'export/no-columns',
    });
  });

  it('stops with a code when the output goes away mid-export', async () => {
    let received = 0;
    const out = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        received += chunk.length;
        if (received > 100_000) this.destroy();
        callback();
      },
    });
    out.on('error', () => {});
    function* endless(): Generator<ExportRow> {
      for (;;) yield sample;
    }
    await expect(writeXlsx(out, sheet, endless(), 'fr')).rejects.toMatchObject({
      code: 'export/output-closed',
    });
  });
});
