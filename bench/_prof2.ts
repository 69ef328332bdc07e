import { analyzePitch } from '@/lib/advice';
import { exportBodies } from './support/export-corpus';
const pitches = exportBodies(300).map((b) => JSON.parse(b));
for (let i = 0; i < 100; i++) analyzePitch(pitches[i % pitches.length]);
const t = performance.now();
for (let i = 0; i < 600; i++) analyzePitch(pitches[(i + 100) % pitches.length]);
console.log('analyze ms', ((performance.now() - t) / 600).toFixed(2));
