import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';
import { markdownToSafeHtml } from '@/components/SanitisedHtml';
import { TextField } from '@/components/TextField';
import { fieldError } from '@/lib/api/problem';
import type { Procedure } from '../api/get-procedure';
import { useSaveProcedure } from '../api/save-procedure';

type Props = {
  workspaceId: string;
  /** The procedure being edited with its ETag; none: a new one. */
  procedure?: { data: Procedure; etag: string | null } | undefined;
  onSaved: (procedure: Procedure) => void;
  onCancel: () => void;
};

/** Title and markdown, with a preview beside the text (the service renders the saved version). */
export function ProcedureEditor({ workspaceId, procedure, onSaved, onCancel }: Props) {
  const save = useSaveProcedure(workspaceId);
  const [title, setTitle] = useState(procedure?.data.title ?? '');
  const [body, setBody] = useState(procedure?.data.bodyMarkdown ?? '');
  const bodyId = useId();
  const preview = markdownToSafeHtml(body);

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(
      {
        procedureId: procedure?.data.id,
        etag: procedure?.etag,
        input: { title: title.trim(), bodyMarkdown: body },
      },
      { onSuccess: onSaved },
    );
  }

  return (
    <form
      className="form card"
      noValidate
      aria-label={procedure ? 'Edit the procedure' : 'New procedure'}
      onSubmit={submit}
    >
      <ProblemAlert error={save.error} title="The procedure was not saved" />
      <TextField
        label="Title"
        required
        maxLength={200}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={fieldError(save.error, 'title')}
      />
      <div className="procedure-editor">
        <div className="field">
          <label htmlFor={bodyId}>Steps (markdown)</label>
          <textarea
            id={bodyId}
            rows={14}
            maxLength={100000}
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
        </div>
        <section className="procedure-preview" aria-labelledby={`${bodyId}-preview`}>
          <h3 id={`${bodyId}-preview`}>Preview</h3>
          {/* sanitised by markdownToSafeHtml */}
          <div className="markdown" dangerouslySetInnerHTML={{ __html: preview }} />
        </section>
      </div>
      <div className="form-actions toolbar-actions">
        <Button type="submit" busy={save.isPending}>
          {procedure ? 'Save changes' : 'Create procedure'}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
