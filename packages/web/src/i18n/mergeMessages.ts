type Messages = { [key: string]: unknown };

const isMessages = (value: unknown): value is Messages =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The shared messages with an app's on top, merged key by key at every depth: an app that adds
 * `auth.signInLink` keeps the shared `auth.*` messages instead of replacing the whole group.
 */
export function mergeMessages(shared: Messages, app: Messages): Messages {
  const merged: Messages = { ...shared };
  for (const [key, value] of Object.entries(app)) {
    const base = merged[key];
    merged[key] = isMessages(base) && isMessages(value) ? mergeMessages(base, value) : value;
  }
  return merged;
}
