import type { PitchFile } from '../pitch/schema';

const filled = (list: readonly string[] | undefined) => (list ?? []).filter((s) => s.trim() !== '').length;

/**
 * What to add to the slide when even all of it, said in full, falls short of the target: the
 * thinnest section first ("Add an outcome to fill 90 s."). Sections hold up to three points.
 */
export function fillAdvice(pitch: PitchFile, targetSeconds: number): string {
  const wanting: Array<[number, string]> = [
    [filled(pitch.outcome), 'an outcome'],
    [filled(pitch.situation), 'a situation point'],
    [filled(pitch.action), 'an action'],
  ];
  const [count, thinnest] = [...wanting].sort((a, b) => a[0] - b[0])[0]!;
  if (count < 3) return `Add ${thinnest} to fill ${targetSeconds} s.`;
  if (!pitch.valueProposition?.trim()) return `Add a value proposition to fill ${targetSeconds} s.`;
  if (!pitch.trace?.else?.trim()) return `Add what happens if nothing changes (Else) to fill ${targetSeconds} s.`;
  return `Add detail to a situation, action or outcome point to fill ${targetSeconds} s.`;
}
