import { isAllowed, toggleTransition, type WorkflowDraft } from '../workflow-draft';

type Props = { draft: WorkflowDraft; onChange: (draft: WorkflowDraft) => void };

/** Allowed moves as a from × to grid of checkboxes; none checked means any move is allowed. */
export function TransitionGrid({ draft, onChange }: Props) {
  const name = (key: string) => draft.statuses.find((s) => s.key === key)?.name || key;
  return (
    <div className="table-wrap">
      <table className="table transition-grid">
        <caption className="visually-hidden">Allowed moves: rows are from, columns are to</caption>
        <thead>
          <tr>
            <th scope="col">From \ to</th>
            {draft.statuses.map((s) => (
              <th scope="col" key={s.key}>
                {name(s.key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {draft.statuses.map((from) => (
            <tr key={from.key}>
              <th scope="row">{name(from.key)}</th>
              {draft.statuses.map((to) => (
                <td key={to.key}>
                  {from.key !== to.key && (
                    <input
                      type="checkbox"
                      aria-label={`Allow ${name(from.key)} to ${name(to.key)}`}
                      checked={isAllowed(draft, from.key, to.key)}
                      onChange={() => onChange(toggleTransition(draft, from.key, to.key))}
                    />
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
