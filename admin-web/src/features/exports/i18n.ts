// The Excel export buttons' messages, merged into the app's by main.tsx (keys under `exports.`).
const fr = {
  exports: {
    button: 'Exporter (Excel)',
    pending: 'Export en cours…',
    failed: 'L’export a échoué : {{reason}}',
  },
};

const en: typeof fr = {
  exports: {
    button: 'Export (Excel)',
    pending: 'Exporting…',
    failed: 'The export failed: {{reason}}',
  },
};

export const exportsText = { fr, en };
