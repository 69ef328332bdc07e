import { renderCard } from '@/lib/card';
import { exportBodies } from './support/export-corpus';
const pitches = exportBodies(200).map((b) => JSON.parse(b));
for (let i = 0; i < 40; i++) await renderCard(pitches[i % pitches.length]);
const t = performance.now();
for (let i = 0; i < 150; i++) await renderCard(pitches[(i + 40) % pitches.length]);
console.log('card ms', ((performance.now() - t) / 150).toFixed(2));
