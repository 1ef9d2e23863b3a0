// The fee editor's messages, merged into the app's by main.tsx (keys under `fees.`).
const fr = {
  fees: {
    title: 'Honoraires',
    private: 'Jamais visible par le client',
    none: 'Non renseignés',
    summary: '{{exclVat}} HT · {{inclVat}} TTC · {{payer}}',
    exclVat: 'Montant HT (€)',
    inclVat: 'Montant TTC (€)',
    payer: 'À la charge de',
    payers: { client: 'Client (acquéreur)', seller: 'Vendeur' },
    hint: 'Facultatif : ils alimentent le prévisionnel de l’onglet Analyses.',
    save: 'Enregistrer',
    clear: 'Effacer',
    saved: 'Honoraires enregistrés.',
    cleared: 'Honoraires effacés.',
    failed: 'Les honoraires n’ont pas pu être enregistrés. Réessayez.',
    loadFailed: 'Impossible de lire les honoraires.',
  },
};

const en: typeof fr = {
  fees: {
    title: 'Fee',
    private: 'Never visible to the client',
    none: 'Not entered',
    summary: '{{exclVat}} excl. VAT · {{inclVat}} incl. VAT · {{payer}}',
    exclVat: 'Amount excl. VAT (€)',
    inclVat: 'Amount incl. VAT (€)',
    payer: 'Paid by',
    payers: { client: 'Client (buyer)', seller: 'Seller' },
    hint: 'Optional: it feeds the forecast of the Analyses page.',
    save: 'Save',
    clear: 'Clear',
    saved: 'Fee saved.',
    cleared: 'Fee cleared.',
    failed: 'The fee could not be saved. Try again.',
    loadFailed: 'The fee could not be read.',
  },
};

export const feesText = { fr, en };
