import { useParams } from 'react-router';
import { SharedReportPage } from '@/features/sharing/components/SharedReportPage';
import { usePageTitle } from '@/lib/use-page-title';

/** The stakeholder page behind a share link: signed out, without the app's navigation. */
export function SharedRoute() {
  const { token = '' } = useParams();
  usePageTitle('Shared status report');
  return (
    <main id="main" className="shared-shell">
      <SharedReportPage token={token} />
    </main>
  );
}
