import { expect, test } from 'vitest';
import { analyzePitch } from '../advice';
import { EXAMPLE_PITCHES } from '../pitch/examples';
import { fitSlide } from '../slide';
import { onComputation, type Computation } from './computations';

const pitch = EXAMPLE_PITCHES[0]!.pitch;

function counted(work: () => void): Computation[] {
  const seen: Computation[] = [];
  const stop = onComputation((c) => seen.push(c));
  try {
    work();
  } finally {
    stop();
  }
  return seen;
}

test('each slide layout and advice run is announced once, by kind', () => {
  expect(counted(() => fitSlide(pitch, { placeholders: true }))).toEqual(['slide-fit:preview']);
  expect(counted(() => fitSlide(pitch))).toEqual(['slide-fit:plain']);
  // The overflow rule lays the slide out itself unless handed the layout.
  expect(counted(() => analyzePitch(pitch))).toEqual(['slide-fit:plain', 'advice-analysis']);
  const fit = fitSlide(pitch, { placeholders: true });
  expect(counted(() => analyzePitch(pitch, { slideFit: fit }))).toEqual(['advice-analysis']);
});

test('after unsubscribing nothing more is heard', () => {
  const seen: Computation[] = [];
  onComputation((c) => seen.push(c))();
  fitSlide(pitch);
  expect(seen).toEqual([]);
});
