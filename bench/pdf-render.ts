// The visit-report PDF (D6): time to render one, cold (the renderer's first import and font
// load in a fresh instance, as the download function's first call pays it) and warm (median of
// later renders). Run: node_modules/.bin/tsx bench/pdf-render.ts [runs]
import { performance } from 'node:perf_hooks';
import type { PdfBrand } from '../functions/src/pdfs/brand.js';

const runs = Number(process.argv[2] ?? 20);
const brand: PdfBrand = {
  name: 'Agence Démo — Cœur de Lyon',
  primaryColour: '#0b5cad',
  logo: null,
  company: {
    address: '12 rue de la République, 69002 Lyon',
    phone: '04 72 00 00 00',
    email: 'contact@agence-demo.test',
    siret: '123 456 789 00012',
    cardNumber: 'CPI 6901 2024 000 045 678',
    cardAuthority: 'CCI Lyon Métropole',
  },
};
const data = {
  brand,
  clientName: 'Julie Dupont',
  property: {
    title: 'Appartement lumineux à Saint-Jean',
    type: 'apartment' as const,
    price: 412_000,
    surface: 72.5,
    rooms: 3,
    bedrooms: 2,
    description: 'Traversant, parquet en chêne.',
    city: 'Lyon',
    postalCode: '69005',
    addressLabel: 'rue Saint-Jean, 69005 Lyon',
    location: null,
    energyRating: 'C',
    photos: [],
  },
  report: {
    ratings: { location: 5, light: 4, condition: 3, layout: 4, price: 2 },
    comment: 'Très belle luminosité ; cuisine à refaire. Œuvre à prévoir, prix élevé (412 000 €).',
    at: new Date('2026-11-20T10:00:00Z'),
  },
};

const coldStart = performance.now();
const { renderPdf } = await import('../functions/src/pdfs/render.js');
const imported = performance.now();
const first = await renderPdf({ document: 'visitReport', data });
const cold = performance.now();
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  await renderPdf({ document: 'visitReport', data });
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(`visit report: ${first.length} bytes`);
console.log(
  `cold: ${(cold - coldStart).toFixed(0)} ms (import ${(imported - coldStart).toFixed(0)} ms + first render ${(cold - imported).toFixed(0)} ms)`,
);
console.log(
  `warm: median ${median.toFixed(0)} ms, fastest ${times[0]!.toFixed(0)} ms, slowest ${times[times.length - 1]!.toFixed(0)} ms over ${runs} renders`,
);
