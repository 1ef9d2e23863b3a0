// The aggregator feature's messages, merged into the app's by main.tsx (keys under `aggregator.`).
const fr = { aggregator: {} };

export const aggregatorText: { fr: typeof fr; en: typeof fr } = { fr, en: { aggregator: {} } };
