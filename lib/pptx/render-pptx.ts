import type { PitchFile } from '../pitch/schema';
import { fitSlide, type SlideFit } from '../slide';
import { buildPresentation } from './build-presentation';
import { repairPackage } from './repair-package';

/**
 * The .pptx bytes of a pitch's slide, without checking completeness or fit (a pitch that
 * overflows gives a file whose text runs past its boxes). Tests and benchmarks use it; users get
 * `buildPptx`. `fit` is the slide model's layout of this pitch, when the caller has it.
 * Reads no file and opens no connection.
 */
export async function renderPptx(
  pitch: PitchFile,
  fit: SlideFit = fitSlide(pitch),
): Promise<Uint8Array> {
  const stored = (await buildPresentation(pitch, fit).write({ outputType: 'uint8array' })) as Uint8Array;
  return repairPackage(stored);
}
