import type { PipelineStage } from './stages.js';

/**
 * Who may move an assignment where (H4, C2). firestore.rules holds the same tables
 * (`staffMoves()`, `validClientAssignmentUpdate()`): change both together.
 */

/** Staff: one step on, one step back, or rejected from an open stage. No skipping. */
export const staffMoves: Record<PipelineStage, readonly PipelineStage[]> = {
  new: ['toVisit', 'rejected'],
  toVisit: ['new', 'visited', 'rejected'],
  visited: ['toVisit', 'offer', 'rejected'],
  offer: ['visited', 'offerAccepted', 'rejected'],
  offerAccepted: ['offer', 'compromis', 'rejected'],
  compromis: ['offerAccepted', 'acte', 'rejected'],
  acte: ['compromis'],
  rejected: [],
};

/** The client's actions: each moves the card from one of `from` to `to` with its own field. */
export const clientActions = {
  visitRequest: { from: ['new'], to: 'toVisit' },
  report: { from: ['toVisit'], to: 'visited' },
  offer: { from: ['visited'], to: 'offer' },
  rejection: { from: ['new', 'toVisit', 'visited', 'offer'], to: 'rejected' },
} as const satisfies Record<string, { from: readonly PipelineStage[]; to: PipelineStage }>;
export type ClientAction = keyof typeof clientActions;

export function clientMayAct(action: ClientAction, stage: PipelineStage): boolean {
  return (clientActions[action].from as readonly PipelineStage[]).includes(stage);
}

/**
 * Where a rejected deal reopens: the stage it was rejected from (kept in `lastMove.from`), or
 * `new` when that is unknown.
 */
export function reopenStage(lastFrom: PipelineStage | null | undefined): PipelineStage {
  return lastFrom && lastFrom !== 'rejected' ? lastFrom : 'new';
}

/** The stages staff may move a card to from `from` (a rejected card: only where it reopens). */
export function staffTargets(
  from: PipelineStage,
  lastFrom?: PipelineStage | null,
): readonly PipelineStage[] {
  return from === 'rejected' ? [reopenStage(lastFrom)] : staffMoves[from];
}

/** Why staff may not make this move (a French sentence), or null when they may. */
export function staffMoveRefusal(
  from: PipelineStage,
  to: PipelineStage,
  lastFrom?: PipelineStage | null,
): string | null {
  if (from === to) return 'Le bien est déjà à cette étape.';
  if (staffTargets(from, lastFrom).includes(to)) return null;
  if (from === 'rejected') return 'Un bien rejeté reprend à l’étape où il a été rejeté.';
  if (from === 'acte') return 'L’acte est signé : seul un retour au compromis est possible.';
  return 'Une étape à la fois : ce passage sauterait une étape.';
}

/** The client's tabs (C1) and the stages each shows. */
export const clientTabs = {
  new: ['new'],
  toVisit: ['toVisit'],
  visited: ['visited'],
  rejected: ['rejected'],
  mine: ['offer', 'offerAccepted', 'compromis', 'acte'],
} as const satisfies Record<string, readonly PipelineStage[]>;
export type ClientTab = keyof typeof clientTabs;
export const clientTabIds = Object.keys(clientTabs) as ClientTab[];

export function tabOfStage(stage: PipelineStage): ClientTab {
  return (Object.entries(clientTabs) as [ClientTab, readonly PipelineStage[]][]).find(
    ([, stages]) => stages.includes(stage),
  )![0];
}
