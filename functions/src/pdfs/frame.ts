import { createElement as h, type ReactElement, type ReactNode } from 'react';
import { Document, Image, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import { brandFooterLines, type PdfBrand } from './brand.js';
import { PDF_FONT } from './fonts.js';

export const ink = '#1f2933';
export const muted = '#52606d';

const styles = StyleSheet.create({
  page: {
    fontFamily: PDF_FONT,
    fontSize: 10.5,
    color: ink,
    paddingTop: 36,
    paddingHorizontal: 42,
    paddingBottom: 72,
    lineHeight: 1.4,
  },
  header: {
    flexDirection: 'row',
    justifyContent: 'space-between',
    alignItems: 'center',
    paddingBottom: 10,
    borderBottomWidth: 2,
  },
  logo: { maxHeight: 48, maxWidth: 180, objectFit: 'contain' },
  agency: { fontSize: 14, fontWeight: 'bold' },
  kind: { fontSize: 9, color: muted, textTransform: 'uppercase', letterSpacing: 1 },
  title: { fontSize: 18, fontWeight: 'bold', marginTop: 18, marginBottom: 6, lineHeight: 1.2 },
  subtitle: { fontSize: 11, color: muted, marginBottom: 14 },
  footer: {
    position: 'absolute',
    left: 42,
    right: 42,
    bottom: 28,
    borderTopWidth: 0.5,
    borderTopColor: '#cbd2d9',
    paddingTop: 6,
    fontSize: 8,
    color: muted,
  },
  pageNumber: { position: 'absolute', right: 0, top: 6, fontSize: 8, color: muted },
});

export interface FrameProps {
  brand: PdfBrand;
  /** What the document is, above the title (« Compte rendu de visite »). */
  kind: string;
  title: string;
  subtitle?: string;
  /** The PDF's own title and subject, shown by viewers. */
  documentTitle: string;
  children: ReactNode[];
}

/**
 * An A4 document in the agency's colours: its logo (or name) in the header, its company details
 * and carte T in the footer of every page, numbered.
 */
export function brandedDocument(props: FrameProps): ReactElement {
  const { brand } = props;
  const identity = brand.logo
    ? h(Image, { style: styles.logo, src: { data: brand.logo, format: 'png' } })
    : h(Text, { style: [styles.agency, { color: brand.primaryColour }] }, brand.name);
  return h(
    Document,
    { title: props.documentTitle, author: brand.name, creator: brand.name, language: 'fr-FR' },
    h(
      Page,
      { size: 'A4', style: styles.page, wrap: true },
      h(
        View,
        { style: [styles.header, { borderBottomColor: brand.primaryColour }], fixed: true },
        identity,
        h(Text, { style: styles.kind }, props.kind),
      ),
      h(Text, { style: [styles.title, { color: brand.primaryColour }] }, props.title),
      props.subtitle ? h(Text, { style: styles.subtitle }, props.subtitle) : null,
      ...props.children,
      h(
        View,
        { style: styles.footer, fixed: true },
        ...brandFooterLines(brand).map((line, i) =>
          h(Text, { key: i, style: { maxWidth: 440 } }, line),
        ),
        h(Text, {
          style: styles.pageNumber,
          render: ({ pageNumber, totalPages }: { pageNumber: number; totalPages: number }) =>
            `${pageNumber} / ${totalPages}`,
        }),
      ),
    ),
  );
}

const sectionStyles = StyleSheet.create({
  section: { marginTop: 14 },
  heading: { fontSize: 12, fontWeight: 'bold', marginBottom: 6 },
  row: { flexDirection: 'row', paddingVertical: 3, borderBottomWidth: 0.5, borderColor: '#e4e7eb' },
  label: { width: 170, color: muted },
  value: { flex: 1 },
  paragraph: { marginBottom: 6 },
});

export function section(heading: string, colour: string, ...children: ReactNode[]): ReactElement {
  return h(
    View,
    { style: sectionStyles.section, wrap: true },
    h(Text, { style: [sectionStyles.heading, { color: colour }], minPresenceAhead: 40 }, heading),
    ...children,
  );
}

/** Label / value lines; empty values are left out rather than printed as blanks. */
export function facts(rows: [string, string | null | undefined][]): ReactElement {
  return h(
    View,
    null,
    ...rows
      .filter((row): row is [string, string] => Boolean(row[1]))
      .map(([label, value], i) =>
        h(
          View,
          { key: i, style: sectionStyles.row, wrap: false },
          h(Text, { style: sectionStyles.label }, label),
          h(Text, { style: sectionStyles.value }, value),
        ),
      ),
  );
}

/** Free text as paragraphs, keeping the line breaks its author typed. */
export function paragraphs(text: string): ReactElement[] {
  return text
    .split(/\n{2,}/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part, i) => h(Text, { key: i, style: sectionStyles.paragraph }, part));
}
