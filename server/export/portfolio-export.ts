import { PITCH_LIMITS } from '@/lib/pitch/limits';
import type { PitchIssue } from '@/lib/pitch/issues';
import { parseLibraryBackupValue } from '@/lib/pitch/parse-pitch-file';
import { FORMULA_IDS, isCurrencyCode, isFormulaId, type ConversionRates } from '@/lib/portfolio';
import type { PortfolioExportOptions } from '@/lib/portfolio-slide';
import { PPTX_CONTENT_TYPE } from '@/lib/pptx/file-name';
import { apiError } from '@/server/http/api-error';
import { readJsonBody } from '@/server/http/read-json-body';
import { renderAndAnswer } from './export-pipeline';
import { sharedExportThreads, type ExportThreadPool } from './export-thread-pool';

const limit = PITCH_LIMITS.importFileBytes;

type Options = { ok: true; options: PortfolioExportOptions } | { ok: false; issues: PitchIssue[] };

/**
 * `?formula=risk-adjusted-value|wsjf` (default risk-adjusted-value), `?base=USD` and any number
 * of `?rate=EUR:1.08` (one EUR is 1.08 of the base). Each value that is not an option is named.
 */
export function readPortfolioOptions(url: URL): Options {
  const issues: PitchIssue[] = [];
  const formula = url.searchParams.get('formula') ?? 'risk-adjusted-value';
  if (!isFormulaId(formula))
    issues.push({ path: 'formula', message: `formula must be one of ${FORMULA_IDS.join(', ')}.` });
  const base = url.searchParams.get('base');
  const rates: Record<string, number> = {};
  for (const rate of url.searchParams.getAll('rate')) {
    const match = /^([A-Z]{3}):(\d+(?:\.\d+)?)$/u.exec(rate);
    const value = match ? Number(match[2]) : Number.NaN;
    if (!match || !(value > 0)) {
      issues.push({
        path: 'rate',
        message: `rate must be a currency code and what one unit is worth in the base, e.g. EUR:1.08 (not "${rate.slice(0, 40)}").`,
      });
    } else rates[match[1]!] = value;
  }
  if (base !== null && !isCurrencyCode(base))
    issues.push({
      path: 'base',
      message: 'base must be a three-letter ISO 4217 code in capitals, e.g. USD.',
    });
  if (base === null && Object.keys(rates).length > 0)
    issues.push({
      path: 'base',
      message: 'Give base (e.g. base=USD) with rate: the rates convert into it.',
    });
  if (issues.length > 0) return { ok: false, issues };
  const conversion: ConversionRates | undefined = base ? { base, rates } : undefined;
  return {
    ok: true,
    options: {
      formula: formula as PortfolioExportOptions['formula'],
      ...(conversion ? { conversion } : {}),
    },
  };
}

/**
 * `POST /api/export/portfolio` (docs/DESIGN.md: More endpoints): a library backup in, the
 * one-slide portfolio PPTX out, rendered on the export threads. 400 bad options or JSON, 413
 * over 5 MiB, 415 not JSON, 422 a backup that fails its schema or holds no pitch.
 */
export async function exportPortfolio(
  request: Request,
  threads: ExportThreadPool = sharedExportThreads(),
): Promise<Response> {
  const read = readPortfolioOptions(new URL(request.url));
  if (!read.ok) return apiError(400, 'Unknown portfolio option in the query string.', read.issues);
  const body = await readJsonBody(
    request,
    limit,
    'the library backup',
    `The request body is larger than ${limit / 1024 / 1024} MiB, the most a library backup can be.`,
  );
  if (!body.ok) return body.response;
  const parsed = parseLibraryBackupValue(body.value, 'no portfolio was made');
  if (!parsed.ok) return apiError(422, parsed.error, parsed.issues);
  const { pitches } = parsed.backup;
  if (pitches.length === 0) {
    return apiError(422, 'The backup holds no pitch: a portfolio needs at least one.', [
      { path: 'pitches', message: 'Add at least one pitch.' },
    ]);
  }
  return renderAndAnswer(
    {
      kind: 'portfolio',
      pitches: pitches.map((pitch, i) => ({ id: `pitch-${i + 1}`, pitch })),
      options: read.options,
    },
    threads,
    {
      name: 'portfolio',
      contentType: PPTX_CONTENT_TYPE,
      fileName: { ascii: 'portfolio.pptx', unicode: 'portfolio.pptx' },
      failedMessage:
        'The portfolio slide could not be generated from this backup. Check its pitches and try again.',
    },
  );
}
