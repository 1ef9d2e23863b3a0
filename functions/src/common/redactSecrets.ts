/**
 * The query parameters that make a link work on its own: the product's one-time `token`, and the
 * usual names of other secrets a link may carry (Firebase's `oobCode`, OAuth's `code` and
 * `access_token`, signatures, keys).
 */
export const SECRET_PARAMETERS = [
  'token',
  'oobCode',
  'code',
  'access_token',
  'id_token',
  'key',
  'apiKey',
  'secret',
  'signature',
  'sig',
] as const;

export const REDACTED = '[retiré]';

const names = SECRET_PARAMETERS.join('|');
// After `?`, `&` or HTML's `&amp;`, up to the next separator, quote, tag or space.
const secretParameter = new RegExp(`([?&]|&amp;)(${names})=([^&\\s"'<>#]+)`, 'gi');

/**
 * A copy of an e-mail's text or HTML whose links no longer work: every secret parameter's value
 * becomes `[retiré]`, the rest of the link (where it led) stays readable.
 */
export function redactSecretLinks(content: string): string {
  return content.replace(
    secretParameter,
    (_match, separator: string, name: string) => `${separator}${name}=${REDACTED}`,
  );
}
