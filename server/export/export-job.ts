import type { CardCueLevel, CardPaper } from '@/lib/card';
import type { PitchFile } from '@/lib/pitch/schema';
import type { PortfolioPitch } from '@/lib/portfolio';
import type { PortfolioExportOptions } from '@/lib/portfolio-slide';

/**
 * What the server thread asks an export thread to render: a pitch that passed the schema and the
 * export's checks (the thread only renders).
 */
export type ExportRequest =
  | { kind: 'pptx'; pitch: PitchFile }
  | { kind: 'card'; pitch: PitchFile; cueLevel: CardCueLevel; paper: CardPaper }
  /** `/api/validate`'s answer: the advice engine's findings and readiness, as the JSON body. */
  | { kind: 'advice'; pitch: PitchFile }
  /** `POST /api/export/portfolio`: the portfolio slide of a library backup's pitches. */
  | { kind: 'portfolio'; pitches: PortfolioPitch[]; options: PortfolioExportOptions };

/** A request as posted to a thread: `id` pairs the answer with it. */
export type ExportJob = ExportRequest & { id: number };

/** A rendered body and what the card had to change to fit (always empty for a slide or advice). */
export interface RenderedExport {
  bytes: Uint8Array;
  replacedCharacters: number;
  truncatedFields: string[];
}

/** What the export thread answers: the file, or a failure with its stack. */
export type ExportJobResult =
  | ({ id: number; kind: 'rendered' } & RenderedExport)
  | { id: number; kind: 'failed'; message: string };

/** Sent once by the export thread when its code has loaded and it takes jobs. */
export interface ExportWorkerReady {
  kind: 'ready';
}

export type ExportWorkerMessage = ExportJobResult | ExportWorkerReady;
