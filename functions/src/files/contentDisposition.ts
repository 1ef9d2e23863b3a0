/**
 * `Content-Disposition` for a download under the file's own name (RFC 6266): an ASCII fallback
 * in `filename` for old clients, the exact UTF-8 name in `filename*` (RFC 5987), so "Relevé
 * d’état des lieux.pdf" saves as such. Control characters and path separators are dropped: a
 * name is never a path.
 */
export function contentDisposition(name: string, type: 'attachment' | 'inline' = 'attachment') {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\u0000-\u001f\u007f/\\]/g, '').trim() || 'document';
  const fallback = clean
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["%]/g, '_');
  const encoded = encodeURIComponent(clean).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
