import type { PitchFile } from '@/lib/pitch/schema';

/** How the portfolio names a pitch: its title, else its headline. */
export function pitchLabel(pitch: PitchFile): string {
  return pitch.title?.trim() || pitch.headline.trim() || 'Untitled pitch';
}
