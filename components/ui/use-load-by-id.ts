'use client';

import { startTransition, useEffect, useState } from 'react';

/** What a page loading one stored item by id shows: loading, the item, not found, or an error. */
export type LoadByIdState<Ready extends { status: 'ready' }> =
  { status: 'loading' } | { status: 'missing' } | { status: 'error'; message: string } | Ready;

/**
 * Loads what `id` names with `load` (a stable, module-level function) once per id, ignoring a
 * load that finishes after the id changed. The result renders in a transition: React draws the
 * page in slices of a few ms, yielding to input and paint, instead of one long task on a slow
 * phone. No id means "missing".
 */
export function useLoadById<Ready extends { status: 'ready' }>(
  id: string | null,
  load: (id: string) => Promise<Ready | { status: 'missing' }>,
): LoadByIdState<Ready> {
  const [state, setState] = useState<LoadByIdState<Ready>>({ status: 'loading' });
  useEffect(() => {
    if (!id) return;
    let cancelled = false;
    load(id)
      .then((loaded) => {
        if (!cancelled) startTransition(() => setState(loaded));
      })
      .catch((error: unknown) => {
        if (!cancelled) {
          setState({
            status: 'error',
            message: error instanceof Error ? error.message : 'The pitch could not be read.',
          });
        }
      });
    return () => {
      cancelled = true;
    };
  }, [id, load]);
  return id ? state : { status: 'missing' };
}
