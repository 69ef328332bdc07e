import { analyzePitch } from '@/lib/advice';
import { renderCard } from '@/lib/card';
import type { PitchFile } from '@/lib/pitch/schema';
import { renderPptx } from '@/lib/pptx';
import { buildPortfolioPptx } from '@/lib/portfolio-slide';
import type { ExportRequest, RenderedExport } from './export-job';

const utf8 = new TextEncoder();

/**
 * `/api/validate`'s JSON body (docs/DESIGN.md: HTTP API): `{ findings: [{ rule, field, severity,
 * message }], readiness, slideReadiness, pitchReadiness }`, each figure 0–100.
 */
export function adviceBody(pitch: PitchFile): Uint8Array {
  const { findings, readiness, slideReadiness, pitchReadiness } = analyzePitch(pitch);
  return utf8.encode(
    JSON.stringify({
      findings: findings.map(({ rule, field, severity, message }) => ({
        rule,
        field,
        severity,
        message,
      })),
      readiness,
      slideReadiness,
      pitchReadiness,
    }),
  );
}

/**
 * Renders one checked request, on an export thread or (where threads cannot run) in-process: the
 * same code either way. Completeness and fit were checked before; this only makes the body.
 */
export async function renderExport(job: ExportRequest): Promise<RenderedExport> {
  switch (job.kind) {
    case 'pptx':
      return { bytes: await renderPptx(job.pitch), replacedCharacters: 0, truncatedFields: [] };
    case 'card':
      return renderCard(job.pitch, { cueLevel: job.cueLevel, paper: job.paper });
    case 'advice':
      return { bytes: adviceBody(job.pitch), replacedCharacters: 0, truncatedFields: [] };
    case 'portfolio':
      return {
        bytes: await buildPortfolioPptx(job.pitches, job.options),
        replacedCharacters: 0,
        truncatedFields: [],
      };
  }
}
