/**
 * Where the stamp goes on one page, as pure geometry so it can be tested without a PDF.
 *
 * A viewer shows a page's visible area (its CropBox within its MediaBox) turned clockwise by
 * /Rotate. The stamp runs along the diagonal of what is on screen, from bottom left to top right,
 * so in the page's own coordinates its angle is the on-screen angle plus the page rotation.
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface StampPlacement {
  fontSize: number;
  /** Text matrix `[a b c d e f]` with the baseline start at (e, f), for a font of `fontSize`. */
  matrix: [number, number, number, number, number, number];
}

/** Share of the visible area's width and height the stamp may cover. */
export const DEFAULT_COVERAGE = 0.85;

export function quarterTurns(rotate: number): 0 | 1 | 2 | 3 {
  // Only multiples of 90 are valid; viewers (pdf.js) show any other value as no rotation.
  if (!Number.isFinite(rotate) || rotate % 90 !== 0) return 0;
  return ((((rotate / 90) % 4) + 4) % 4) as 0 | 1 | 2 | 3;
}

export function visibleBox(mediaBox: Box, cropBox: Box | undefined): Box {
  if (!cropBox) return mediaBox;
  const x = Math.max(mediaBox.x, cropBox.x);
  const y = Math.max(mediaBox.y, cropBox.y);
  const width = Math.min(mediaBox.x + mediaBox.width, cropBox.x + cropBox.width) - x;
  const height = Math.min(mediaBox.y + mediaBox.height, cropBox.y + cropBox.height) - y;
  // A CropBox outside the MediaBox is a broken file; viewers then fall back to the MediaBox.
  return width > 0 && height > 0 ? { x, y, width, height } : mediaBox;
}

/**
 * Text centred on the visible area, as large as fits, running on screen along the diagonal or
 * horizontally.
 *
 * @param textWidth width of the text at font size 1
 * @param textHeight height of its capitals at font size 1
 */
export function placeText(
  box: Box,
  rotate: number,
  textWidth: number,
  textHeight: number,
  direction: 'diagonal' | 'horizontal',
  coverage = DEFAULT_COVERAGE,
): StampPlacement {
  const turns = quarterTurns(rotate);
  const screenWidth = turns % 2 ? box.height : box.width;
  const screenHeight = turns % 2 ? box.width : box.height;
  const onScreen = direction === 'diagonal' ? Math.atan2(screenHeight, screenWidth) : 0;
  const cos = Math.cos(onScreen);
  const sin = Math.sin(onScreen);
  // The text's bounding box, turned by the diagonal, must fit the screen both ways.
  const fontSize = Math.min(
    (coverage * screenWidth) / (textWidth * cos + textHeight * sin),
    (coverage * screenHeight) / (textWidth * sin + textHeight * cos),
  );
  const angle = onScreen + (turns * Math.PI) / 2;
  const a = Math.cos(angle);
  const b = Math.sin(angle);
  // Move the baseline start so that the middle of the text lands on the middle of the box.
  const halfWidth = (textWidth * fontSize) / 2;
  const halfHeight = (textHeight * fontSize) / 2;
  const e = box.x + box.width / 2 - (a * halfWidth - b * halfHeight);
  const f = box.y + box.height / 2 - (b * halfWidth + a * halfHeight);
  return { fontSize, matrix: [a, b, -b, a, e, f] };
}

/** A PDF rectangle `[x1 y1 x2 y2]` (corners in any order); nothing usable if it is degenerate. */
export function boxFromCorners(values: readonly number[]): Box | undefined {
  const [x1, y1, x2, y2] = values;
  if (values.length !== 4 || [x1, y1, x2, y2].some((v) => !Number.isFinite(v))) return undefined;
  const box = {
    x: Math.min(x1!, x2!),
    y: Math.min(y1!, y2!),
    width: Math.abs(x2! - x1!),
    height: Math.abs(y2! - y1!),
  };
  return box.width > 0 && box.height > 0 ? box : undefined;
}
