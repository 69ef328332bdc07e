import type { PitchIssue } from '@/lib/pitch/issues';
import type { PitchFile } from '@/lib/pitch/schema';

/** What the server thread sends the export thread: one pitch that passed the schema. */
export interface PptxJob {
  id: number;
  pitch: PitchFile;
}

/** What the export thread answers: the file, the fields that block the export, or a failure. */
export type PptxJobResult =
  | { id: number; kind: 'pptx'; bytes: Uint8Array }
  | { id: number; kind: 'blocked'; issues: PitchIssue[] }
  | { id: number; kind: 'failed'; message: string };

/** Sent once by the export thread when its code has loaded and it takes jobs. */
export interface PptxWorkerReady {
  kind: 'ready';
}

export type PptxWorkerMessage = PptxJobResult | PptxWorkerReady;
