import { PageHeader } from '@/components/PageHeader';
import { MyWorkList } from '@/features/my-work/components/MyWorkList';
import { usePageTitle } from '@/lib/use-page-title';

export function MyWorkRoute() {
  usePageTitle('My work');
  return (
    <div className="stack">
      <PageHeader
        title="My work"
        description="Your open tasks across projects, soonest deadline first."
      />
      <section className="card" aria-label="My tasks">
        <MyWorkList />
      </section>
    </div>
  );
}
