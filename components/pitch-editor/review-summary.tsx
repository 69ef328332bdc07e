'use client';

import type { Finding } from '@/lib/advice';
import { buttonStyles } from '@/components/ui/button-styles';
import { STEPS, stepOfField, type StepId } from './steps';

const severityOrder = { error: 0, warning: 1, tip: 2 } as const;

/** Review: readiness, then every finding left, grouped by step with a way to jump and fix it. */
export function ReviewSummary({ readiness, findings, onGo }: { readiness: number | null; findings: Finding[]; onGo: (step: StepId) => void }) {
  const sorted = [...findings].sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return (
    <div className="grid gap-4">
      <div className="flex items-center gap-4 rounded-xl bg-slate-100 p-4 dark:bg-slate-800">
        <p className="text-4xl font-bold tabular-nums" aria-hidden="true">
          {readiness ?? '…'}
        </p>
        <div>
          <p className="font-semibold">Readiness {readiness ?? '…'} / 100</p>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {readiness === null
              ? 'Checking your slide…'
              : errors + warnings === 0
                ? 'Executive-ready: no errors or warnings left.'
                : `${errors} error${errors === 1 ? '' : 's'} and ${warnings} warning${warnings === 1 ? '' : 's'} left.`}
          </p>
        </div>
      </div>
      {sorted.length > 0 ? (
        <ul className="grid gap-2">
          {sorted.map((f, i) => {
            const step = STEPS.find((s) => s.id === stepOfField(f.field));
            return (
              <li key={`${f.rule}-${f.field}-${i}`} className="flex flex-wrap items-start justify-between gap-2 rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-700">
                <p className="min-w-0 flex-1">
                  <span className="font-semibold capitalize">{f.severity}</span> · <code className="text-xs">{f.field}</code>: {f.message}
                </p>
                {step && step.id !== 'review' ? (
                  <button type="button" className={buttonStyles.secondary} onClick={() => onGo(step.id)}>
                    Fix in {step.label}
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
