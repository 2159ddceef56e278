import { Button } from '@/components/Button';
import { SelectField } from '@/components/SelectField';
import { TextField } from '@/components/TextField';
import { categoryOptions, keyOf, type DraftStatus } from '../workflow-draft';
import type { StatusCategory } from '../api/get-workflows';

const roleOptions = [
  { value: '', label: 'No role' },
  { value: 'member', label: 'Member or above' },
  { value: 'coordinator', label: 'Coordinator or above' },
  { value: 'admin', label: 'Admin or above' },
  { value: 'owner', label: 'Owner' },
];

type Props = {
  status: DraftStatus;
  index: number;
  count: number;
  /** Every status of the draft, for the rejection target. */
  statuses: DraftStatus[];
  people: ReadonlyArray<{ id: string; name: string }>;
  procedures: ReadonlyArray<{ id: string; title: string }>;
  isNew: boolean;
  onChange: (change: Partial<DraftStatus>) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
};

/** One status of the workflow being edited: its key, name, category, WIP limit, procedure and approval step. */
export function StatusFields({
  status,
  index,
  count,
  statuses,
  people,
  procedures,
  isNew,
  onChange,
  onMove,
  onRemove,
}: Props) {
  const label = status.name || `Status ${index + 1}`;
  const approval = status.approval;
  return (
    <fieldset className="workflow-status">
      <legend>
        {index + 1}. {label}
      </legend>
      <div className="form-row">
        <TextField
          label="Name"
          value={status.name}
          required
          maxLength={60}
          onChange={(e) =>
            onChange(
              isNew
                ? { name: e.target.value, key: keyOf(e.target.value) }
                : { name: e.target.value },
            )
          }
        />
        <TextField
          label="Key"
          value={status.key}
          required
          pattern="[a-z][a-z0-9_]{0,39}"
          hint="Lower case letters, digits and _"
          onChange={(e) => onChange({ key: e.target.value })}
        />
        <SelectField
          label="Category"
          value={status.category}
          options={categoryOptions}
          onChange={(e) => onChange({ category: e.target.value as StatusCategory })}
        />
        <TextField
          label="WIP limit"
          type="number"
          min={1}
          max={10000}
          value={status.wipLimit ?? ''}
          onChange={(e) =>
            onChange({ wipLimit: e.target.value === '' ? undefined : Number(e.target.value) })
          }
        />
        <SelectField
          label="Procedure"
          value={status.procedureId ?? ''}
          options={[
            { value: '', label: 'None' },
            ...procedures.map((p) => ({ value: p.id, label: p.title })),
          ]}
          onChange={(e) => onChange({ procedureId: e.target.value || undefined })}
        />
      </div>
      <div className="field-check">
        <input
          id={`approval-${index}`}
          type="checkbox"
          checked={status.hasApproval}
          onChange={(e) => onChange({ hasApproval: e.target.checked })}
        />
        <label htmlFor={`approval-${index}`}>Needs approval to move on</label>
      </div>
      {status.hasApproval && approval && (
        <div className="form-row approval-step">
          <div className="field">
            <label htmlFor={`approvers-${index}`}>Approvers</label>
            <select
              id={`approvers-${index}`}
              multiple
              size={Math.min(5, Math.max(2, people.length))}
              value={approval.approverPersonIds ?? []}
              onChange={(e) =>
                onChange({
                  approval: {
                    ...approval,
                    approverPersonIds: [...e.target.selectedOptions].map((o) => o.value),
                  },
                })
              }
            >
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          <SelectField
            label="Approver role"
            value={approval.approverRole ?? ''}
            options={roleOptions}
            onChange={(e) =>
              onChange({
                approval: {
                  ...approval,
                  approverRole: (e.target.value || undefined) as typeof approval.approverRole,
                },
              })
            }
          />
          <TextField
            label="Approvals needed"
            type="number"
            min={1}
            max={20}
            value={approval.required}
            onChange={(e) =>
              onChange({ approval: { ...approval, required: Number(e.target.value) } })
            }
          />
          <SelectField
            label="A rejection sends it to"
            value={approval.rejectTo}
            options={[
              { value: '', label: 'Choose a status' },
              ...statuses
                .filter((s) => s.key !== status.key)
                .map((s) => ({ value: s.key, label: s.name || s.key })),
            ]}
            onChange={(e) => onChange({ approval: { ...approval, rejectTo: e.target.value } })}
          />
        </div>
      )}
      <div className="toolbar-actions">
        <Button
          variant="ghost"
          className="btn-sm"
          disabled={index === 0}
          aria-label={`Move ${label} up`}
          onClick={() => onMove(-1)}
        >
          Move up
        </Button>
        <Button
          variant="ghost"
          className="btn-sm"
          disabled={index === count - 1}
          aria-label={`Move ${label} down`}
          onClick={() => onMove(1)}
        >
          Move down
        </Button>
        <Button
          variant="ghost"
          className="btn-sm"
          disabled={count <= 1}
          aria-label={`Remove ${label}`}
          onClick={onRemove}
        >
          Remove
        </Button>
      </div>
    </fieldset>
  );
}
