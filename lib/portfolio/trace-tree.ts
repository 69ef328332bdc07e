import type { PitchFile, Trace } from '../pitch/schema';
import { isNamed, nameKey, tidyName } from './trace-names';

/** The strategy chain of a trace, top down (docs/DESIGN.md: Objective → Initiative → Program → Project). */
export const TRACE_LEVELS = ['objective', 'initiative', 'program', 'project'] as const;
export type TraceLevel = (typeof TRACE_LEVELS)[number];

export const TRACE_LEVEL_LABELS: Record<TraceLevel, string> = {
  objective: 'Objective',
  initiative: 'Initiative',
  program: 'Program',
  project: 'Project',
};

/** A pitch of the library as the portfolio reads it: its library id and its file. */
export interface PortfolioPitch {
  id: string;
  pitch: PitchFile;
}

/** One node of the strategy tree. */
export interface TraceNode {
  level: TraceLevel;
  /**
   * The name as the pitches write it (the spelling most of them use), or `null` for a gap: this
   * level was left empty in the traces of the pitches below, between two levels they do name.
   */
  name: string | null;
  /** Unique in the tree: the name keys of the path from the objective down, `/`-joined. */
  id: string;
  children: TraceNode[];
  /** The pitches whose trace ends here (its deepest named level is this node), in library order. */
  pitchIds: string[];
  /** Every pitch at this node or below it. */
  pitchCount: number;
}

export interface PortfolioTree {
  /** Objectives in the order their first pitch comes in the library. */
  objectives: TraceNode[];
  /** Pitches whose trace names no objective ("not traced to any objective"), in library order. */
  untraced: string[];
}

interface Draft {
  level: TraceLevel;
  key: string;
  spellings: Map<string, number>;
  children: Map<string, Draft>;
  pitchIds: string[];
}

const newDraft = (level: TraceLevel, key: string): Draft => ({
  level,
  key,
  spellings: new Map(),
  children: new Map(),
  pitchIds: [],
});

/** The levels a trace names, down to its deepest named one; the empty ones between are gaps (`undefined`). */
export function tracePath(trace: Trace | undefined): Array<string | undefined> {
  const names = TRACE_LEVELS.map((level) => trace?.[level]);
  let deepest = -1;
  names.forEach((name, i) => {
    if (isNamed(name)) deepest = i;
  });
  return names.slice(0, deepest + 1).map((name) => (isNamed(name) ? tidyName(name) : undefined));
}

/** The spelling most pitches use; on a tie, the one seen first. */
function displayName(spellings: Map<string, number>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [spelling, count] of spellings) {
    if (count > bestCount) {
      best = spelling;
      bestCount = count;
    }
  }
  return best;
}

function finish(draft: Draft, parentId: string): TraceNode {
  const id = parentId ? `${parentId}/${draft.key}` : draft.key;
  const children = [...draft.children.values()].map((child) => finish(child, id));
  return {
    level: draft.level,
    name: displayName(draft.spellings),
    id,
    children,
    pitchIds: draft.pitchIds,
    pitchCount: draft.pitchIds.length + children.reduce((sum, c) => sum + c.pitchCount, 0),
  };
}

/**
 * The library's pitches as a tree objective → initiative → program → project, built from their
 * traces. Names are one node when they match ignoring case and spacing (near-duplicates stay
 * apart: see `findNearDuplicates`); a level left empty between two named ones is a gap node with
 * no name, never an invented one. A pitch hangs at its deepest named level; a pitch that names
 * no objective is listed in `untraced` whatever lower levels it names.
 */
export function buildTraceTree(pitches: readonly PortfolioPitch[]): PortfolioTree {
  const roots = new Map<string, Draft>();
  const untraced: string[] = [];
  for (const { id, pitch } of pitches) {
    const path = tracePath(pitch.trace);
    if (path[0] === undefined) {
      untraced.push(id);
      continue;
    }
    let siblings = roots;
    let node: Draft | undefined;
    path.forEach((name, depth) => {
      const key = name === undefined ? '' : nameKey(name);
      node = siblings.get(key);
      if (!node) {
        node = newDraft(TRACE_LEVELS[depth]!, key);
        siblings.set(key, node);
      }
      if (name !== undefined) node.spellings.set(name, (node.spellings.get(name) ?? 0) + 1);
      siblings = node.children;
    });
    node!.pitchIds.push(id);
  }
  return { objectives: [...roots.values()].map((draft) => finish(draft, '')), untraced };
}

/** Every node of the tree, depth first, with its depth (0 for an objective). */
export function flattenTree(
  nodes: readonly TraceNode[],
  depth = 0,
): Array<{ node: TraceNode; depth: number }> {
  return nodes.flatMap((node) => [{ node, depth }, ...flattenTree(node.children, depth + 1)]);
}
