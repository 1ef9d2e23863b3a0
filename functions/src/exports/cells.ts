import {
  parisWallClockAsUtc,
  type ColumnSpec,
  type ColumnType,
  type Language,
} from '@portail/shared';

/** What the writer puts in a cell: exceljs writes a Date as a real spreadsheet date. */
export type CellValue = string | number | Date | null;

// Excel's own limit; longer text makes the file "damaged" on opening.
const MAX_CELL_TEXT = 32_767;
// XML 1.0 cannot carry these control characters, and one of them breaks the whole file.
// eslint-disable-next-line no-control-regex
const xmlInvalid = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const booleanWords: Record<Language, { yes: string; no: string }> = {
  fr: { yes: 'Oui', no: 'Non' },
  en: { yes: 'Yes', no: 'No' },
};

// Format codes use ',' and '.' whatever the locale: Excel shows the reader's own separators.
const numberFormats: Record<Language, Partial<Record<ColumnType, string>>> = {
  fr: {
    integer: '#,##0',
    euro: '#,##0.00 "€"',
    date: 'dd/mm/yyyy',
    datetime: 'dd/mm/yyyy hh:mm',
  },
  en: {
    integer: '#,##0',
    euro: '"€"#,##0.00',
    date: 'yyyy-mm-dd',
    datetime: 'yyyy-mm-dd hh:mm',
  },
};

const defaultWidths: Record<ColumnType, number> = {
  text: 18,
  number: 12,
  integer: 10,
  euro: 14,
  date: 12,
  datetime: 17,
  boolean: 8,
};
const MAX_WIDTH = 60;

export function numberFormat(type: ColumnType, language: Language): string | undefined {
  return numberFormats[language][type];
}

/** The column's width in characters: its own, or one that fits its type and its header. */
export function columnWidth(column: ColumnSpec, language: Language): number {
  const wanted =
    column.width ?? Math.max(defaultWidths[column.type], column.header[language].length + 2);
  return Math.min(wanted, MAX_WIDTH);
}

function cleanText(text: string): string {
  const clean = text.replace(xmlInvalid, '');
  return clean.length > MAX_CELL_TEXT ? clean.slice(0, MAX_CELL_TEXT) : clean;
}

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value))
    return value
      .map(asText)
      .filter((item) => item !== '')
      .join(', ');
  if (value === null || value === undefined) return '';
  return JSON.stringify(value) ?? '';
}

const calendarDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The instant a date field holds: a Date, epoch milliseconds, an ISO string or a Firestore
 * Timestamp (anything with `toMillis()`); null when it holds none.
 */
function instantOf(value: unknown): number | null {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return Date.parse(value);
  if (typeof value === 'object' && value !== null && 'toMillis' in value) {
    const toMillis = (value as { toMillis: unknown }).toMillis;
    if (typeof toMillis === 'function') return Number(toMillis.call(value));
  }
  return null;
}

/**
 * Spreadsheets have no time zones, so a date cell holds the Paris wall clock (what the agency
 * lived), and a `date` column only its calendar day. A `YYYY-MM-DD` string is already a calendar
 * day and is taken as it is.
 */
function toDateCell(value: unknown, type: 'date' | 'datetime'): Date | null {
  if (typeof value === 'string') {
    const day = calendarDate.exec(value);
    if (day) {
      const [year, month, date] = [Number(day[1]), Number(day[2]) - 1, Number(day[3])];
      const cell = new Date(Date.UTC(year, month, date));
      // 2025-02-29 would roll over to 1 March: not a day, so it stays text.
      return cell.getUTCMonth() === month && cell.getUTCDate() === date ? cell : null;
    }
  }
  const instant = instantOf(value);
  if (instant === null || !Number.isFinite(instant)) return null;
  const wall = parisWallClockAsUtc(instant);
  if (type === 'datetime') return wall;
  return new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate()));
}

/**
 * The cell for one value of one column. A value of the wrong kind (text in a number column) is
 * written as text rather than dropped, so an export never loses what the document holds.
 */
export function toCellValue(column: ColumnSpec, value: unknown, language: Language): CellValue {
  if (value === null || value === undefined || value === '') return null;
  switch (column.type) {
    case 'number':
    case 'integer':
    case 'euro':
      if (typeof value === 'number' && Number.isFinite(value)) return value;
      break;
    case 'date':
    case 'datetime': {
      const date = toDateCell(value, column.type);
      if (date) return date;
      break;
    }
    case 'boolean':
      if (typeof value === 'boolean') {
        const words = booleanWords[language];
        return value ? words.yes : words.no;
      }
      break;
    case 'text': {
      const labels = column.labels;
      if (typeof value === 'string' && labels && Object.hasOwn(labels, value)) {
        const label = labels[value];
        if (label) return label[language];
      }
      break;
    }
  }
  const text = cleanText(asText(value));
  return text === '' ? null : text;
}
