'use client';

import { buttonStyles } from '@/components/ui/button-styles';
import {
  readinessLabel,
  readinessPartName,
  readinessTone,
  reviewVerdict,
  verdictMessage,
} from '@/components/ui/readiness';
import { STEPS, stepOfField, type StepId } from './steps';
import { useLiveAnalysis } from '@/components/ui/live-analysis';
import { bySeverity } from '@/lib/advice/findings';
import { SECTION_LABELS, type Section } from '@/lib/pitch/limits';
import { fieldLabel } from '@/lib/storage/pitch-fields';

/** A finding's field as the user knows it: "Action 1", "Headline", "Trace: objective". */
const findingField = (field: string) => SECTION_LABELS[field as Section] ?? fieldLabel(field);

const pitchStep = STEPS.find((s) => s.id === 'pitch')!;

/** One big figure of the Review step ("Slide 92 / 100"), coloured by its score. */
function ScoreTile({ part, score }: { part: 'slide' | 'pitch'; score: number | null }) {
  const tone =
    score === null
      ? 'bg-white text-slate-800 dark:bg-slate-900 dark:text-slate-100'
      : readinessTone(score);
  return (
    <div
      role="img"
      aria-label={readinessLabel(part, score)}
      className={`min-w-0 rounded-lg px-3 py-3 sm:px-4 ${tone}`}
    >
      <p className="text-sm font-semibold">{readinessPartName(part)}</p>
      <p className="mt-1 text-3xl leading-none font-bold whitespace-nowrap tabular-nums sm:text-4xl">
        {score ?? '…'}
        <span className="text-sm font-semibold sm:text-base"> / 100</span>
      </p>
    </div>
  );
}

/**
 * Review: slide and pitch readiness side by side with the overall figure, what is left (or that
 * there is no elevator pitch yet, with a way to go and write it), then every finding left, each
 * with a way to jump to the step that fixes it.
 */
export function ReviewSummary({ onGo }: { onGo: (step: StepId) => void }) {
  const advice = useLiveAnalysis()?.analysis ?? null;
  const findings = advice?.findings ?? [];
  const sorted = [...findings].sort(bySeverity);
  const verdict = reviewVerdict(advice);
  return (
    <div className="grid gap-4">
      <div
        className="grid gap-4 rounded-xl bg-slate-100 p-4 dark:bg-slate-800"
        data-verdict={verdict.kind}
      >
        <div className="grid grid-cols-2 gap-3">
          <ScoreTile part="slide" score={advice?.slideReadiness ?? null} />
          <ScoreTile part="pitch" score={advice?.pitchReadiness ?? null} />
        </div>
        <div className="grid gap-1">
          <p className="font-semibold">Overall readiness {advice?.readiness ?? '…'} / 100</p>
          <p className="text-sm text-slate-700 dark:text-slate-300">{verdictMessage(verdict)}</p>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            The overall figure weighs the slide more than the elevator pitch.
          </p>
        </div>
        {verdict.kind === 'no-pitch' ? (
          <div>
            <button
              type="button"
              className={buttonStyles.primary}
              onClick={() => onGo(pitchStep.id)}
            >
              Go to {pitchStep.label}
            </button>
          </div>
        ) : null}
      </div>
      {sorted.length > 0 ? (
        <ul className="grid gap-2">
          {sorted.map((f, i) => {
            const step = STEPS.find((s) => s.id === stepOfField(f.field));
            return (
              <li
                key={`${f.rule}-${f.field}-${i}`}
                className="flex flex-wrap items-start justify-between gap-2 rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-700"
              >
                <p className="min-w-0 flex-1">
                  <span className="font-semibold capitalize">{f.severity}</span> ·{' '}
                  <span className="font-medium">{findingField(f.field)}</span>: {f.message}
                </p>
                {step && step.id !== 'review' ? (
                  <button
                    type="button"
                    className={buttonStyles.secondary}
                    onClick={() => onGo(step.id)}
                  >
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
