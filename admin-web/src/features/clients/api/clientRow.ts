import {
  clientCriteriaSchema,
  clientStatuses,
  type ClientStatus,
  type CreateClientInput,
} from '@portail/shared';

/** One login on a client space, as the functions keep it under `logins.{uid}`. */
export interface ClientLoginInfo {
  uid: string;
  email: string;
  displayName: string;
  /** Epoch milliseconds, or null while never invited. */
  invitedAt: number | null;
  invitationCount: number;
  passwordSetAt: number | null;
}

export interface DeletionRequest {
  by: string;
  byName: string;
  reason: string;
  at: number | null;
}

/** A client document as the list and the file show it. */
export interface ClientRow {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  status: ClientStatus;
  /** Collaborators' uids the client is shared with (see `collaboratorsSeeSharedOnly`). */
  sharedWith: string[];
  keywords: string[];
  logins: ClientLoginInfo[];
  /** Every Auth user with access, some without a `logins` entry (created before it was kept). */
  loginUids: string[];
  criteria: CreateClientInput['criteria'];
  deletionRequest: DeletionRequest | null;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** A Firestore Timestamp (or a pending server time, read as null) in epoch milliseconds. */
function millis(value: unknown): number | null {
  const toMillis = (value as { toMillis?: unknown } | null)?.toMillis;
  return typeof toMillis === 'function' ? (toMillis.call(value) as number) : null;
}

const noCriteria = { budgetMax: null, areas: [], roomsMin: null, surfaceMin: null };

/** Reads a client document field by field: what is missing or malformed takes its empty value. */
export function readClientRow(id: string, data: Record<string, unknown>): ClientRow {
  const status = clientStatuses.find((s) => s === data.status) ?? 'added';
  const logins = Object.entries((data.logins ?? {}) as Record<string, Record<string, unknown>>)
    .filter(([, login]) => login && typeof login === 'object')
    .map(([uid, login]) => ({
      uid,
      email: text(login.email),
      displayName: text(login.displayName),
      invitedAt: millis(login.invitedAt),
      invitationCount: typeof login.invitationCount === 'number' ? login.invitationCount : 0,
      passwordSetAt: millis(login.passwordSetAt),
    }))
    .sort((a, b) => a.email.localeCompare(b.email));
  const request =
    data.deletionRequested === true
      ? ((data.deletionRequest ?? {}) as Record<string, unknown>)
      : null;
  return {
    id,
    firstName: text(data.firstName),
    lastName: text(data.lastName),
    email: text(data.email),
    phone: text(data.phone),
    status,
    sharedWith: strings(data.sharedWith),
    keywords: strings(data.keywords),
    logins,
    loginUids: strings(data.loginUids),
    criteria: clientCriteriaSchema.safeParse(data.criteria ?? {}).data ?? noCriteria,
    deletionRequest: request
      ? {
          by: text(request.by),
          byName: text(request.byName),
          reason: text(request.reason),
          at: millis(request.at),
        }
      : null,
  };
}

export const clientName = (client: Pick<ClientRow, 'firstName' | 'lastName'>) =>
  `${client.firstName} ${client.lastName}`.trim();
