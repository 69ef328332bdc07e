import { renderCard } from '@/lib/card';
import { renderPptx } from '@/lib/pptx';
import type { ExportRequest, RenderedExport } from './export-job';

/**
 * Renders one checked export, on an export thread or (where threads cannot run) in-process: the
 * same code either way. Completeness and fit were checked before; this only draws the file.
 */
export async function renderExport(job: ExportRequest): Promise<RenderedExport> {
  if (job.kind === 'pptx') {
    return { bytes: await renderPptx(job.pitch), replacedCharacters: 0, truncatedFields: [] };
  }
  return renderCard(job.pitch, { cueLevel: job.cueLevel, paper: job.paper });
}
