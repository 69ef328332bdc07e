// A sample for tooling/lint-boundaries.test.ts: cycle-a and cycle-b import each other.
import { b } from './cycle-b';

export const a = (): string => `a${b.length}`;
