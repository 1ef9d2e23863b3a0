// The properties feature's messages, merged into the app's by main.tsx (keys under `properties.`).
const fr = { properties: {} };

export const propertiesText: { fr: typeof fr; en: typeof fr } = { fr, en: { properties: {} } };
