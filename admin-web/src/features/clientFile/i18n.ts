// The clientFile feature's messages, merged into the app's by main.tsx (keys under `clientFile.`).
const fr = { clientFile: {} };

export const clientFileText: { fr: typeof fr; en: typeof fr } = { fr, en: { clientFile: {} } };
