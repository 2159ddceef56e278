import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { CsvImportResult } from '../api/import-csv';
import { CsvImportDialog } from './CsvImportDialog';

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>;
}

const clean: CsvImportResult = {
  dryRun: true,
  tasks: 3,
  dependencies: 2,
  assignments: 1,
  problems: [],
  ignoredColumns: ['Finish'],
  created: [],
};

const file = new File(['Title\nDesign\n'], 'plan.csv', { type: 'text/csv' });

describe('CsvImportDialog', () => {
  it('checks the chosen file first, then imports it', async () => {
    const upload = vi
      .fn()
      .mockResolvedValueOnce(clean)
      .mockResolvedValueOnce({ ...clean, dryRun: false, ignoredColumns: [] });
    const onImported = vi.fn();
    render(<CsvImportDialog projectId="p-1" upload={upload} onImported={onImported} />, {
      wrapper,
    });
    await userEvent.click(screen.getByRole('button', { name: 'Import CSV…' }));
    await userEvent.upload(screen.getByLabelText('CSV file'), file);
    expect(upload).toHaveBeenNthCalledWith(1, 'p-1', file, true);
    expect(
      await screen.findByText(/plan.csv: 3 tasks, 2 links, 1 assignment — no problems/),
    ).toBeInTheDocument();
    expect(screen.getByText('Columns not read: Finish')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Import 3 tasks' }));
    expect(upload).toHaveBeenNthCalledWith(2, 'p-1', file, false);
    expect(
      await screen.findByText('Imported 3 tasks, 2 links and 1 assignment.'),
    ).toBeInTheDocument();
  });

  it('lists every problem by row and column and does not offer to import', async () => {
    const upload = vi.fn().mockResolvedValue({
      ...clean,
      problems: [
        { row: 4, column: 'Duration', message: '"3x" is not a duration' },
        { row: 1, column: null, message: 'The file is UTF-16; save it as CSV UTF-8' },
      ],
    });
    render(<CsvImportDialog projectId="p-1" upload={upload} />, { wrapper });
    await userEvent.click(screen.getByRole('button', { name: 'Import CSV…' }));
    await userEvent.upload(screen.getByLabelText('CSV file'), file);
    const table = await screen.findByRole('table', { name: 'Problems in the file' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('4Duration"3x" is not a duration');
    expect(rows[2]).toHaveTextContent('1—The file is UTF-16');
    expect(screen.getByRole('button', { name: 'Import 3 tasks' })).toBeDisabled();
    expect(upload).toHaveBeenCalledTimes(1);
  });

  it('says why a file could not be checked and closes back to the button', async () => {
    const upload = vi.fn().mockRejectedValue(new Error('The project was not found'));
    render(<CsvImportDialog projectId="p-1" upload={upload} />, { wrapper });
    await userEvent.click(screen.getByRole('button', { name: 'Import CSV…' }));
    await userEvent.upload(screen.getByLabelText('CSV file'), file);
    expect(await screen.findByRole('alert')).toHaveTextContent('The project was not found');
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('button', { name: 'Import CSV…' })).toHaveFocus();
  });
});
