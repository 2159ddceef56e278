import { useState } from 'react';
import type { CreatedToken } from '../api/create-token';
import { CreateTokenForm } from './CreateTokenForm';
import { NewTokenNotice } from './NewTokenNotice';
import { TokenList } from './TokenList';

/** Create, list and revoke personal API tokens. The secret is kept in memory only, once. */
export function TokensPanel() {
  const [created, setCreated] = useState<CreatedToken | null>(null);
  return (
    <div className="stack">
      {created && <NewTokenNotice token={created} onDismiss={() => setCreated(null)} />}
      <section className="card" aria-labelledby="create-token-title">
        <h2 id="create-token-title">New token</h2>
        <CreateTokenForm onCreated={setCreated} />
      </section>
      <section className="card" aria-labelledby="token-list-title">
        <h2 id="token-list-title">Active tokens</h2>
        <TokenList />
      </section>
    </div>
  );
}
