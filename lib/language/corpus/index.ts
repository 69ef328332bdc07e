/**
 * The labelled advice corpus (see LABELLING.md): sentences and pitches written by hand across
 * industries, in British and American spelling, each labelled with the rules a careful reviewer
 * would raise. `npm run bench` scores the engine on it; corpus.test.ts holds each rule's level.
 */
import { SLIDE_PITCHES } from './pitches-slide';
import { SPOKEN_PITCHES } from './pitches-spoken';
import { STRUCTURE_SENTENCES } from './sentences-structure';
import { WORDING_SENTENCES } from './sentences-wording';
import type { PitchCase, SentenceCase } from './types';

export const CORPUS_SENTENCES: readonly SentenceCase[] = [...WORDING_SENTENCES, ...STRUCTURE_SENTENCES];
export const CORPUS_PITCHES: readonly PitchCase[] = [...SLIDE_PITCHES, ...SPOKEN_PITCHES];
