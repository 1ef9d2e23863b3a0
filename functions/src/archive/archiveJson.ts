import { Timestamp, type DocumentSnapshot } from 'firebase-admin/firestore';

/** Firestore values as a reader expects them in a JSON file: dates as ISO 8601 text. */
export function plain(value: unknown): unknown {
  if (value instanceof Timestamp) return value.toDate().toISOString();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plain(item)]));
  }
  return value;
}

/** One document with its id, keeping only `fields` when they are named. */
export function plainDoc(doc: DocumentSnapshot, fields?: readonly string[]) {
  const data = doc.data() ?? {};
  const kept = fields
    ? Object.fromEntries(fields.filter((f) => f in data).map((f) => [f, data[f]]))
    : data;
  return { id: doc.id, ...(plain(kept) as Record<string, unknown>) };
}

/** A name safe inside a ZIP on every system: no folders, no control or reserved characters. */
export function entryName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what it removes
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').replace(/^\.+/, '');
  return cleaned.slice(0, 120) || 'fichier';
}
