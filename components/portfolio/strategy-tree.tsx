import { TRACE_LEVEL_LABELS, type TraceNode } from '@/lib/portfolio';
import type { StoredPitch } from '@/lib/storage/library-database';
import { IfThenElseRows } from './if-then-else-rows';

const count = (n: number) => `${n} pitch${n === 1 ? '' : 'es'}`;

function NodeItem({ node, byId }: { node: TraceNode; byId: Map<string, StoredPitch> }) {
  const level = TRACE_LEVEL_LABELS[node.level];
  const pitches = node.pitchIds.flatMap((id) => byId.get(id) ?? []);
  return (
    <li className="min-w-0">
      <div className="flex flex-wrap items-baseline gap-x-2">
        <span className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">
          {level}
        </span>
        {node.name === null ? (
          <span className="italic text-amber-800 dark:text-amber-200">
            Gap: no {level.toLowerCase()} named in the trace
          </span>
        ) : (
          <span className="font-semibold break-words">{node.name}</span>
        )}
        <span className="text-sm text-slate-600 dark:text-slate-300">
          ({count(node.pitchCount)})
        </span>
      </div>
      {pitches.length > 0 ? <IfThenElseRows pitches={pitches} /> : null}
      {node.children.length > 0 ? <NodeList nodes={node.children} byId={byId} /> : null}
    </li>
  );
}

function NodeList({ nodes, byId }: { nodes: TraceNode[]; byId: Map<string, StoredPitch> }) {
  return (
    <ul className="mt-2 space-y-3 border-l-2 border-slate-200 pl-3 sm:pl-5 dark:border-slate-700">
      {nodes.map((node) => (
        <NodeItem key={node.id} node={node} byId={byId} />
      ))}
    </ul>
  );
}

/**
 * The strategy tree as nested lists (a screen reader announces each level and its count; the
 * page's tab order is the links in reading order), indented a little on a phone.
 */
export function StrategyTree({
  objectives,
  byId,
}: {
  objectives: TraceNode[];
  byId: Map<string, StoredPitch>;
}) {
  return (
    <ul className="space-y-5">
      {objectives.map((objective) => (
        <li
          key={objective.id}
          className="rounded-xl border border-slate-200 bg-slate-50 p-3 sm:p-4 dark:border-slate-700 dark:bg-slate-900/60"
        >
          <h3 className="flex flex-wrap items-baseline gap-x-2 text-lg font-bold">
            <span className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">
              Objective
            </span>
            <span className="break-words">{objective.name}</span>
            <span className="text-sm font-normal text-slate-600 dark:text-slate-300">
              ({count(objective.pitchCount)})
            </span>
          </h3>
          {objective.pitchIds.length > 0 ? (
            <IfThenElseRows pitches={objective.pitchIds.flatMap((id) => byId.get(id) ?? [])} />
          ) : null}
          {objective.children.length > 0 ? (
            <NodeList nodes={objective.children} byId={byId} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
