import { createElement as h, type ReactElement } from 'react';
import { Polygon, Svg, View } from '@react-pdf/renderer';

// A five-pointed star in a 20×20 box; drawn rather than typed, since few fonts carry « ★ ».
const STAR = '10,1 12.6,7.2 19.3,7.6 14.2,11.9 15.9,18.5 10,14.8 4.1,18.5 5.8,11.9 0.7,7.6 7.4,7.2';

/** `value` stars out of five, filled in the agency's colour. */
export function starRow(value: number, colour: string): ReactElement {
  return h(
    View,
    { style: { flexDirection: 'row' } },
    ...[1, 2, 3, 4, 5].map((n) =>
      h(
        Svg,
        { key: n, width: 12, height: 12, viewBox: '0 0 20 20', style: { marginRight: 2 } },
        h(Polygon, {
          points: STAR,
          fill: n <= value ? colour : '#ffffff',
          stroke: n <= value ? colour : '#9aa5b1',
          strokeWidth: 1.2,
        }),
      ),
    ),
  );
}
