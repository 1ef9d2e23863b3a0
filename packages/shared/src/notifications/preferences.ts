import { z } from 'zod';
import {
  emailEventSchema,
  eventsForAudience,
  isEssentialEvent,
  type EmailEvent,
} from '../outbox/events.js';

/** The e-mails a staff member may switch off (the essential ones always go). */
export const staffOptionalEvents: readonly EmailEvent[] = eventsForAudience('staff').filter(
  (event) => !isEssentialEvent(event),
);

/** Sent to the owner and admins only: a collaborator has no use for the switch. */
const adminOnlyEvents: readonly EmailEvent[] = ['staffAccessRequested'];

/** The switches a member of this role is offered (what they may receive and may turn off). */
export function optionalEventsFor(role: string): readonly EmailEvent[] {
  return role === 'collaborator'
    ? staffOptionalEvents.filter((event) => !adminOnlyEvents.includes(event))
    : staffOptionalEvents;
}

/**
 * `members/{uid}.notifications`: the events a staff member does not want by e-mail. A member
 * without it receives everything, so the field is added lazily.
 */
export const memberNotificationsSchema = z.object({
  muted: z
    .array(emailEventSchema)
    .max(50)
    .refine((events) => events.every((event) => staffOptionalEvents.includes(event)), {
      error: 'Cet e-mail ne peut pas être désactivé.',
    }),
});
export type MemberNotifications = z.infer<typeof memberNotificationsSchema>;

/** Whether a member's stored preferences let this event's e-mail through. */
export function memberWants(notifications: unknown, event: EmailEvent): boolean {
  if (isEssentialEvent(event)) return true;
  const parsed = memberNotificationsSchema.safeParse(notifications);
  return !parsed.success || !parsed.data.muted.includes(event);
}

/**
 * What a signed-in person saves about their own e-mails: staff the events they mute, a client
 * login whether it wants the non-essential e-mails (stored as `emailOptOut` on the client, by uid).
 */
export const notificationPreferencesInput = z.union([
  z.object({ audience: z.literal('staff'), muted: memberNotificationsSchema.shape.muted }),
  z.object({ audience: z.literal('client'), nonEssential: z.boolean() }),
]);
export type NotificationPreferencesInput = z.infer<typeof notificationPreferencesInput>;

/** Whether a client login receives this event: invitations and security e-mails always go. */
export function loginWants(optedOut: unknown, uid: string, event: EmailEvent): boolean {
  if (isEssentialEvent(event)) return true;
  return !(Array.isArray(optedOut) && optedOut.includes(uid));
}
