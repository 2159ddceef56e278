import { PageHeader } from '@/components/PageHeader';
import { TokensPanel } from '@/features/tokens/components/TokensPanel';
import { usePageTitle } from '@/lib/use-page-title';

export function TokensRoute() {
  usePageTitle('API tokens');
  return (
    <div className="stack">
      <PageHeader
        title="Personal API tokens"
        description="Tokens let scripts and integrations call the Throughline API as you. Treat them like passwords."
      />
      <TokensPanel />
    </div>
  );
}
