// Durations the pages before sign-in show; kept apart from the schemas so that importing them
// does not bring zod into the sign-in page.

/** How long a sign-in link works, once. */
export const SIGN_IN_LINK_TTL_MINUTES = 30;
