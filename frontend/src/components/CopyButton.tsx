import { useState } from 'react';
import { Button } from './Button';

type Props = { value: string; label?: string };

/** Copies `value` to the clipboard and says so in a polite live region. */
export function CopyButton({ value, label = 'Copy' }: Props) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }

  return (
    <span className="copy">
      <Button variant="secondary" onClick={() => void copy()}>
        {label}
      </Button>
      <span role="status" className="copy-status">
        {status === 'copied' && 'Copied to clipboard'}
        {status === 'failed' && 'Could not copy; select the text and copy it by hand'}
      </span>
    </span>
  );
}
