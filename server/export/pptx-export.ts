import {
  ExportBlockedError,
  findExportBlockers,
  PPTX_CONTENT_TYPE,
  pptxFileName,
} from '@/lib/pptx';
import type { ExportKind } from './export-pipeline';

/** The one-slide PowerPoint: refused while `required` or `overflow` report an error. */
export const PPTX_EXPORT: ExportKind<null> = {
  name: 'pptx',
  readOptions: () => ({ ok: true, options: null }),
  blockers: (pitch) => findExportBlockers(pitch),
  blockedMessage: (blockers) => new ExportBlockedError(blockers).message,
  request: (pitch) => ({ kind: 'pptx', pitch }),
  fileName: pptxFileName,
  contentType: PPTX_CONTENT_TYPE,
  failedMessage: 'The slide could not be generated from this pitch. Check its text and try again.',
};
