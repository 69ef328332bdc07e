import type { Readiness as ReadinessFigures } from '@/lib/advice/readiness';
import { readinessLabel, readinessPartName, readinessTone, type ReadinessPart } from './readiness';

const pill =
  'inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap tabular-nums';

/** One small badge, "Slide 92", coloured by its score; read as "Slide readiness 92 out of 100". */
function ReadinessBadge({
  part,
  score,
}: {
  part: Exclude<ReadinessPart, 'overall'>;
  score: number;
}) {
  return (
    <span
      role="img"
      aria-label={readinessLabel(part, score)}
      className={`${pill} ${readinessTone(score)}`}
    >
      {readinessPartName(part)} {score}
    </span>
  );
}

/**
 * Slide and pitch readiness side by side as two compact badges ("Slide 100" "Pitch 0"), grouped
 * under the overall figure ("Overall readiness 70 out of 100", also the tooltip). `null` while the
 * first analysis runs.
 */
export function ReadinessBadges({
  figures,
  className = '',
}: {
  figures: ReadinessFigures | null;
  className?: string;
}) {
  if (!figures) {
    return (
      <span
        role="img"
        aria-label="Readiness being checked"
        className={`${pill} bg-slate-200 text-slate-800 dark:bg-slate-800 dark:text-slate-100 ${className}`}
      >
        Readiness …
      </span>
    );
  }
  const overall = readinessLabel('overall', figures.readiness);
  return (
    <span
      role="group"
      aria-label={overall}
      title={overall}
      className={`inline-flex flex-wrap items-center gap-1.5 ${className}`}
    >
      <ReadinessBadge part="slide" score={figures.slideReadiness} />
      <ReadinessBadge part="pitch" score={figures.pitchReadiness} />
    </span>
  );
}
