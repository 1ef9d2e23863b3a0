import { HttpsError } from 'firebase-functions/v2/https';
import type { z } from 'zod';

/** Parses a callable's input; a bad one is refused with the schema's (French) message. */
export function parseInput<T extends z.ZodType>(schema: T, data: unknown): z.infer<T> {
  const result = schema.safeParse(data);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new HttpsError('invalid-argument', first?.message ?? 'Données invalides.', {
      issues: result.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
      })),
    });
  }
  return result.data;
}
