'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import { buttonStyles } from '@/components/ui/button-styles';
import { STEPS, type StepDefinition, type StepId } from './steps';

interface StepPanelProps {
  step: StepDefinition;
  onGo: (step: StepId) => void;
  children: ReactNode;
  /** Move focus to the heading when the step opens (not on first page load). */
  focusOnMount: boolean;
}

/** One step of the guided flow: what good looks like, an example, the fields, and Back / Next. */
export function StepPanel({ step, onGo, children, focusOnMount }: StepPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const index = STEPS.findIndex((s) => s.id === step.id);
  const previous = STEPS[index - 1];
  const next = STEPS[index + 1];

  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount, step.id]);

  return (
    <section className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900">
      <p className="text-xs font-semibold tracking-wide text-indigo-700 uppercase dark:text-indigo-300">
        Step {index + 1} of {STEPS.length}
      </p>
      <h2 id={`step-${step.id}`} ref={heading} tabIndex={-1} className="mt-1 text-xl font-bold tracking-tight focus:outline-none">
        {step.label}
      </h2>
      <p className="mt-1 text-slate-700 dark:text-slate-300">{step.guidance}</p>
      {step.example ? (
        <p className="mt-3 rounded-lg border-l-4 border-indigo-300 bg-indigo-50 px-3 py-2 text-sm text-slate-800 dark:border-indigo-700 dark:bg-indigo-950/40 dark:text-slate-200">
          <span className="font-semibold">Example ({step.example.industry}):</span> {step.example.text}
        </p>
      ) : null}
      <div className="mt-5 grid gap-5">{children}</div>
      <div className="mt-6 flex items-center justify-between gap-2 border-t border-slate-200 pt-4 dark:border-slate-800">
        {previous ? (
          <button type="button" className={buttonStyles.ghost} onClick={() => onGo(previous.id)}>
            ← Back: {previous.label}
          </button>
        ) : (
          <span />
        )}
        {next ? (
          <button type="button" className={buttonStyles.primary} onClick={() => onGo(next.id)}>
            Next: {next.label} →
          </button>
        ) : null}
      </div>
    </section>
  );
}
