import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type SearchHit = components['schemas']['SearchHit'];

const KIND_LABEL: Record<string, string> = {
  task: 'Task',
  project: 'Project',
  milestone: 'Milestone',
  person: 'Person',
};

export function searchWorkspace(workspaceId: string, q: string) {
  return unwrap(
    api.GET('/api/v1/workspaces/{id}/search', {
      params: { path: { id: workspaceId }, query: { q, limit: 12 } },
    }),
  );
}

function linkFor(hit: SearchHit): string {
  switch (hit.kind) {
    case 'task':
      return `/tasks/${hit.id}`;
    case 'project':
      return `/projects/${hit.id}/plan`;
    case 'milestone':
      return `/projects/${hit.projectId}/milestones`;
    default:
      return '/people';
  }
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** One search box across the workspace; `/` anywhere (outside a field) focuses it. */
export function SearchBox({ workspaceId }: { workspaceId: string }) {
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target)) {
        e.preventDefault();
        inputRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim().slice(0, 200)), 200);
    return () => clearTimeout(timer);
  }, [text]);

  const results = useQuery({
    queryKey: ['workspaces', workspaceId, 'search', q],
    queryFn: () => searchWorkspace(workspaceId, q),
    enabled: q !== '' && workspaceId !== '',
    staleTime: 10_000,
  });

  const showResults = open && q !== '';
  return (
    <div className="search-box" role="search">
      <label htmlFor={id} className="visually-hidden">
        Search the workspace
      </label>
      <input
        ref={inputRef}
        id={id}
        type="search"
        placeholder="Search ( / )"
        value={text}
        autoComplete="off"
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
        }}
        aria-controls={showResults ? `${id}-results` : undefined}
      />
      {showResults && (
        <div id={`${id}-results`} className="search-results">
          {results.isError && <ProblemAlert error={results.error} title="Search failed" />}
          {results.isSuccess && results.data.items.length === 0 && (
            <p className="muted" role="status">
              Nothing found for “{q}”.
            </p>
          )}
          {results.isSuccess && results.data.items.length > 0 && (
            <ul aria-label="Search results">
              {results.data.items.map((hit) => (
                <li key={`${hit.kind}-${hit.id}`}>
                  <Link to={linkFor(hit)} onClick={() => setOpen(false)}>
                    <span className="search-kind">{KIND_LABEL[hit.kind] ?? hit.kind}</span>{' '}
                    {hit.title}
                  </Link>
                  {hit.snippet && <span className="search-snippet muted"> {hit.snippet}</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
