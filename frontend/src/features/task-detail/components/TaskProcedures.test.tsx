import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '@/testing/fake-api';
import { TaskProcedures } from './TaskProcedures';

function renderProcedures() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <TaskProcedures taskId="t-1" status="client_review" Sub="h2" />
    </QueryClientProvider>,
  );
}

describe('The procedure of a task’s status', () => {
  it('shows the procedure the workflow attaches to the status, sanitised once more', async () => {
    fakeApi({
      'GET /api/v1/tasks/:id/procedures': {
        status: 200,
        body: {
          taskId: 't-1',
          status: 'client_review',
          items: [
            {
              id: 'pr-1',
              title: 'Client review checklist',
              bodyHtml: '<ol><li>Send the proof</li></ol><img src=x onerror="alert(1)">',
            },
          ],
        },
      },
    });
    const { container } = renderProcedures();
    expect(
      await screen.findByRole('heading', { name: 'Procedure for this status' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Client review checklist')).toBeInTheDocument();
    expect(screen.getByText('Send the proof')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(container.innerHTML).not.toContain('onerror');
  });

  it('shows nothing when the status has no procedure', async () => {
    const { calls } = fakeApi({
      'GET /api/v1/tasks/:id/procedures': {
        status: 200,
        body: { taskId: 't-1', status: 'client_review', items: [] },
      },
    });
    const { container } = renderProcedures();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls.map((c) => c.path)).toEqual(['/api/v1/tasks/t-1/procedures']);
    expect(container).toBeEmptyDOMElement();
  });
});
