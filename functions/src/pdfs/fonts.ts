import { fileURLToPath } from 'node:url';
import type { Font as FontRegistry } from '@react-pdf/renderer';

/** Liberation Sans (functions/assets/fonts, licence beside it): metric-compatible with Arial. */
export const PDF_FONT = 'Liberation Sans';

const fontFile = (name: string) =>
  fileURLToPath(new URL(`../../assets/fonts/${name}`, import.meta.url));

let registered = false;

/**
 * Registers the shipped fonts once per instance. The standard PDF fonts cannot show « œ » or
 * « € », and fetching fonts at render time would need the network: both are avoided here.
 */
export function registerFonts(font: typeof FontRegistry): void {
  if (registered) return;
  font.register({
    family: PDF_FONT,
    fonts: [
      { src: fontFile('LiberationSans-Regular.ttf') },
      { src: fontFile('LiberationSans-Bold.ttf'), fontWeight: 'bold' },
    ],
  });
  // The default splits words with English rules; French words are better left whole.
  font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
