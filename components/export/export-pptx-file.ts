/**
 * The part of "Download PPTX" that is loaded on click: validates the live form values with the
 * pitch schema, then builds the slide. Kept in its own module so pptxgenjs stays out of the
 * page's first-load JavaScript.
 */
import type { PitchIssue } from '@/lib/pitch/issues';
import { parsePitchValue } from '@/lib/pitch/parse-pitch-file';
import { buildPptx, ExportBlockedError, PPTX_CONTENT_TYPE, pptxFileName } from '@/lib/pptx';

export type PptxFileResult =
  | { ok: true; bytes: Uint8Array<ArrayBuffer>; fileName: string; contentType: string }
  | { ok: false; error: string; issues: PitchIssue[] };

export async function exportPptxFile(values: unknown): Promise<PptxFileResult> {
  const parsed = parsePitchValue(values);
  if (!parsed.ok) return { ok: false, error: parsed.error, issues: parsed.issues };
  try {
    const bytes = await buildPptx(parsed.pitch);
    return {
      ok: true,
      bytes: bytes as Uint8Array<ArrayBuffer>,
      fileName: pptxFileName(parsed.pitch).unicode,
      contentType: PPTX_CONTENT_TYPE,
    };
  } catch (error) {
    if (error instanceof ExportBlockedError)
      return { ok: false, error: error.message, issues: error.issues };
    throw error;
  }
}
