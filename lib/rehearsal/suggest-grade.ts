import type { GradeName } from './scheduler';

/**
 * The grade a typed recall suggests from its accuracy (percent): word-perfect is Easy, a slip or
 * two Good, half right Hard, less Again. The user still chooses; this only highlights a button.
 */
export function suggestGrade(accuracy: number): GradeName {
  if (accuracy >= 100) return 'easy';
  if (accuracy >= 85) return 'good';
  if (accuracy >= 50) return 'hard';
  return 'again';
}
