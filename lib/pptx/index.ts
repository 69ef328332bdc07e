export { NO_PITCH_NOTICE } from './build-presentation';
export { buildPptx } from './build-pptx';
export { renderPptx } from './render-pptx';
export { ExportBlockedError, findExportBlockers } from './export-blockers';
export { PPTX_CONTENT_TYPE, pptxFileName } from './file-name';
export { sanitizePitch, sanitizeXmlText } from './sanitize-xml-text';
