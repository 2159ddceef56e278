import { developerDetail, userMessage } from '@/lib/api/user-text';

type Props = { error: unknown; title?: string };

/**
 * A failure told as a sentence for a person; the service's own detail (written for developers)
 * stays available behind "Details". Rendered only when there is an error.
 */
export function ProblemAlert({ error, title }: Props) {
  if (error === null || error === undefined) return null;
  const message = userMessage(error);
  const detail = developerDetail(error);
  return (
    <div role="alert" className="alert alert-error">
      {title && <p className="alert-title">{title}</p>}
      <p>{message}</p>
      {detail !== undefined && detail.split('\n')[0] !== message && (
        <details className="problem-details">
          <summary>Details</summary>
          <pre>{detail}</pre>
        </details>
      )}
    </div>
  );
}
