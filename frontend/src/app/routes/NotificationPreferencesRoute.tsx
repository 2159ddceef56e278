import { Link } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { CalendarFeedsPanel } from '@/features/notifications/components/CalendarFeedsPanel';
import { PreferencesForm } from '@/features/notifications/components/PreferencesForm';
import { usePageTitle } from '@/lib/use-page-title';

export function NotificationPreferencesRoute() {
  usePageTitle('Notification preferences');
  return (
    <div className="stack">
      <PageHeader
        title="Notification preferences"
        description="Choose how you hear about each kind of change, and subscribe to your work in your calendar."
        actions={<Link to="/notifications">Back to notifications</Link>}
      />
      <section className="card" aria-labelledby="prefs-title">
        <h2 id="prefs-title">How you are notified</h2>
        <PreferencesForm />
      </section>
      <section className="card" aria-labelledby="feeds-title">
        <h2 id="feeds-title">Subscribe in your calendar</h2>
        <CalendarFeedsPanel scope={{ kind: 'personal' }} />
      </section>
    </div>
  );
}
