import { LibraryPage } from '@/components/library/library-page';

export default function HomePage() {
  return <LibraryPage />;
}
