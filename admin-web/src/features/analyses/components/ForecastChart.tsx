import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { forecastSeries, type ForecastMonth } from '@portail/shared';

const HEIGHT = 240;
const LEFT = 56;
const BOTTOM = 24;
const TOP = 10;
const TICKS = 4;
const FALLBACK_WIDTH = 640;

/** The three series' colours, as the product's help describes them: orange, yellow, green. */
export const seriesColours = {
  expected: '#e8590c',
  invoiced: '#f2b705',
  cashed: '#2f9e44',
} as const;

/** A round top of the scale above `max`: 1, 2 or 5 times a power of ten per tick. */
function niceMax(max: number): number {
  if (max <= 0) return 1000;
  const rough = max / TICKS;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= rough) ?? 10 * power;
  return step * TICKS;
}

/**
 * The box's width in CSS pixels, followed as it changes: the chart is drawn at that width, so its
 * labels keep their size on a phone instead of shrinking with a scaled drawing.
 */
function useWidth(box: RefObject<HTMLDivElement | null>): number {
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(1, Math.floor(entry.contentRect.width)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [box]);
  return width;
}

/**
 * The year's months as stacked bars (excl. VAT), drawn by hand in SVG: no chart library for
 * twelve bars. Hidden from assistive technologies, which read the table below instead.
 */
export function ForecastChart({ months }: { months: ForecastMonth[] }) {
  const { i18n } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  const narrow = width < 520;
  const monthName = new Intl.DateTimeFormat(i18n.language, {
    month: narrow ? 'narrow' : 'short',
    timeZone: 'UTC',
  });
  const compact = new Intl.NumberFormat(i18n.language, {
    style: 'currency',
    currency: 'EUR',
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  const totals = months.map((m) => m.expected.exclVat + m.invoiced.exclVat + m.cashed.exclVat);
  const top = niceMax(Math.max(0, ...totals));
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = (width - LEFT) / months.length;
  const y = (amount: number) => TOP + plotHeight - (amount / top) * plotHeight;

  return (
    <div ref={box} className="forecast-chart-box">
      <svg
        className="forecast-chart"
        width={width}
        height={HEIGHT}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        aria-hidden="true"
        focusable="false"
      >
        {Array.from({ length: TICKS + 1 }, (_, i) => {
          const amount = (top / TICKS) * i;
          return (
            <g key={i}>
              <line x1={LEFT} x2={width} y1={y(amount)} y2={y(amount)} className="forecast-grid" />
              <text x={LEFT - 6} y={y(amount) + 4} textAnchor="end" className="forecast-axis">
                {compact.format(amount)}
              </text>
            </g>
          );
        })}
        {months.map((m, index) => {
          const x = LEFT + index * slot + slot * 0.18;
          const barWidth = slot * 0.64;
          let base = 0;
          return (
            <g key={m.month}>
              {forecastSeries.map((series) => {
                const amount = m[series].exclVat;
                if (amount <= 0) return null;
                const rect = (
                  <rect
                    key={series}
                    x={x}
                    width={barWidth}
                    y={y(base + amount)}
                    height={y(base) - y(base + amount)}
                    fill={seriesColours[series]}
                  />
                );
                base += amount;
                return rect;
              })}
              <text
                x={LEFT + index * slot + slot / 2}
                y={HEIGHT - 6}
                textAnchor="middle"
                className="forecast-axis"
              >
                {monthName.format(Date.UTC(2000, m.month - 1, 1))}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
