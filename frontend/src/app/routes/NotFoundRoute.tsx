import { Link } from 'react-router';
import { PageHeader } from '@/components/PageHeader';

export function NotFoundRoute() {
  return (
    <div className="stack">
      <PageHeader title="Page not found" description="There is nothing at this address." />
      <p>
        <Link to="/">Go to your home page</Link>
      </p>
    </div>
  );
}
