import { lazy } from 'react';

/** Where the client app shows the agency's fee schedule (L1). */
export const tariffsPath = '/tarifs';
/** The client's « Mes données » page (C6). */
export const myDataPath = '/mes-donnees';

/**
 * The agency footer (AgencyFooter.tsx) as its own chunk: the shell's `footer` and the sign-in
 * page can mount it without adding to the sign-in page's eager bundle.
 */
export const AgencyFooter = lazy(() =>
  import('./AgencyFooter.js').then((module) => ({ default: module.AgencyFooter })),
);
