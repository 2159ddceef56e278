import { createContext, useContext } from 'react';

export type StatusOption = { value: string; label: string };

/**
 * The standard workflow's statuses in order, as the API names them, with their labels. Screens
 * use the project's own workflow (see {@link useStatusOptions}); this list is the fallback while
 * the workflows load or for a project whose workflow is unknown.
 */
export const statusOptions: readonly StatusOption[] = [
  { value: 'todo', label: 'To do' },
  { value: 'in_progress', label: 'In progress' },
  { value: 'review', label: 'Review' },
  { value: 'blocked', label: 'Blocked' },
  { value: 'done', label: 'Done' },
  { value: 'cancelled', label: 'Cancelled' },
];

/** A project's statuses in workflow order; the app layer provides it from the workflows. */
export type StatusCatalog = (projectId: string) => readonly StatusOption[];

export const StatusCatalogContext = createContext<StatusCatalog>(() => statusOptions);

/** The statuses a task of the project can take, in its workflow's order. */
export function useStatusOptions(projectId: string): readonly StatusOption[] {
  return useContext(StatusCatalogContext)(projectId);
}

/** The name of a status key among the options; the key itself when the workflow lacks it. */
export function statusLabel(options: readonly StatusOption[], key: string): string {
  return options.find((o) => o.value === key)?.label ?? key;
}
