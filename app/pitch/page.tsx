import type { Metadata } from 'next';
import { PitchPageLoader } from './page-loader';

export const metadata: Metadata = { title: 'Pitch' };

export default function PitchPage() {
  return <PitchPageLoader />;
}
