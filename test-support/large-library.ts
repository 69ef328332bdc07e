import { EXAMPLE_PITCHES } from '@/lib/pitch/examples';
import { serializeLibrary } from '@/lib/pitch/serialize';
import type { PitchFile } from '@/lib/pitch/schema';

/**
 * `count` distinct pitches built from the examples, each titled "Pitch <n>: <example title>" and
 * carrying a longer elevator pitch, so 2,000 of them make a backup of about 4.9 MiB (issue 15).
 */
export function largeLibraryPitches(count: number): PitchFile[] {
  return Array.from({ length: count }, (_, i) => {
    const example = structuredClone(EXAMPLE_PITCHES[i % EXAMPLE_PITCHES.length]!.pitch);
    const speech = example.pitch?.text ?? '';
    return {
      ...example,
      title: `Pitch ${i + 1}: ${example.title ?? 'Untitled'}`,
      audience: `${example.audience ?? 'Steering committee'} ${(i % 40) + 1}`,
      valueProposition:
        `${example.valueProposition ?? ''} Case ${i + 1} of the portfolio review.`.slice(0, 600),
      pitch: { text: `${speech} ${speech}`.slice(0, 1200).trim(), targetSeconds: 60 },
    };
  });
}

/** A library backup (JSON text) of `count` pitches, as "Export JSON" of the whole library writes it. */
export function largeLibraryBackup(count: number): string {
  return serializeLibrary(largeLibraryPitches(count));
}
