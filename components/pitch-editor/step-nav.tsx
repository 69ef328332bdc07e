'use client';

import { worstSeverity } from '@/lib/advice/findings';
import type { Finding } from '@/lib/advice/types';
import { useFindings } from './advice-context';
import { STEPS, stepOfField, type StepId } from './steps';

interface StepNavProps {
  current: StepId;
  onSelect: (step: StepId) => void;
}

/** A step's badge: its worst finding, where tips do not count. */
function stepStatus(step: StepId, findings: Finding[]): 'error' | 'warning' | 'ok' {
  const worst = worstSeverity(findings.filter((f) => stepOfField(f.field) === step));
  return worst === 'error' || worst === 'warning' ? worst : 'ok';
}

const badge = {
  error: { text: '!', label: 'has errors', className: 'bg-rose-600 text-white' },
  warning: { text: '•', label: 'has advice', className: 'bg-amber-400 text-amber-950' },
  ok: { text: '', label: '', className: '' },
};

/** The guided flow's step list: jump anywhere; each step shows whether it has errors or warnings. */
export function StepNav({ current, onSelect }: StepNavProps) {
  const findings = useFindings();
  return (
    <nav aria-label="Steps" className="min-w-0">
      <ol className="relative flex gap-1 overflow-x-auto pb-1 lg:flex-col lg:overflow-visible">
        {STEPS.map((step, i) => {
          const status = stepStatus(step.id, findings);
          const active = step.id === current;
          return (
            <li key={step.id} className="shrink-0">
              <button
                type="button"
                aria-current={active ? 'step' : undefined}
                onClick={() => onSelect(step.id)}
                className={`relative flex w-full items-center gap-2 rounded-lg px-3 py-2 text-left text-sm font-medium focus-visible:outline-3 focus-visible:outline-indigo-500 ${
                  active
                    ? 'bg-indigo-600 text-white dark:bg-indigo-400 dark:text-slate-950'
                    : 'text-slate-700 hover:bg-slate-200/70 dark:text-slate-200 dark:hover:bg-slate-800'
                }`}
              >
                <span aria-hidden="true" className={`grid size-6 shrink-0 place-items-center rounded-full text-xs ${active ? 'bg-white/20' : 'bg-slate-200 dark:bg-slate-700'}`}>
                  {i + 1}
                </span>
                <span className="whitespace-nowrap">{step.label}</span>
                {status !== 'ok' ? (
                  <span className={`ml-auto grid size-5 place-items-center rounded-full text-xs font-bold ${badge[status].className}`}>
                    <span aria-hidden="true">{badge[status].text}</span>
                    <span className="sr-only">({badge[status].label})</span>
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
