import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { useMemo } from 'react';

// A second layer behind the service's sanitiser, and the only one for the editor's preview: no
// script, frame, form, style, inline style, event handler or image (nothing that loads from
// elsewhere) reaches the page, and links are http(s) or mailto — what the service lets through.
const config = {
  FORBID_TAGS: [
    'style',
    'iframe',
    'frame',
    'object',
    'embed',
    'form',
    'input',
    'svg',
    'math',
    'img',
    'picture',
    'video',
    'audio',
    'source',
    'link',
    'meta',
    'base',
  ],
  FORBID_ATTR: ['style', 'srcdoc', 'formaction'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#|\/(?!\/))/i,
};

/** HTML made safe to insert: DOMPurify with the configuration above. */
export function sanitiseHtml(html: string): string {
  return DOMPurify.sanitize(html, config);
}

/** Markdown rendered in the browser (a preview) and sanitised like any other HTML. */
export function markdownToSafeHtml(source: string): string {
  return sanitiseHtml(marked.parse(source, { async: false, gfm: true }));
}

/**
 * HTML that the service rendered and sanitised (a procedure's `bodyHtml`), sanitised once more
 * here before it is inserted.
 */
export function SanitisedHtml({ html, label }: { html: string; label?: string }) {
  const safe = useMemo(() => sanitiseHtml(html), [html]);
  // sanitised just above (and on the service before)
  return <div className="markdown" aria-label={label} dangerouslySetInnerHTML={{ __html: safe }} />;
}
