import type { PitchFile } from '../pitch/schema';
import { fitSlide } from '../slide';
import { ExportBlockedError, findExportBlockers } from './export-blockers';
import { renderPptx } from './render-pptx';

/**
 * The one-slide PowerPoint of a pitch, as the bytes of a compressed .pptx. Refuses (throws
 * `ExportBlockedError`, naming each field to fix) when the advice engine's `required` or
 * `overflow` rule reports an error, since the slide would be incomplete or its text would not
 * fit. Reads no file and opens no connection.
 */
export async function buildPptx(pitch: PitchFile): Promise<Uint8Array> {
  const fit = fitSlide(pitch);
  const blockers = findExportBlockers(pitch, fit);
  if (blockers.length) throw new ExportBlockedError(blockers);
  return renderPptx(pitch, fit);
}
