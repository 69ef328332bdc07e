/**
 * The costly computations, announced as they run, so the app can count them (one advice run and
 * one slide layout per pause in typing is the promise; see platform/count-computations.ts).
 * Nothing listens unless a platform adapter subscribes; announcing costs one empty loop.
 */

/** `slide-fit:preview` lays out with placeholders for empty boxes, `slide-fit:plain` without. */
export type Computation = 'advice-analysis' | 'slide-fit:preview' | 'slide-fit:plain';

type Listener = (computation: Computation) => void;
const listeners = new Set<Listener>();

/** Calls `listener` each time a computation runs; returns the unsubscribe. */
export function onComputation(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Announces that `computation` is running now. */
export function announceComputation(computation: Computation): void {
  for (const listener of listeners) listener(computation);
}
