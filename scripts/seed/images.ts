// Draws the demo pictures (a logo and property illustrations) so nothing is downloaded.
import { PNG } from 'pngjs';

type Rgb = [number, number, number];

function hexToRgb(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function canvas(width: number, height: number) {
  const png = new PNG({ width, height });
  const set = (x: number, y: number, [r, g, b]: Rgb, alpha = 255) => {
    if (x < 0 || y < 0 || x >= width || y >= height) return;
    const i = (width * Math.floor(y) + Math.floor(x)) << 2;
    png.data[i] = r;
    png.data[i + 1] = g;
    png.data[i + 2] = b;
    png.data[i + 3] = alpha;
  };
  const rect = (x0: number, y0: number, w: number, h: number, colour: Rgb) => {
    for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) set(x, y, colour);
  };
  /** A roof: an isosceles triangle standing on [x0, x0 + w] at baseline y0. */
  const roof = (x0: number, y0: number, w: number, h: number, colour: Rgb) => {
    for (let dy = 0; dy < h; dy++) {
      const half = ((dy + 1) / h) * (w / 2);
      const centre = x0 + w / 2;
      for (let x = centre - half; x < centre + half; x++) set(x, y0 - h + dy, colour);
    }
  };
  return { png, set, rect, roof };
}

/** A square logo: a white house on the tenant's colour, transparent corners. */
export function drawLogo(primary: string, accent: string, size = 128): Buffer {
  const { png, set, rect, roof } = canvas(size, size);
  const background = hexToRgb(primary);
  const radius = size * 0.18;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dx = Math.max(radius - x, x - (size - 1 - radius), 0);
      const dy = Math.max(radius - y, y - (size - 1 - radius), 0);
      set(x, y, background, dx * dx + dy * dy <= radius * radius ? 255 : 0);
    }
  }
  const white: Rgb = [255, 255, 255];
  roof(size * 0.2, size * 0.48, size * 0.6, size * 0.26, hexToRgb(accent));
  rect(size * 0.28, size * 0.48, size * 0.44, size * 0.3, white);
  rect(size * 0.44, size * 0.6, size * 0.12, size * 0.18, background);
  return PNG.sync.write(png);
}

const walls: Rgb[] = [
  [236, 224, 200],
  [214, 196, 170],
  [240, 240, 235],
  [200, 170, 150],
  [226, 210, 180],
];
const roofs: Rgb[] = [
  [150, 60, 45],
  [90, 90, 100],
  [120, 70, 50],
  [60, 70, 80],
];

/** A property illustration: sky, garden, a house whose shape and colours vary with `variant`. */
export function drawProperty(variant: number, width = 640, height = 420): Buffer {
  const { png, set, rect, roof } = canvas(width, height);
  for (let y = 0; y < height; y++) {
    const t = y / height;
    const sky: Rgb = [Math.round(120 + 100 * t), Math.round(170 + 60 * t), 235];
    for (let x = 0; x < width; x++) set(x, y, sky);
  }
  rect(0, height * 0.72, width, height * 0.28, [110 + (variant % 3) * 15, 160, 90]);
  const floors = 1 + (variant % 3);
  const houseWidth = width * (0.38 + (variant % 4) * 0.06);
  const floorHeight = height * 0.16;
  const x0 = (width - houseWidth) / 2 + ((variant % 5) - 2) * 20;
  const base = height * 0.74;
  const top = base - floors * floorHeight;
  const wall = walls[variant % walls.length]!;
  rect(x0, top, houseWidth, floors * floorHeight, wall);
  roof(x0 - 14, top, houseWidth + 28, height * 0.14, roofs[variant % roofs.length]!);
  const windowColour: Rgb = [70, 110, 150];
  for (let floor = 0; floor < floors; floor++) {
    for (let i = 0; i < 3; i++) {
      const wx = x0 + houseWidth * (0.12 + i * 0.3);
      const wy = top + floor * floorHeight + floorHeight * 0.25;
      rect(wx, wy, houseWidth * 0.16, floorHeight * 0.45, windowColour);
    }
  }
  rect(
    x0 + houseWidth * 0.44,
    base - floorHeight * 0.75,
    houseWidth * 0.12,
    floorHeight * 0.75,
    [100, 60, 40],
  );
  return PNG.sync.write(png);
}
