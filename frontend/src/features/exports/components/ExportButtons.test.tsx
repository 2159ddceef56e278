import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ExportButtons } from './ExportButtons';

describe('ExportButtons', () => {
  it('asks for MS Project XML and for CSV of the project', async () => {
    const download = vi.fn().mockResolvedValue(undefined);
    render(<ExportButtons projectId="p-1" projectKey="WEB" download={download} />);
    await userEvent.click(screen.getByRole('button', { name: 'Export as MS Project XML' }));
    await userEvent.click(screen.getByRole('button', { name: 'Export as CSV' }));
    expect(download).toHaveBeenNthCalledWith(1, 'p-1', 'WEB', 'mspdi');
    expect(download).toHaveBeenNthCalledWith(2, 'p-1', 'WEB', 'csv');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says why an export failed', async () => {
    const download = vi.fn().mockRejectedValue(new Error('The project was not found'));
    render(<ExportButtons projectId="p-1" projectKey="WEB" download={download} />);
    await userEvent.click(screen.getByRole('button', { name: 'Export as CSV' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The project was not found');
    expect(screen.getByRole('button', { name: 'Export as CSV' })).toBeEnabled();
  });
});
