import type { ClientSnapshot } from '../properties/property.js';
import type { ReportCriterion } from './report.js';
import type { PipelineStage } from './stages.js';

/**
 * One property proposed to one client space (`tenants/{t}/clients/{c}/assignments/{propertyId}`,
 * H3–H4, C1–C2). Timestamps are epoch milliseconds here; Firestore holds Timestamps.
 */
export interface StageMove {
  from: PipelineStage;
  to: PipelineStage;
  by: string;
  byClient: boolean;
  at: number;
}

export interface Assignment {
  propertyId: string;
  clientId: string;
  /** For collection-group queries (the pipeline board across clients). */
  tenantId: string;
  published: boolean;
  stage: PipelineStage;
  rejectedReason: string | null;
  visitRequest: { availabilities: string; at: number } | null;
  report: {
    ratings: Partial<Record<ReportCriterion, number>>;
    comment: string;
    at: number;
  } | null;
  offer: { amount: number; validUntil: number; at: number } | null;
  /** The client's copy of the property, kept in step by functions. */
  property: ClientSnapshot;
  /** The listing's link, only while the hunter shows it to the client. */
  sourceUrl: string | null;
  /** Copies from the client document, kept in step by functions (board cards and filters). */
  clientName: string;
  sharedWith: string[];
  lastMove: StageMove | null;
  /** When the deal entered each stage (the history trigger writes it). */
  stageDates: Partial<Record<PipelineStage, number>>;
  createdAt: number;
  updatedAt: number;
}
