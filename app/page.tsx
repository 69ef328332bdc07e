import { LibraryPageLoader } from './page-loader';

export default function HomePage() {
  return <LibraryPageLoader />;
}
