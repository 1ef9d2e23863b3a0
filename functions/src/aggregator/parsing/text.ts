import { parse } from 'node-html-parser';

/** Descriptions come with `<br>` and entities (Bien'ici, SeLoger): plain text, paragraphs kept. */
export function htmlToText(value: string): string {
  if (!/[<&]/.test(value)) return tidy(value);
  const withBreaks = value.replace(/<br\s*\/?>/gi, '\n').replace(/<\/p>/gi, '\n');
  return tidy(parse(withBreaks).textContent);
}

function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0\u202f]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Cuts on a word boundary when one is near, so a capped title does not end mid-word. */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max * 0.8 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
