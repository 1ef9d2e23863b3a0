import { createElement as h, type ReactElement } from 'react';
import { Text, View } from '@react-pdf/renderer';
import type { ClientSnapshot } from '@portail/shared';
import type { PdfBrand } from './brand.js';
import { formatDay, formatEuros, formatSurface, propertyTypeLabel } from './format.js';
import { brandedDocument, facts, muted, section } from './frame.js';

export interface OfferDraftData {
  brand: PdfBrand;
  clientName: string;
  property: ClientSnapshot;
  offer: { amount: number; validUntil: Date; at: Date };
}

/**
 * A draft of the buyer's offer letter, from the offer the client made in the app (C2): the
 * amount, how long it stands, the names. Conditions are left for the buyer to complete, and the
 * letter says no money changes hands (L3).
 */
export function offerDraftDocument(data: OfferDraftData): ReactElement {
  const { brand, property, offer, clientName } = data;
  const p = (text: string) => h(Text, { style: { marginBottom: 8 } }, text);
  const blank = (label: string) =>
    h(
      Text,
      { style: { marginBottom: 6, color: muted } },
      `${label} : ................................................`,
    );
  return brandedDocument({
    brand,
    kind: 'Brouillon — lettre d’offre',
    title: `Offre d’achat — ${property.title}`,
    subtitle: `Proposée le ${formatDay(offer.at)}, valable jusqu’au ${formatDay(offer.validUntil)}`,
    documentTitle: `Brouillon de lettre d’offre — ${property.title}`,
    children: [
      section(
        'L’offre',
        brand.primaryColour,
        facts([
          ['Acquéreur', clientName],
          ['Bien', `${propertyTypeLabel[property.type]} — ${property.title}`],
          ['Adresse', property.addressLabel],
          ['Surface', formatSurface(property.surface)],
          ['Prix affiché', formatEuros(property.price)],
          ['Montant proposé', formatEuros(offer.amount)],
          ['Valable jusqu’au', formatDay(offer.validUntil)],
        ]),
      ),
      section(
        'Texte de la lettre',
        brand.primaryColour,
        p('Madame, Monsieur,'),
        p(
          `Je soussigné(e) ${clientName}, déclare par la présente faire une offre d’achat pour le ` +
            `bien suivant : ${propertyTypeLabel[property.type].toLowerCase()} « ${property.title} », ` +
            `situé ${property.addressLabel}, d’une surface de ${formatSurface(property.surface)}, ` +
            `présenté par ${brand.name}.`,
        ),
        p(
          `Je propose d’acquérir ce bien au prix de ${formatEuros(offer.amount)}. ` +
            `Cette offre est valable jusqu’au ` +
            `${formatDay(offer.validUntil)} inclus ; passé ce délai, elle sera caduque.`,
        ),
        p(
          'Cette offre ne donne lieu à aucun versement d’argent : aucune somme n’est due avant la ' +
            'signature de l’avant-contrat, et les honoraires de l’agence ne sont dus qu’à la ' +
            'conclusion de la vente.',
        ),
        p('Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.'),
      ),
      section(
        'À compléter avant signature',
        brand.primaryColour,
        blank('Conditions suspensives (prêt, etc.)'),
        blank('Financement (apport, prêt)'),
        blank('Fait à'),
        blank('Le'),
        h(
          View,
          { style: { marginTop: 18, flexDirection: 'row', justifyContent: 'flex-end' } },
          h(Text, null, `Signature de ${clientName}`),
        ),
      ),
    ],
  });
}
