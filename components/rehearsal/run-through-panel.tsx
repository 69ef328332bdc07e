'use client';

import { PLAUSIBLE_WPM, type RunThroughResult, type ScriptSource } from '@/lib/rehearsal';
import { DEFAULT_WORDS_PER_MINUTE } from '@/lib/pitch/spoken-time';
import { buttonStyles } from '@/components/ui/button-styles';
import { formatClock } from './format-duration';
import type { TimerState } from './use-run-through-timer';

export interface RunThroughPanelProps {
  timer: TimerState;
  elapsed: number;
  targetSeconds: number;
  script: string;
  scriptSource: ScriptSource;
  result: RunThroughResult | undefined;
  measuredPace: number | undefined;
  onToggle: () => void;
}

const SOURCE_NOTE: Record<ScriptSource, string> = {
  pitch: 'your elevator pitch',
  draft: 'a pitch drafted from your slide (write your own on the pitch page)',
  slide: 'your slide read aloud (write an elevator pitch on the pitch page to rehearse it instead)',
};

function ResultSummary({ result, targetSeconds }: { result: RunThroughResult; targetSeconds: number }) {
  const diff = Math.abs(Math.round(result.seconds) - targetSeconds);
  const against = diff === 0 ? 'right on' : `${diff} s ${result.overTargetSeconds > 0 ? 'over' : 'under'}`;
  return (
    <div className="rounded-xl bg-slate-100 p-4 dark:bg-slate-800">
      <p className="text-lg font-semibold">
        {formatClock(result.seconds)} — {against} your {targetSeconds} s target
      </p>
      <p className="mt-1">
        {Math.round(result.wpm)} words per minute ({result.words} words).
      </p>
      {result.plausible ? null : (
        <p className="mt-2 text-amber-800 dark:text-amber-200">
          That is outside {PLAUSIBLE_WPM.min}–{PLAUSIBLE_WPM.max} words per minute, so it was not a full recital: it is not
          saved and does not change your pace.
        </p>
      )}
    </div>
  );
}

/** Timed run-through: recite the whole pitch aloud against the target; Space starts and stops. */
export function RunThroughPanel({ timer, elapsed, targetSeconds, script, scriptSource, result, measuredPace, onToggle }: RunThroughPanelProps) {
  const running = timer.phase === 'running';
  const share = Math.min(1, elapsed / targetSeconds);
  const over = elapsed > targetSeconds;
  return (
    <div className="space-y-4">
      <div className="rounded-2xl border border-slate-200 bg-white p-4 text-center shadow-sm sm:p-6 dark:border-slate-700 dark:bg-slate-900">
        <h2 className="text-xl font-semibold">Timed run-through</h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
          Say the whole pitch aloud from memory. Space starts and stops the timer.
        </p>
        <p className="mt-4 font-mono text-5xl font-bold tabular-nums" aria-hidden={running}>
          {/* A running stopwatch shows whole seconds passed; the result rounds. */}
          {formatClock(running ? Math.floor(elapsed) : elapsed)}{' '}
          <span className="ml-1 text-lg font-normal text-slate-500 dark:text-slate-400">/ {formatClock(targetSeconds)}</span>
        </p>
        <div aria-hidden="true" className="mx-auto mt-3 h-2 max-w-sm overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700">
          <div className={`h-full ${over ? 'bg-amber-500' : 'bg-indigo-500'}`} style={{ width: `${share * 100}%` }} />
        </div>
        <button
          type="button"
          onClick={onToggle}
          aria-keyshortcuts="Space"
          className={`${running ? buttonStyles.danger : buttonStyles.primary} mt-5 min-h-12 w-full max-w-sm text-base`}
        >
          {running ? 'Stop' : timer.phase === 'stopped' ? 'Start another run-through' : 'Start run-through'}
        </button>
        <p className="sr-only" aria-live="polite">
          {running ? 'Timer started.' : result ? `Stopped at ${formatClock(result.seconds)}, ${Math.round(result.wpm)} words per minute.` : ''}
        </p>
      </div>
      {result && !running ? <ResultSummary result={result} targetSeconds={targetSeconds} /> : null}
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {measuredPace === undefined
          ? `Your pace is not measured yet: time estimates use ${DEFAULT_WORDS_PER_MINUTE} words per minute.`
          : `Your measured pace: ${Math.round(measuredPace)} words per minute (median of your recent run-throughs). Every time estimate in the app uses it.`}
      </p>
      <details className="rounded-xl border border-slate-200 p-3 dark:border-slate-700">
        <summary className="min-h-11 cursor-pointer content-center font-semibold">Show the script</summary>
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">You are rehearsing {SOURCE_NOTE[scriptSource]}.</p>
        <p className="mt-2 leading-relaxed whitespace-pre-line">{script}</p>
      </details>
    </div>
  );
}
