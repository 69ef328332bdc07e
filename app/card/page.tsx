import type { Metadata } from 'next';
import { CardPageLoader } from './page-loader';

export const metadata: Metadata = { title: 'Memorization card' };

/** `/card?id=<pitchId>&cue=<level>`: the memorization card in the browser, ready to print. */
export default function CardPage() {
  return <CardPageLoader />;
}
