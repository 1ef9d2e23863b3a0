/**
 * The nearest known name to a misspelt or translated tag, for "vouliez-vous dire … ?". Agencies
 * type in French (`{{client.prenom}}`, `{{bien.prix}}`), so each segment is compared with its
 * canonical English name and with the words a French or English speaker would use for it.
 */

const segmentSynonyms: Record<string, readonly string[]> = {
  agency: ['agence', 'societe', 'entreprise', 'cabinet', 'company'],
  property: ['bien', 'propriete', 'annonce', 'logement', 'listing'],
  appointment: ['rdv', 'rendezvous', 'meeting'],
  document: ['doc', 'fichier', 'file'],
  offer: ['offre'],
  rejection: ['refus', 'rejet'],
  report: ['rapport', 'compterendu', 'avis'],
  visit: ['visite'],
  requester: ['demandeur', 'collaborateur', 'applicant'],
  guest: ['invite', 'visiteur'],
  sender: ['expediteur', 'auteur', 'conseiller', 'author'],
  payment: ['paiement', 'reglement'],
  access: ['acces'],
  properties: ['biens', 'annonces', 'logements', 'listings'],
  firstName: ['prenom', 'first', 'firstname', 'givenname'],
  lastName: ['nom', 'nomdefamille', 'last', 'surname', 'familyname'],
  name: ['nom', 'raisonsociale'],
  title: ['titre', 'intitule', 'libelle'],
  city: ['ville', 'commune', 'town'],
  price: ['prix', 'tarif'],
  email: ['mail', 'courriel', 'adresseemail', 'adressemail'],
  phone: ['telephone', 'tel', 'portable', 'mobile'],
  address: ['adresse'],
  professionalCardNumber: ['carte', 'cartet', 'carteprofessionnelle', 'numerocarte'],
  date: ['jour', 'day'],
  time: ['heure', 'horaire', 'hour'],
  place: ['lieu', 'endroit', 'location'],
  text: ['texte', 'contenu', 'corps', 'body'],
  amount: ['montant', 'somme'],
  reason: ['motif', 'raison', 'cause'],
  validUntil: ['validite', 'datelimite', 'expiration', 'jusquau'],
  rating: ['note', 'etoiles', 'score', 'stars'],
  comment: ['commentaire', 'remarque'],
  availability: ['disponibilites', 'disponibilite', 'dispos', 'creneaux'],
  link: ['lien', 'url', 'bouton', 'button'],
  validity: ['validite', 'duree', 'expiration', 'expiry'],
  previousDate: ['anciennedate', 'dateinitiale', 'olddate'],
  previousTime: ['ancienneheure', 'heureinitiale', 'oldtime'],
  granted: ['accepte', 'accorde', 'valide', 'approved'],
};

/** Case, accents, and separators are not what makes a tag wrong. */
const normalise = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]/g, '');

/** Optimal string alignment distance: a swap of two neighbours (`fristName`) costs one. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const previous = rows[i - 1] as number[];
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      let best = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] as number;
}

function segmentCost(typed: string, canonical: string): number {
  const words = [canonical, ...(segmentSynonyms[canonical] ?? [])];
  return Math.min(...words.map((word) => editDistance(normalise(typed), normalise(word))));
}

/** How far `typed` is from `candidate`, segment by segment; a missing or extra prefix costs 1. */
function cost(typed: string, candidate: string): number {
  const typedSegments = typed.split('.');
  const candidateSegments = candidate.split('.');
  if (typedSegments.length === candidateSegments.length) {
    return typedSegments.reduce(
      (sum, segment, index) => sum + segmentCost(segment, candidateSegments[index] as string),
      0,
    );
  }
  const typedLeaf = typedSegments.at(-1) as string;
  const candidateLeaf = candidateSegments.at(-1) as string;
  return segmentCost(typedLeaf, candidateLeaf) + 1;
}

/** The closest of `candidates`, or null when none is close enough to be a credible guess. */
export function suggestTag(typed: string, candidates: readonly string[]): string | null {
  const tolerance = Math.max(2, Math.floor(normalise(typed).length / 4));
  let best: { name: string; cost: number } | null = null;
  for (const name of candidates) {
    const distance = cost(typed, name);
    if (distance <= tolerance && (best === null || distance < best.cost)) {
      best = { name, cost: distance };
    }
  }
  return best?.name ?? null;
}
