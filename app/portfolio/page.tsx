import type { Metadata } from 'next';
import { PortfolioPageLoader } from './page-loader';

export const metadata: Metadata = { title: 'Portfolio' };

/** `/portfolio`: the library's pitches as a strategy tree and a benefit ranking, and the portfolio slide. */
export default function PortfolioRoute() {
  return <PortfolioPageLoader />;
}
