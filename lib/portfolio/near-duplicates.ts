import { areNearDuplicates, isNamed, nameKey, tidyName } from './trace-names';
import { TRACE_LEVELS, type PortfolioPitch, type TraceLevel } from './trace-tree';

/** One spelling of a near-duplicate name and the pitches that use it. */
export interface NameSpelling {
  name: string;
  pitchIds: string[];
}

/** Names at one trace level that look like one name written differently, offered for merging. */
export interface NearDuplicate {
  level: TraceLevel;
  /** At least two, most used first. */
  spellings: NameSpelling[];
}

/**
 * Groups of names, level by level, that are near-duplicates of each other ("Retain top 20
 * brokers" / "Retain top-20 brokers"): the portfolio offers to merge them and never does it
 * silently. Names equal ignoring case and spacing are already one node and never listed.
 */
export function findNearDuplicates(pitches: readonly PortfolioPitch[]): NearDuplicate[] {
  const groups: NearDuplicate[] = [];
  for (const level of TRACE_LEVELS) {
    const byKey = new Map<string, NameSpelling>();
    for (const { id, pitch } of pitches) {
      const name = pitch.trace?.[level];
      if (!isNamed(name)) continue;
      const key = nameKey(name);
      const entry = byKey.get(key) ?? { name: tidyName(name), pitchIds: [] };
      entry.pitchIds.push(id);
      byKey.set(key, entry);
    }
    const entries = [...byKey.values()];
    // Union-find over the distinct names: a chain of near-duplicates is one group.
    const parent = entries.map((_, i) => i);
    const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
    entries.forEach((a, i) =>
      entries.slice(i + 1).forEach((b, offset) => {
        if (areNearDuplicates(a.name, b.name)) parent[root(i + 1 + offset)] = root(i);
      }),
    );
    const byRoot = new Map<number, NameSpelling[]>();
    entries.forEach((entry, i) => byRoot.set(root(i), [...(byRoot.get(root(i)) ?? []), entry]));
    for (const spellings of byRoot.values()) {
      if (spellings.length < 2) continue;
      spellings.sort((a, b) => b.pitchIds.length - a.pitchIds.length);
      groups.push({ level, spellings });
    }
  }
  return groups;
}

/**
 * The pitches to save when the user merges a near-duplicate group into `keep`: each pitch that
 * writes another spelling at that level, with the level renamed to `keep`. Nothing else changes.
 */
export function mergeSpellings<T extends PortfolioPitch>(
  pitches: readonly T[],
  group: NearDuplicate,
  keep: string,
): T[] {
  const others = new Set(
    group.spellings.filter((s) => nameKey(s.name) !== nameKey(keep)).map((s) => nameKey(s.name)),
  );
  return pitches.flatMap((entry) => {
    const name = entry.pitch.trace?.[group.level];
    if (!isNamed(name) || !others.has(nameKey(name))) return [];
    return [
      { ...entry, pitch: { ...entry.pitch, trace: { ...entry.pitch.trace, [group.level]: keep } } },
    ];
  });
}
