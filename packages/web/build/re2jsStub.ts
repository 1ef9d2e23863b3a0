// Firestore imports re2js (≈ 45 KB gzip) for one thing: evaluating `like` / `regex` expressions of
// pipeline queries on the client. The apps run no pipeline, so every Firestore screen would carry
// it for nothing. Should one ever run, the expression fails the way an invalid pattern does
// (Firestore catches the error and logs a warning) instead of matching silently.
export const RE2JS = {
  compile(): never {
    throw new Error('re2js is not bundled in the portal apps (no pipeline query runs here).');
  },
};
