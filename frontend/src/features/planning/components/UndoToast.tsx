import { Button } from '@/components/Button';

/** Without {@code undo}, the toast only says what happened (e.g. after an undo). */
export type UndoOffer = { message: string; undo?: () => void };

type Props = { offer: UndoOffer | null; busy: boolean; onDismiss: () => void };

/** "Deleted WEB-4 · Undo": the last edit of the session, while it can still be inverted. */
export function UndoToast({ offer, busy, onDismiss }: Props) {
  return (
    <div className="undo-toast-region" role="status" aria-live="polite">
      {offer && (
        <div className="undo-toast">
          <span>{offer.message}</span>
          {offer.undo && (
            <Button variant="secondary" className="btn-sm" busy={busy} onClick={offer.undo}>
              Undo
            </Button>
          )}
          <Button variant="ghost" className="btn-sm" aria-label="Dismiss" onClick={onDismiss}>
            ×
          </Button>
        </div>
      )}
    </div>
  );
}
