/** The first photos a property sheet shows: one large, the next ones beneath it. */
export const SHEET_PHOTOS = 3;
