import {
  pipelineStageSchema,
  propertyTypes,
  reportCriteria,
  type Assignment,
  type ClientSnapshot,
  type PropertyType,
  type ReportCriterion,
} from '@portail/shared';

/** What the client's screens show of one card: their copy of the property and what they sent. */
export type SpaceAssignment = Pick<
  Assignment,
  | 'propertyId'
  | 'stage'
  | 'published'
  | 'rejectedReason'
  | 'visitRequest'
  | 'report'
  | 'offer'
  | 'property'
  | 'sourceUrl'
  | 'updatedAt'
>;

type Data = Record<string, unknown>;

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const number = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;
const record = (value: unknown): Data =>
  value !== null && typeof value === 'object' ? (value as Data) : {};
/** A Firestore Timestamp (or its local estimate while the server's is pending) in milliseconds. */
const millis = (value: unknown) => {
  const toMillis = (value as { toMillis?: () => number } | null)?.toMillis;
  return typeof toMillis === 'function' ? toMillis.call(value) : 0;
};

function readProperty(value: unknown): ClientSnapshot {
  const data = record(value);
  const location = record(data.location);
  const lat = number(location.lat);
  const lng = number(location.lng);
  return {
    title: text(data.title),
    type: (propertyTypes as readonly string[]).includes(text(data.type))
      ? (data.type as PropertyType)
      : 'other',
    price: number(data.price) ?? 0,
    surface: number(data.surface) ?? 0,
    rooms: number(data.rooms) ?? 0,
    bedrooms: number(data.bedrooms),
    description: text(data.description),
    city: text(data.city),
    postalCode: text(data.postalCode),
    addressLabel: text(data.addressLabel),
    location: lat !== null && lng !== null ? { lat, lng } : null,
    energyRating: text(data.energyRating) || null,
    photos: (Array.isArray(data.photos) ? data.photos : [])
      .map(record)
      .filter((photo) => text(photo.id) !== '')
      .map((photo) => ({
        id: text(photo.id),
        width: number(photo.width) ?? 0,
        height: number(photo.height) ?? 0,
      })),
  };
}

function readRatings(value: unknown): Partial<Record<ReportCriterion, number>> {
  const data = record(value);
  const ratings: Partial<Record<ReportCriterion, number>> = {};
  for (const criterion of reportCriteria) {
    const stars = number(data[criterion]);
    if (stars !== null) ratings[criterion] = stars;
  }
  return ratings;
}

/**
 * One assignment document as the client reads it. Documents written before a field existed (or
 * by hand) still show: a missing field reads as empty rather than breaking the page.
 */
export function readAssignment(id: string, data: Data): SpaceAssignment {
  const visitRequest = data.visitRequest ? record(data.visitRequest) : null;
  const report = data.report ? record(data.report) : null;
  const offer = data.offer ? record(data.offer) : null;
  const sourceUrl = text(data.sourceUrl);
  return {
    propertyId: text(data.propertyId) || id,
    stage: pipelineStageSchema.catch('new').parse(data.stage),
    published: data.published === true,
    rejectedReason: text(data.rejectedReason) || null,
    visitRequest: visitRequest
      ? { availabilities: text(visitRequest.availabilities), at: millis(visitRequest.at) }
      : null,
    report: report
      ? {
          ratings: readRatings(report.ratings),
          comment: text(report.comment),
          at: millis(report.at),
        }
      : null,
    offer: offer
      ? {
          amount: number(offer.amount) ?? 0,
          validUntil: millis(offer.validUntil),
          at: millis(offer.at),
        }
      : null,
    property: readProperty(data.property),
    // Only a web link is ever shown as one.
    sourceUrl: /^https?:\/\/\S+$/.test(sourceUrl) ? sourceUrl : null,
    updatedAt: millis(data.updatedAt),
  };
}
