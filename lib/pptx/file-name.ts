import { exportFileName, type ExportFileName } from '../pitch/file-name';
import type { PitchFile } from '../pitch/schema';

/** The media type of a .pptx file. */
export const PPTX_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** File name of the exported slide: `<slug of the title>.pptx`, and the title as typed. */
export function pptxFileName(pitch: Pick<PitchFile, 'title'>): ExportFileName {
  return exportFileName(pitch.title, '.pptx');
}
