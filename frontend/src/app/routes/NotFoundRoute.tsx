import { Link } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { usePageTitle } from '@/lib/use-page-title';

export function NotFoundRoute() {
  usePageTitle('Page not found');
  return (
    <div className="stack">
      <PageHeader title="Page not found" description="There is nothing at this address." />
      <p>
        <Link to="/">Go to your home page</Link>
      </p>
    </div>
  );
}
