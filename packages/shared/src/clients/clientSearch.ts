import { keywordsOf, normaliseWord, phoneDigits } from '../search/keywords.js';

interface Named {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
  logins?: Record<string, { email?: string; displayName?: string }>;
}

export function clientDisplayName(client: Pick<Named, 'firstName' | 'lastName'>): string {
  return `${client.firstName} ${client.lastName}`.trim();
}

/**
 * What the client list searches and sorts by, without reading the collection (H1): the prefixes
 * of the names, of every login's e-mail and name, and of the phone's digits; and a sort key by
 * last name then first name.
 */
export function clientSearchFields(client: Named): { keywords: string[]; sortKey: string } {
  const logins = Object.values(client.logins ?? {});
  const emails = [client.email, ...logins.map((login) => login.email ?? '')].filter(Boolean);
  const digits = phoneDigits(client.phone ?? '');
  const keywords = keywordsOf([
    client.firstName,
    client.lastName,
    ...logins.map((login) => login.displayName ?? ''),
    ...emails,
  ]);
  // The phone by its digits, as `phoneSearchKeyword` reads a typed number.
  for (let n = 2; n <= Math.min(digits.length, 15); n++) keywords.push(digits.slice(0, n));
  return {
    keywords: [...new Set(keywords)].slice(0, 300),
    sortKey: normaliseWord(`${client.lastName} ${client.firstName}`).trim(),
  };
}
