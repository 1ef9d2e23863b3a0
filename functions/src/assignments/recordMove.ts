import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { FieldPath, Timestamp } from 'firebase-admin/firestore';
import type { PipelineStage } from '@portail/shared';
import { deleteCollection } from '../common/deletion.js';

const ALREADY_EXISTS = 6;

/**
 * The dated history of a card (H4): every stage change, the hunter's and the client's, becomes a
 * `history` entry (who, when, from, to) taken from the `lastMove` the rules made the mover write,
 * and the card remembers when it entered each stage (`stageDates`, for the forecast). Triggers
 * come at least once: the entry's id is the event's, so a second delivery writes nothing new.
 * A deleted card takes its history with it.
 */
export const recordMove = onDocumentWritten(
  'tenants/{tenantId}/clients/{clientId}/assignments/{propertyId}',
  async (event) => {
    const before = event.data?.before;
    const after = event.data?.after;
    if (!after?.exists) {
      if (before?.exists) await deleteCollection(before.ref.collection('history'));
      return;
    }
    const from = (before?.exists ? before.get('stage') : null) as PipelineStage | null;
    const to = after.get('stage') as PipelineStage;
    if (from === to) return;
    const move = after.get('lastMove') as
      | { from: PipelineStage; to: PipelineStage; by: string; byClient: boolean; at: Timestamp }
      | null
      | undefined;
    const fromMove = move && move.to === to && move.from === from;
    const at = fromMove
      ? move.at
      : ((after.get('createdAt') as Timestamp | undefined) ?? Timestamp.now());
    const entry = {
      from,
      to,
      by: fromMove ? move.by : ((after.get('createdBy') as string | undefined) ?? null),
      byClient: fromMove ? move.byClient : false,
      at,
    };
    try {
      await after.ref.collection('history').doc(event.id).create(entry);
    } catch (error) {
      if ((error as { code?: number }).code === ALREADY_EXISTS) return;
      throw error;
    }
    // A card created at a stage with its date already known (an import) keeps that date.
    if (from === null && after.get(new FieldPath('stageDates', to))) return;
    await after.ref.update(new FieldPath('stageDates', to), at);
  },
);
