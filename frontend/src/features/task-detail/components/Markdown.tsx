import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { useMemo } from 'react';

/** Markdown rendered to HTML and sanitised (no scripts, handlers or javascript: links survive). */
export function Markdown({ source }: { source: string }) {
  const html = useMemo(
    () => DOMPurify.sanitize(marked.parse(source, { async: false, gfm: true })),
    [source],
  );
  // sanitised just above
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}
