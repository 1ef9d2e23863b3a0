import { createElement as h, type ReactElement } from 'react';
import { Text, View } from '@react-pdf/renderer';
import { reportCriteria, type ClientSnapshot, type ReportCriterion } from '@portail/shared';
import type { PdfBrand } from './brand.js';
import { formatDay, formatEuros, formatSurface, propertyTypeLabel } from './format.js';
import { brandedDocument, facts, muted, paragraphs, section } from './frame.js';
import { starRow } from './stars.js';

export interface VisitReportData {
  brand: PdfBrand;
  clientName: string;
  property: ClientSnapshot;
  report: { ratings: Partial<Record<ReportCriterion, number>>; comment: string; at: Date };
}

export const criterionLabel: Readonly<Record<ReportCriterion, string>> = {
  location: 'Emplacement',
  light: 'Luminosité',
  condition: 'État général',
  layout: 'Agencement',
  price: 'Prix',
};

/** The client's visit report (C2) as the agency hands it over: stars, comment, the property. */
export function visitReportDocument(data: VisitReportData): ReactElement {
  const { brand, property, report } = data;
  const rated = reportCriteria.filter((criterion) => report.ratings[criterion] !== undefined);
  const ratings = h(
    View,
    null,
    ...rated.map((criterion) => {
      const value = report.ratings[criterion]!;
      return h(
        View,
        {
          key: criterion,
          style: { flexDirection: 'row', alignItems: 'center', paddingVertical: 3 },
          wrap: false,
        },
        h(Text, { style: { width: 170, color: muted } }, criterionLabel[criterion]),
        starRow(value, brand.primaryColour),
        h(Text, { style: { marginLeft: 8 } }, `${value}/5`),
      );
    }),
  );
  return brandedDocument({
    brand,
    kind: 'Compte rendu de visite',
    title: property.title,
    subtitle: `${property.addressLabel} — visite notée le ${formatDay(report.at)}`,
    documentTitle: `Compte rendu de visite — ${property.title}`,
    children: [
      section(
        'La visite',
        brand.primaryColour,
        facts([
          ['Client', data.clientName],
          ['Date du compte rendu', formatDay(report.at)],
          ['Bien', `${propertyTypeLabel[property.type]} — ${property.title}`],
          ['Adresse', property.addressLabel],
          ['Prix affiché', formatEuros(property.price)],
          ['Surface', formatSurface(property.surface)],
        ]),
      ),
      section('Les notes', brand.primaryColour, ratings),
      section(
        'Le commentaire',
        brand.primaryColour,
        ...(report.comment.trim()
          ? paragraphs(report.comment)
          : [h(Text, { style: { color: muted } }, 'Aucun commentaire.')]),
      ),
    ],
  });
}
