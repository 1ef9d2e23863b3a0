import { z } from 'zod';

/**
 * The life of one property in one client's space (H4), in pipeline order. `rejected` can be
 * reached from any open stage.
 */
export const pipelineStages = [
  'new',
  'toVisit',
  'visited',
  'offer',
  'offerAccepted',
  'compromis',
  'acte',
  'rejected',
] as const;
export const pipelineStageSchema = z.enum(pipelineStages);
export type PipelineStage = z.infer<typeof pipelineStageSchema>;

export const closedStages: readonly PipelineStage[] = ['acte', 'rejected'];

export const propertyTypes = ['apartment', 'house', 'land', 'commercial', 'other'] as const;
export type PropertyType = (typeof propertyTypes)[number];

export const appointmentTypes = ['visit', 'compromis', 'preSigningVisit', 'acte', 'other'] as const;
export type AppointmentType = (typeof appointmentTypes)[number];
