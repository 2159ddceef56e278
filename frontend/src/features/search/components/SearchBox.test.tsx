import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '@/testing/fake-api';
import { SearchBox } from './SearchBox';

describe('Search box', () => {
  it('is focused by / and lists ranked hits that link to the task', async () => {
    const { calls } = fakeApi({
      'GET /api/v1/workspaces/:id/search': {
        status: 200,
        body: {
          items: [
            {
              kind: 'task',
              id: 't-1',
              title: 'Homepage wireframes',
              snippet: 'WEB-4 · the client wants a carousel',
              projectId: 'p-1',
            },
            { kind: 'person', id: 'pe-1', title: 'Priya Sharma', snippet: null, projectId: null },
          ],
        },
      },
    });
    const user = userEvent.setup();
    render(
      <QueryClientProvider
        client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
      >
        <MemoryRouter>
          <SearchBox workspaceId="w-1" />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    await user.keyboard('/');
    const box = screen.getByRole('searchbox', { name: 'Search the workspace' });
    expect(box).toHaveFocus();
    await user.type(box, 'carou');
    const link = await screen.findByRole('link', { name: /Homepage wireframes/ });
    expect(link).toHaveAttribute('href', '/tasks/t-1');
    expect(screen.getByText(/carousel/)).toBeInTheDocument();
    expect(calls.some((c) => c.path === '/api/v1/workspaces/w-1/search')).toBe(true);
  });
});
