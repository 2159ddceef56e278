import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { StatusFields } from './StatusFields';

describe('A status in the workflow editor', () => {
  it('attaches one of the workspace’s procedures, or none', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    const status = {
      key: 'client_review',
      name: 'Client review',
      category: 'review' as const,
      hasApproval: false,
    };
    render(
      <StatusFields
        status={status}
        index={0}
        count={1}
        statuses={[status]}
        people={[]}
        procedures={[{ id: 'pr-1', title: 'Client review checklist' }]}
        isNew={false}
        onChange={onChange}
        onMove={() => {}}
        onRemove={() => {}}
      />,
    );
    const select = screen.getByLabelText('Procedure');
    expect(select).toHaveValue('');
    await user.selectOptions(select, 'Client review checklist');
    expect(onChange).toHaveBeenLastCalledWith({ procedureId: 'pr-1' });
  });
});
