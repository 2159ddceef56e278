import { Button } from '@/components/Button';
import { CopyButton } from '@/components/CopyButton';
import type { CreatedToken } from '../api/create-token';

type Props = { token: CreatedToken; onDismiss: () => void };

/** The one and only time the secret is shown: the service never returns it again. */
export function NewTokenNotice({ token, onDismiss }: Props) {
  return (
    <section className="notice notice-success" aria-labelledby="new-token-title">
      <h2 id="new-token-title">Token “{token.name}” created</h2>
      <p>Copy it now. For your security it will not be shown again.</p>
      <div className="secret">
        <code aria-label="New token value">{token.token}</code>
        <CopyButton value={token.token} label="Copy token" />
      </div>
      <p className="muted">
        Use it as <code>Authorization: Bearer &lt;token&gt;</code> with curl or an integration.
      </p>
      <Button variant="ghost" onClick={onDismiss}>
        I have copied it
      </Button>
    </section>
  );
}
