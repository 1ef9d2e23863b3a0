import { z } from 'zod';

/**
 * L1: the agency's fee schedule (« Tarifs »), public by law (loi Hoguet: displayed where clients
 * are received, and online). Kept in `tenants/{t}/public/tariffs` rather than in the branding so
 * the sign-in page, which reads the branding, never downloads up to 20,000 characters it does not
 * show. The text is "markdown-light": `#` headings, `-` list items, `**bold**`, blank-line
 * paragraphs — rendered as elements, never as HTML.
 */
export const TARIFFS_MAX_CHARS = 20_000;

export const tariffsPath = (tenantId: string) => `tenants/${tenantId}/public/tariffs`;

export const tariffsInput = z.object({
  text: z
    .string({ error: 'Le texte des tarifs est obligatoire.' })
    .trim()
    .max(TARIFFS_MAX_CHARS, {
      error: `Les tarifs : ${TARIFFS_MAX_CHARS.toLocaleString('fr-FR')} caractères au plus.`,
    }),
});
export type TariffsInput = z.infer<typeof tariffsInput>;

/** A run of text, bold or not. */
export interface TariffSpan {
  text: string;
  bold: boolean;
}
export type TariffBlock =
  | { kind: 'heading'; level: 2 | 3; spans: TariffSpan[] }
  | { kind: 'list'; items: TariffSpan[][] }
  | { kind: 'paragraph'; lines: TariffSpan[][] };

/** `**bold**` runs; an unmatched `**` stays as typed. */
export function tariffSpans(line: string): TariffSpan[] {
  const parts = line.split(/\*\*(.+?)\*\*/g);
  return parts
    .map((text, index) => ({ text, bold: index % 2 === 1 }))
    .filter((span) => span.text !== '');
}

/** The schedule's blocks, in order, for the apps to render as headings, lists and paragraphs. */
export function tariffBlocks(text: string): TariffBlock[] {
  const blocks: TariffBlock[] = [];
  let paragraph: TariffSpan[][] | null = null;
  let list: TariffSpan[][] | null = null;
  const close = () => {
    paragraph = null;
    list = null;
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    const item = /^[-*•]\s+(.*)$/.exec(line);
    if (line === '') {
      close();
    } else if (heading) {
      close();
      blocks.push({
        kind: 'heading',
        level: heading[1]!.length === 1 ? 2 : 3,
        spans: tariffSpans(heading[2]!),
      });
    } else if (item) {
      paragraph = null;
      if (!list) {
        list = [];
        blocks.push({ kind: 'list', items: list });
      }
      list.push(tariffSpans(item[1]!));
    } else {
      list = null;
      if (!paragraph) {
        paragraph = [];
        blocks.push({ kind: 'paragraph', lines: paragraph });
      }
      paragraph.push(tariffSpans(line));
    }
  }
  return blocks;
}
