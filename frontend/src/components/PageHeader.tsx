import type { ReactNode } from 'react';

type Props = { title: string; description?: ReactNode; actions?: ReactNode };

/** Every screen's heading: the title and description on the left, its main actions on the right. */
export function PageHeader({ title, description, actions }: Props) {
  return (
    <header className="page-header">
      <div className="page-header-text">
        <h1>{title}</h1>
        {description && <p className="page-description">{description}</p>}
      </div>
      {actions && <div className="page-header-actions">{actions}</div>}
    </header>
  );
}
