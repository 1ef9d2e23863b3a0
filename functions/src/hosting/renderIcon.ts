import type { IconRequest } from './iconRequest.js';
import { houseSvg } from './iconRequest.js';

/** The share of a maskable icon a logo may take: the square inside the 80% safe circle. */
const MASKABLE_LOGO_SHARE = 0.56;

/**
 * A square PNG icon: the tenant's logo when it has one that decodes, else the house in its
 * colour. sharp is loaded here, by the icon function only.
 */
export async function renderIcon(
  request: IconRequest,
  colour: string,
  logo: Buffer | null,
): Promise<Buffer> {
  const { default: sharp } = await import('sharp');
  const { size, maskable } = request;
  if (logo) {
    try {
      const input = { limitInputPixels: 40_000_000, failOn: 'error' as const, density: 300 };
      if (!maskable) {
        return await sharp(logo, input)
          .resize(size, size, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
          .png()
          .toBuffer();
      }
      const inner = Math.round(size * MASKABLE_LOGO_SHARE);
      const fitted = await sharp(logo, input)
        .resize(inner, inner, { fit: 'contain', background: { r: 255, g: 255, b: 255, alpha: 0 } })
        .png()
        .toBuffer();
      // Launchers fill the whole square: a white ground keeps any logo legible.
      return await sharp({
        create: { width: size, height: size, channels: 4, background: '#ffffff' },
      })
        .composite([{ input: fitted, gravity: 'centre' }])
        .png()
        .toBuffer();
    } catch {
      // A logo that does not decode draws the house, as no logo would.
    }
  }
  return sharp(Buffer.from(houseSvg(colour, size, maskable)))
    .png()
    .toBuffer();
}
