import type { Metadata } from 'next';
import { RehearsePageLoader } from './page-loader';

export const metadata: Metadata = {
  title: 'Rehearse',
  description: 'Learn your pitch by heart: flashcards with fading cues, typed recall and timed run-throughs.',
};

export default function RehearsePage() {
  return <RehearsePageLoader />;
}
