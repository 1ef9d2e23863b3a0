import type { PipelineStage } from '../pipeline/stages.js';
import type { EmailEvent } from '../outbox/events.js';

/** The e-mail each of the client's four moves sends to the hunter (N1), by the stage it reaches. */
const eventOfClientMove: Partial<Record<PipelineStage, EmailEvent>> = {
  toVisit: 'visitRequested',
  visited: 'reportFiled',
  offer: 'offerMade',
  rejected: 'propertyRejected',
};

/** What a trigger sees of an assignment, before or after the write (instants in milliseconds). */
export interface AssignmentSide {
  stage: PipelineStage;
  published: boolean;
  lastMove: { from: PipelineStage; to: PipelineStage; byClient: boolean; at: number } | null;
  /**
   * The write's server instant, exact (`<seconds>.<nanoseconds>`): two batches within the same
   * millisecond are still two publications.
   */
  updatedAt: string | null;
}

export interface ClientMoveNotice {
  event: EmailEvent;
  /**
   * The move's own identity, for the outbox ids: a trigger delivered twice, or a retried
   * producer, computes the same key and cannot queue a second e-mail. No time window involved.
   */
  key: string;
}

/** The e-mail a write of an assignment owes the hunter, or null (not a client move). */
export function clientMoveNotice(
  ids: { clientId: string; propertyId: string },
  before: AssignmentSide | null,
  after: AssignmentSide | null,
): ClientMoveNotice | null {
  if (!after || before?.stage === after.stage) return null;
  const move = after.lastMove;
  if (!move || !move.byClient || move.to !== after.stage || move.from !== before?.stage) {
    return null;
  }
  const event = eventOfClientMove[move.to];
  if (!event) return null;
  return { event, key: `${event}-${ids.clientId}-${ids.propertyId}-${move.at}` };
}

/**
 * The publication a write makes, as the identity of the whole "Publier" it belongs to: staff
 * publish a selection in one batch whose server timestamps are all the commit's instant, so every
 * card of one batch carries the same `updatedAt`. One key per client and instant, hence ONE
 * e-mail listing every property of the batch, whichever of its triggers runs first.
 */
export function publicationKey(
  clientId: string,
  before: AssignmentSide | null,
  after: AssignmentSide | null,
): string | null {
  if (!after?.published || before?.published === true || after.updatedAt === null) return null;
  return `propertiesPublished-${clientId}-${after.updatedAt}`;
}

/** One outbox entry per recipient, so each has its own delivery state and "Renvoyer". */
export const recipientEntryId = (key: string, uid: string) => `${key}-${uid}`;
