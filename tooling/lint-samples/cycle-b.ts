// A sample for tooling/lint-boundaries.test.ts: cycle-a and cycle-b import each other.
import { a } from './cycle-a';

export const b = 'b';
export const callA = () => a();
