import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { AppProvider } from '@/app/provider';
import { AppRoutes } from '@/app/routes';
import { setAccessToken } from '@/lib/auth/token-storage';

type Options = { signedIn?: boolean };

/** Renders the whole app at `path` with a fresh cache, as a signed-in user unless told otherwise. */
export function renderApp(path: string, { signedIn = true }: Options = {}) {
  if (signedIn) setAccessToken('test-access-token', 3600);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const user = userEvent.setup();
  const result = render(
    <AppProvider queryClient={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>
    </AppProvider>,
  );
  return { ...result, user, queryClient };
}
