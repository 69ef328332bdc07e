import type { PitchIssue } from '@/lib/pitch/issues';

/** Why an export failed or was refused, with each field to fix. */
export function ExportFailureAlert({ message, issues }: { message: string; issues: PitchIssue[] }) {
  return (
    <div
      role="alert"
      className="max-w-md rounded-lg border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-900 dark:border-rose-700 dark:bg-rose-950 dark:text-rose-100"
    >
      <p className="font-semibold">{message}</p>
      {issues.length ? (
        <ul className="mt-1 list-disc pl-5">
          {issues.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>{issue.message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
