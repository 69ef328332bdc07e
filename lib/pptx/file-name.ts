import { slugify } from '../pitch/serialize';
import type { PitchFile } from '../pitch/schema';

/** The media type of a .pptx file. */
export const PPTX_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** File name of the exported slide: `<slug of the title>.pptx` (ASCII, safe in a Content-Disposition header). */
export function pptxFileName(pitch: Pick<PitchFile, 'title'>): string {
  return `${slugify(pitch.title)}.pptx`;
}
