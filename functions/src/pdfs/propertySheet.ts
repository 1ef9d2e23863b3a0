import { createElement as h, type ReactElement } from 'react';
import { Image, Text, View } from '@react-pdf/renderer';
import type { ClientSnapshot } from '@portail/shared';
import type { PdfBrand } from './brand.js';
import { formatEuros, formatSurface, propertyTypeLabel } from './format.js';
import { brandedDocument, facts, muted, paragraphs, section } from './frame.js';
import { SHEET_PHOTOS } from './limits.js';

export interface PropertySheetData {
  brand: PdfBrand;
  /** The client-safe copy of the property (no private note, address as precise as allowed). */
  property: ClientSnapshot;
  /** JPEG bytes of the first photos, in the property's order. */
  photos: Buffer[];
}

/** Official DPE class colours, A (green) to G (red). */
const energyColours: Readonly<Record<string, string>> = {
  A: '#009c6d',
  B: '#52b153',
  C: '#a5cc74',
  D: '#f4e70f',
  E: '#f0b40f',
  F: '#eb8235',
  G: '#d7221f',
};

function energyBadge(rating: string | null): ReactElement {
  if (!rating || !energyColours[rating]) {
    return h(
      Text,
      { style: { color: muted } },
      'Diagnostic de performance énergétique non renseigné.',
    );
  }
  return h(
    View,
    { style: { flexDirection: 'row', alignItems: 'center' } },
    h(
      View,
      {
        style: {
          width: 28,
          height: 28,
          backgroundColor: energyColours[rating],
          justifyContent: 'center',
          alignItems: 'center',
          marginRight: 8,
        },
      },
      h(Text, { style: { fontSize: 16, fontWeight: 'bold', color: '#ffffff' } }, rating),
    ),
    h(Text, null, `Classe énergie ${rating} (DPE)`),
  );
}

function photoBlock(photos: Buffer[]): ReactElement | null {
  if (photos.length === 0) return null;
  const [first, ...rest] = photos;
  return h(
    View,
    { style: { marginBottom: 6 } },
    h(Image, {
      src: { data: first!, format: 'jpg' },
      style: { width: '100%', height: 250, objectFit: 'cover' },
    }),
    rest.length > 0
      ? h(
          View,
          { style: { flexDirection: 'row', marginTop: 6 } },
          ...rest.map((photo, i) =>
            h(Image, {
              key: i,
              src: { data: photo, format: 'jpg' },
              style: {
                flex: 1,
                height: 120,
                objectFit: 'cover',
                marginLeft: i === 0 ? 0 : 6,
              },
            }),
          ),
        )
      : null,
  );
}

/** The sheet staff hand out: photos, price, facts, description and energy rating. */
export function propertySheetDocument(data: PropertySheetData): ReactElement {
  const { brand, property } = data;
  return brandedDocument({
    brand,
    kind: 'Fiche du bien',
    title: property.title,
    subtitle: `${property.addressLabel} — ${formatEuros(property.price)}`,
    documentTitle: `Fiche du bien — ${property.title}`,
    children: [
      photoBlock(data.photos.slice(0, SHEET_PHOTOS)),
      section(
        'En bref',
        brand.primaryColour,
        facts([
          ['Type', propertyTypeLabel[property.type]],
          ['Prix', formatEuros(property.price)],
          ['Surface', formatSurface(property.surface)],
          ['Pièces', String(property.rooms)],
          ['Chambres', property.bedrooms === null ? null : String(property.bedrooms)],
          ['Adresse', property.addressLabel],
        ]),
      ),
      section('Performance énergétique', brand.primaryColour, energyBadge(property.energyRating)),
      property.description.trim()
        ? section('Description', brand.primaryColour, ...paragraphs(property.description))
        : null,
    ],
  });
}
