/**
 * Search without reading the collection: documents carry `keywords`, the prefixes of their
 * words, and a search is one `array-contains` on the most telling word typed (Firestore has no
 * full-text search). Accents and case do not matter.
 */
export const KEYWORD_MIN = 2;
export const KEYWORD_MAX = 15;

export function normaliseWord(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The words of a text: letters and digits, accents removed. */
export function words(text: string): string[] {
  return normaliseWord(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** Every prefix (KEYWORD_MIN to KEYWORD_MAX letters) of every word of the texts, once each. */
export function keywordsOf(texts: readonly string[]): string[] {
  const keywords = new Set<string>();
  for (const word of texts.flatMap(words)) {
    for (let n = KEYWORD_MIN; n <= Math.min(word.length, KEYWORD_MAX); n++) {
      keywords.add(word.slice(0, n));
    }
  }
  return [...keywords];
}

/**
 * What a search box's text asks for: the keyword the query uses (the longest word, cut to
 * KEYWORD_MAX) and the other words, which the page checks on the documents it read. Null when
 * nothing searchable was typed.
 */
export function searchTerms(text: string): { keyword: string; others: string[] } | null {
  const typed = words(text).filter((word) => word.length >= KEYWORD_MIN);
  if (typed.length === 0) return null;
  const longest = typed.reduce((best, word) => (word.length > best.length ? word : best));
  return {
    keyword: longest.slice(0, KEYWORD_MAX),
    others: typed.filter((word) => word !== longest).map((word) => word.slice(0, KEYWORD_MAX)),
  };
}

/** Whether a document's keywords hold every other word of a search. */
export function matchesOthers(keywords: readonly string[], others: readonly string[]): boolean {
  return others.every((word) => keywords.includes(word));
}

/** Phone numbers are searched by their digits: "06 12 34 56 78" and "+33 6 12…" alike. */
export function phoneDigits(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.startsWith('33') && digits.length === 11 ? `0${digits.slice(2)}` : digits;
}

/** A search that is a phone number ("06 12 34", "+33 6…"): the keyword is its digits. */
export function phoneSearchKeyword(text: string): string | null {
  if (!/^[\d\s.+()-]+$/.test(text.trim())) return null;
  const digits = phoneDigits(text);
  return digits.length >= 2 ? digits.slice(0, 15) : null;
}
