import { Button } from './Button';
import { ProblemAlert } from './ProblemAlert';

type Props = {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
  error?: unknown;
  label?: string;
};

/** The "show more" control of a cursor-paged list; nothing when the last page is loaded. */
export function LoadMore({
  hasNextPage,
  isFetchingNextPage,
  fetchNextPage,
  error,
  label = 'Show more',
}: Props) {
  if (!hasNextPage) return null;
  return (
    <div className="load-more">
      <ProblemAlert error={error} />
      <Button variant="secondary" busy={isFetchingNextPage} onClick={() => void fetchNextPage()}>
        {isFetchingNextPage ? 'Loading…' : label}
      </Button>
    </div>
  );
}
