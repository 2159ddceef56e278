import { useId, useState } from 'react';
import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useSendFeedback } from '../api/shared-report';

/** A 1–5 rating and an optional comment on one report; thanks the stakeholder once sent. */
export function FeedbackForm({ token, reportId }: { token: string; reportId: string }) {
  const send = useSendFeedback(token);
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const id = useId();
  if (send.isSuccess)
    return (
      <p role="status" className="feedback-thanks">
        Thank you: your rating of {rating} was sent.
      </p>
    );
  return (
    <form
      className="feedback-form"
      aria-label="Rate this report"
      onSubmit={(e) => {
        e.preventDefault();
        if (rating !== null)
          send.mutate({ reportId, rating, ...(comment.trim() ? { comment: comment.trim() } : {}) });
      }}
    >
      <fieldset>
        <legend>How useful was this report? (1 = not at all, 5 = very)</legend>
        <div className="rating-options">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n}>
              <input
                type="radio"
                name={`${id}-rating`}
                value={n}
                checked={rating === n}
                onChange={() => setRating(n)}
              />
              {n}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-comment`}>Comment (optional)</label>
        <textarea
          id={`${id}-comment`}
          rows={2}
          maxLength={2000}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </div>
      <ProblemAlert error={send.error} title="Your feedback was not sent" />
      <Button type="submit" disabled={rating === null} busy={send.isPending}>
        Send feedback
      </Button>
    </form>
  );
}
