// The dossiers feature's messages, merged into the app's by main.tsx (keys under `dossiers.`).
const fr = { dossiers: {} };

export const dossiersText: { fr: typeof fr; en: typeof fr } = { fr, en: { dossiers: {} } };
