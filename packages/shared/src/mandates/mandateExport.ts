import type { ExportDefinition } from '../exports/columns.js';
import { mandateEndsOn, withdrawalEndsOn } from './mandate.js';

/** The register as an .xlsx (L2, H11): one row per entry, in number order. */
export const mandateExport: ExportDefinition = {
  sheetName: { fr: 'Registre des mandats', en: 'Mandate register' },
  columns: [
    { id: 'number', type: 'integer', header: { fr: 'N°', en: 'No.' } },
    { id: 'date', type: 'date', header: { fr: 'Date du mandat', en: 'Mandate date' } },
    { id: 'clientName', type: 'text', header: { fr: 'Client', en: 'Client' }, width: 28 },
    {
      id: 'signedRemotely',
      type: 'boolean',
      header: { fr: 'Signé à distance', en: 'Signed remotely' },
    },
    {
      id: 'withdrawalEndsOn',
      type: 'date',
      header: { fr: 'Fin du délai de rétractation', en: 'Withdrawal period ends' },
    },
    { id: 'termMonths', type: 'integer', header: { fr: 'Durée (mois)', en: 'Term (months)' } },
    { id: 'endsOn', type: 'date', header: { fr: 'Échéance', en: 'Ends on' } },
    { id: 'fee', type: 'euro', header: { fr: 'Honoraires TTC', en: 'Fee incl. VAT' } },
    {
      id: 'correctionOfNumber',
      type: 'integer',
      header: { fr: 'Corrige le n°', en: 'Corrects no.' },
    },
    { id: 'note', type: 'text', header: { fr: 'Note', en: 'Note' }, width: 40 },
    { id: 'createdAt', type: 'datetime', header: { fr: 'Inscrit le', en: 'Recorded' } },
    { id: 'retainUntil', type: 'date', header: { fr: 'Conservé jusqu’au', en: 'Kept until' } },
  ],
};

/** The computed columns of one entry (the rest are its fields). */
export function mandateExportSource(entry: Record<string, unknown>): Record<string, unknown> {
  const date = typeof entry.date === 'string' ? entry.date : '';
  const termMonths = typeof entry.termMonths === 'number' ? entry.termMonths : 0;
  return {
    ...entry,
    withdrawalEndsOn: withdrawalEndsOn({ date, signedRemotely: entry.signedRemotely === true }),
    endsOn: date && termMonths ? mandateEndsOn({ date, termMonths }) : null,
  };
}
