import { describe, expect, it } from 'vitest';
import { boxFromCorners, placeText, quarterTurns, visibleBox, type Box } from './placement.js';

const width = 15; // text width at size 1, roughly the stamp's in Helvetica-Bold
const height = 0.72;

/** Where a point of page space lands on screen (y up) once the viewer turns the page clockwise. */
function toScreen(box: Box, rotate: number, x: number, y: number): [number, number] {
  const u = x - box.x;
  const v = y - box.y;
  switch (quarterTurns(rotate)) {
    case 1:
      return [v, box.width - u];
    case 2:
      return [box.width - u, box.height - v];
    case 3:
      return [box.height - v, u];
    default:
      return [u, v];
  }
}

/** The four corners of the placed text and its baseline direction, in screen coordinates. */
function onScreen(box: Box, rotate: number) {
  const { fontSize, matrix } = placeText(box, rotate, width, height, 'diagonal');
  const [a, b, c, d, e, f] = matrix;
  const point = (tx: number, ty: number) =>
    toScreen(box, rotate, a * tx + c * ty + e, b * tx + d * ty + f);
  const length = width * fontSize;
  const capital = height * fontSize;
  const start = point(0, 0);
  const end = point(length, 0);
  const top = point(0, capital);
  return {
    fontSize,
    corners: [start, end, point(length, capital), top],
    start,
    end,
    top,
    centre: point(length / 2, capital / 2),
  };
}

const letter: Box = { x: 0, y: 0, width: 612, height: 792 };
const offset: Box = { x: 150, y: -40, width: 300, height: 420 };

describe('placeText', () => {
  for (const box of [letter, offset]) {
    for (const rotate of [0, 90, 180, 270]) {
      it(`runs up the on-screen diagonal, upright and centred (${box.x},${box.y}, /Rotate ${rotate})`, () => {
        const screenWidth = rotate % 180 ? box.height : box.width;
        const screenHeight = rotate % 180 ? box.width : box.height;
        const { start, end, top, centre, corners } = onScreen(box, rotate);
        expect(centre[0]).toBeCloseTo(screenWidth / 2, 6);
        expect(centre[1]).toBeCloseTo(screenHeight / 2, 6);
        // From bottom left to top right, along the diagonal of what is visible.
        expect(Math.atan2(end[1] - start[1], end[0] - start[0])).toBeCloseTo(
          Math.atan2(screenHeight, screenWidth),
          6,
        );
        // Upright: the tops of the letters are to the left of the reading direction.
        const cross =
          (end[0] - start[0]) * (top[1] - start[1]) - (end[1] - start[1]) * (top[0] - start[0]);
        expect(cross).toBeGreaterThan(0);
        for (const [x, y] of corners) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(screenWidth);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(screenHeight);
        }
      });
    }
  }

  it('fills most of the page: the text box spans 85 % of its tighter side', () => {
    const { corners } = onScreen(letter, 0);
    const xs = corners.map(([x]) => x);
    const ys = corners.map(([, y]) => y);
    const spanX = Math.max(...xs) - Math.min(...xs);
    const spanY = Math.max(...ys) - Math.min(...ys);
    expect(Math.max(spanX / 612, spanY / 792)).toBeCloseTo(0.85, 6);
  });

  it('scales with the page, so a small page gets a small stamp', () => {
    const big = onScreen(letter, 0).fontSize;
    const small = onScreen({ x: 0, y: 0, width: 306, height: 396 }, 0).fontSize;
    expect(small).toBeCloseTo(big / 2, 6);
  });

  it('runs horizontally on screen when asked, whatever the rotation', () => {
    for (const rotate of [0, 90, 180, 270]) {
      const { matrix } = placeText(letter, rotate, width, height, 'horizontal');
      const [a, b, , , e, f] = matrix;
      const start = toScreen(letter, rotate, e, f);
      const end = toScreen(letter, rotate, e + a, f + b);
      expect(end[1] - start[1]).toBeCloseTo(0, 6);
      expect(end[0] - start[0]).toBeGreaterThan(0);
    }
  });
});

describe('quarterTurns', () => {
  it('normalises /Rotate as viewers do', () => {
    expect([0, 90, 180, 270, 360, 450, -90, -180, -270].map(quarterTurns)).toEqual([
      0, 1, 2, 3, 0, 1, 3, 2, 1,
    ]);
    expect(quarterTurns(45)).toBe(0);
    expect(quarterTurns(Number.NaN)).toBe(0);
  });
});

describe('visibleBox', () => {
  it('is the CropBox clipped to the MediaBox', () => {
    expect(visibleBox(letter, { x: 100, y: -50, width: 700, height: 300 })).toEqual({
      x: 100,
      y: 0,
      width: 512,
      height: 250,
    });
    expect(visibleBox(letter, undefined)).toEqual(letter);
  });

  it('falls back to the MediaBox when the CropBox lies outside it', () => {
    expect(visibleBox(letter, { x: 700, y: 0, width: 100, height: 100 })).toEqual(letter);
  });
});

describe('boxFromCorners', () => {
  it('accepts corners in any order and rejects degenerate rectangles', () => {
    expect(boxFromCorners([500, 700, 100, 100])).toEqual({
      x: 100,
      y: 100,
      width: 400,
      height: 600,
    });
    expect(boxFromCorners([0, 0, 0, 792])).toBeUndefined();
    expect(boxFromCorners([0, 0, 612])).toBeUndefined();
    expect(boxFromCorners([0, 0, Number.NaN, 792])).toBeUndefined();
  });
});
