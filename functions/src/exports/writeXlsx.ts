import { EventEmitter, once } from 'node:events';
import type { Writable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ColumnSpec, ExportRow, Language, LocalizedText } from '@portail/shared';
import { columnWidth, numberFormat, toCellValue } from './cells.js';
import { ExportError } from './exportError.js';

export interface SheetSpec {
  /** The tab's name, or its French and English names. */
  name: string | LocalizedText;
  columns: readonly ColumnSpec[];
}

// Rows go out in small batches: between two, the writer lets compression and the output stream
// work, and waits while they are behind, so memory holds about a batch, not the sheet.
const ROWS_PER_TURN = 256;
const QUEUE_LIMIT_BYTES = 1024 * 1024;

// Excel refuses these in a tab name and opens the file as damaged.
const forbiddenInSheetName = /[:\\/?*[\]]/;

function sheetNameOf(name: string | LocalizedText, language: Language): string {
  const text = (typeof name === 'string' ? name : name[language]).trim();
  if (
    text === '' ||
    text.length > 31 ||
    forbiddenInSheetName.test(text) ||
    text.startsWith("'") ||
    text.endsWith("'")
  ) {
    throw new ExportError(
      'export/invalid-sheet-name',
      `Nom d'onglet invalide : « ${text} » (31 caractères au plus, sans : \\ / ? * [ ]).`,
    );
  }
  return text;
}

function checkColumns(columns: readonly ColumnSpec[]): void {
  if (columns.length === 0) {
    throw new ExportError('export/no-columns', "L'export n'a aucune colonne.");
  }
  const seen = new Set<string>();
  for (const column of columns) {
    if (seen.has(column.id)) {
      throw new ExportError(
        'export/duplicate-column',
        `La colonne « ${column.id} » apparaît deux fois dans l'export.`,
      );
    }
    seen.add(column.id);
  }
}

/**
 * exceljs 4.4's sheet stream writes into archiver's entry stream without looking at what write()
 * answers, so when compression falls behind, the sheet piles up uncompressed in memory (measured:
 * +77 MB at 175,000 rows, +0 with this wait). That entry stream is read here, through exceljs
 * internals (the library is dormant, and bench/xlsx-export.ts shows whether this still holds);
 * without them the writer still yields a turn per batch and waits for `out`.
 */
interface EntryStream extends EventEmitter {
  _writableState?: { length: number; needDrain: boolean };
}

function compressionQueue(worksheet: object): EntryStream | undefined {
  const pipes = (worksheet as { stream?: { pipes?: unknown } }).stream?.pipes;
  const entry: unknown = Array.isArray(pipes) ? pipes[0] : undefined;
  return entry instanceof EventEmitter ? (entry as EntryStream) : undefined;
}

async function waitForRoom(worksheet: object, out: Writable): Promise<void> {
  const queue = compressionQueue(worksheet);
  const queued = queue?._writableState;
  // Whichever event does not come must not leave its listeners behind, one set per batch.
  const settled = new AbortController();
  const { signal } = settled;
  try {
    if (queue && queued?.needDrain && queued.length > QUEUE_LIMIT_BYTES) {
      await Promise.race([once(queue, 'drain', { signal }), once(out, 'close', { signal })]);
    } else if (out.writableNeedDrain) {
      await Promise.race([once(out, 'drain', { signal }), once(out, 'close', { signal })]);
    } else {
      await nextTurn();
    }
  } finally {
    settled.abort();
  }
  if (out.destroyed) {
    throw new ExportError(
      'export/output-closed',
      "Le téléchargement de l'export a été interrompu.",
    );
  }
}

/**
 * Streams one sheet of typed columns as an .xlsx file into `out`: a bold, frozen header row with
 * an auto-filter, then one row per item of `rows`, each committed (written out) as soon as it is
 * added. Resolves with the number of data rows once the file is complete and `out` has finished.
 * If `rows` throws, the error is passed on and `out` holds an incomplete file: the caller
 * discards it (destroys the response).
 *
 * exceljs is loaded on the first call, so a function that imports this module but never exports
 * does not pay for it at cold start.
 */
export async function writeXlsx(
  out: Writable,
  sheet: SheetSpec,
  rows: AsyncIterable<ExportRow> | Iterable<ExportRow>,
  language: Language,
): Promise<{ rows: number }> {
  const name = sheetNameOf(sheet.name, language);
  const { columns } = sheet;
  checkColumns(columns);

  const { default: ExcelJS } = await import('exceljs');
  // Inline strings rather than a shared-strings table, which would keep every text in memory.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const worksheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  worksheet.columns = columns.map((column) => {
    const numFmt = numberFormat(column.type, language);
    return {
      key: column.id,
      width: columnWidth(column, language),
      style: numFmt ? { numFmt } : {},
    };
  });

  const header = worksheet.addRow(columns.map((column) => column.header[language]));
  header.font = { bold: true };
  header.commit();

  let written = 0;
  for await (const row of rows) {
    worksheet
      .addRow(columns.map((column) => toCellValue(column, row[column.id], language)))
      .commit();
    written += 1;
    if (written % ROWS_PER_TURN === 0) await waitForRoom(worksheet, out);
  }

  // The sheet writes its filter after the rows, so it can span exactly the rows written.
  worksheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: written + 1, column: columns.length },
  };
  await workbook.commit();
  return { rows: written };
}
