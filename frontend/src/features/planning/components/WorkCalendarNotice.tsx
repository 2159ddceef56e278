import { errorMessage } from '@/lib/api/problem';
import type { WorkCalendarState } from '../api/get-work-calendar';

/** Says when the timeline is drawn on the standard week instead of the project's calendar. */
export function WorkCalendarNotice({ status, error }: Omit<WorkCalendarState, 'calendar'>) {
  if (status === 'success') return null;
  const standard = 'the standard week (Monday to Friday, 08:00–12:00 and 13:00–17:00)';
  return (
    <p role="status" className="muted">
      {status === 'pending'
        ? `Drawn on ${standard} while the project's calendar loads.`
        : `The project's calendar could not be read${
            error ? ` (${errorMessage(error)})` : ''
          }: drawn on ${standard}.`}
    </p>
  );
}
