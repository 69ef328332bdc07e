import { onComputation, type Computation } from '@/lib/diagnostics/computations';

/** How many times each costly computation ran in this thread (page or worker) since it loaded. */
export type ComputationCounts = Partial<Record<Computation, number>>;

const scope = globalThis as { oneSlidePitchComputations?: ComputationCounts };

/**
 * Counts slide layouts and advice runs in this thread on `globalThis.oneSlidePitchComputations`,
 * where the browser tests (and a curious developer in the console) read them. Idempotent.
 */
export function countComputations(): void {
  if (scope.oneSlidePitchComputations) return;
  const counts: ComputationCounts = {};
  scope.oneSlidePitchComputations = counts;
  onComputation((computation) => {
    counts[computation] = (counts[computation] ?? 0) + 1;
  });
}
