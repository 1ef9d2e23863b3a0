import { firebaseConfig, firestoreDocumentsUrl } from './config.js';

/** A value as Firestore's REST API encodes it. */
type RestValue =
  | { stringValue: string }
  | { booleanValue: boolean }
  | { integerValue: string }
  | { doubleValue: number }
  | { nullValue: null }
  | { timestampValue: string }
  | { mapValue: { fields?: Record<string, RestValue> } }
  | { arrayValue: { values?: RestValue[] } };

function decode(value: RestValue): unknown {
  if ('stringValue' in value) return value.stringValue;
  if ('booleanValue' in value) return value.booleanValue;
  if ('integerValue' in value) return Number(value.integerValue);
  if ('doubleValue' in value) return value.doubleValue;
  if ('timestampValue' in value) return value.timestampValue;
  if ('mapValue' in value) return decodeFields(value.mapValue.fields ?? {});
  if ('arrayValue' in value) return (value.arrayValue.values ?? []).map(decode);
  return null;
}

function decodeFields(fields: Record<string, RestValue>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, decode(value)]));
}

const documentsName = `projects/${firebaseConfig.projectId}/databases/(default)/documents`;

/**
 * Public documents read through Firestore's REST API (`documents:batchGet`; the security rules
 * apply as to the SDKs): what the pages before sign-in need, without downloading the Firestore
 * SDK. The names travel in the body, so ids such as `localhost:5174` are not taken for a REST
 * method. Null for a document that does not exist or may not be read.
 */
export async function readPublicDocuments(
  paths: readonly string[],
  /** Only these fields (a document holding a large inline logo need not come whole). */
  fieldPaths?: readonly string[],
): Promise<Array<Record<string, unknown> | null>> {
  const response = await fetch(`${firestoreDocumentsUrl}:batchGet`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      documents: paths.map((path) => `${documentsName}/${path}`),
      ...(fieldPaths ? { mask: { fieldPaths } } : {}),
    }),
  });
  if (response.status === 403) return paths.map(() => null);
  if (!response.ok) throw new Error(`Firestore answered ${response.status}`);
  const results = (await response.json()) as Array<{
    found?: { name: string; fields?: Record<string, RestValue> };
  }>;
  const found = new Map(
    results.flatMap((result) =>
      result.found ? [[result.found.name, decodeFields(result.found.fields ?? {})] as const] : [],
    ),
  );
  return paths.map((path) => found.get(`${documentsName}/${path}`) ?? null);
}

export async function readPublicDocument(
  path: string,
  fieldPaths?: readonly string[],
): Promise<Record<string, unknown> | null> {
  return (await readPublicDocuments([path], fieldPaths))[0] ?? null;
}
