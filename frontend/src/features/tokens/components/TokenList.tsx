import { ConfirmButton } from '@/components/ConfirmButton';
import { ProblemAlert } from '@/components/ProblemAlert';
import { LoadMore } from '@/components/LoadMore';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { formatDateTime } from '@/lib/format';
import { useTokens, type ApiTokenSummary } from '../api/get-tokens';
import { useRevokeToken } from '../api/revoke-token';

function expiry(expiresAt: string | undefined): string {
  if (!expiresAt) return 'Never';
  const expired = new Date(expiresAt).getTime() <= Date.now();
  return expired ? `Expired ${formatDateTime(expiresAt)}` : formatDateTime(expiresAt);
}

function TokenRow({ token }: { token: ApiTokenSummary }) {
  const revoke = useRevokeToken();
  return (
    <tr>
      <th scope="row">{token.name}</th>
      <td>
        <code>{token.tokenPrefix}…</code>
      </td>
      <td className="nowrap">{formatDateTime(token.createdAt)}</td>
      <td>{expiry(token.expiresAt)}</td>
      <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'Not yet'}</td>
      <td className="actions">
        <ConfirmButton
          label="Revoke"
          doing="revoking"
          name={token.name}
          busy={revoke.isPending}
          onConfirm={() => revoke.mutate(token.id)}
        />
        <ProblemAlert error={revoke.error} />
      </td>
    </tr>
  );
}

export function TokenList() {
  const tokens = useTokens();
  if (tokens.isPending) return <LoadingState label="Loading your tokens…" />;
  if (tokens.data === undefined)
    return (
      <ErrorState
        error={tokens.error}
        title="Your tokens could not be loaded"
        onRetry={() => void tokens.refetch()}
      />
    );
  const items = tokens.data.pages.flatMap((page) => page.items);
  if (items.length === 0)
    return (
      <EmptyState title="No tokens yet">
        <p>Create one above to call the API from scripts and integrations.</p>
      </EmptyState>
    );
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Your personal API tokens</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Token</th>
            <th scope="col">Created</th>
            <th scope="col">Expires</th>
            <th scope="col">Last used</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((t) => (
            <TokenRow key={t.id} token={t} />
          ))}
        </tbody>
      </table>
      <LoadMore
        hasNextPage={tokens.hasNextPage}
        isFetchingNextPage={tokens.isFetchingNextPage}
        fetchNextPage={() => tokens.fetchNextPage()}
        error={tokens.isFetchNextPageError ? tokens.error : null}
      />
    </div>
  );
}
