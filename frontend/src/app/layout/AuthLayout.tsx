import type { ReactNode } from 'react';

type Props = { title: string; subtitle?: string; children: ReactNode };

export function AuthLayout({ title, subtitle, children }: Props) {
  return (
    <main className="auth-page">
      <div className="auth-card">
        <p className="brand brand-large">
          <span className="brand-mark" aria-hidden="true" />
          Throughline
        </p>
        <h1>{title}</h1>
        {subtitle && <p className="muted">{subtitle}</p>}
        {children}
      </div>
    </main>
  );
}
