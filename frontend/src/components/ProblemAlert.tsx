import { errorMessage } from '@/lib/api/problem';

type Props = { error: unknown; title?: string };

/** Shows the problem's `detail` to the user; rendered only when there is an error. */
export function ProblemAlert({ error, title }: Props) {
  if (error === null || error === undefined) return null;
  return (
    <div role="alert" className="alert alert-error">
      {title && <p className="alert-title">{title}</p>}
      <p>{errorMessage(error)}</p>
    </div>
  );
}
