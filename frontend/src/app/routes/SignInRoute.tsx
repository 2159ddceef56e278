import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { SignInForm } from '@/features/auth/components/SignInForm';
import { AuthLayout } from '../layout/AuthLayout';
import { useSession } from '../session';
import { usePageTitle } from '@/lib/use-page-title';

function redirectTarget(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state) {
    const from = (state as { from: unknown }).from;
    if (typeof from === 'string' && from.startsWith('/') && !from.startsWith('/sign-in'))
      return from;
  }
  return '/';
}

export function SignInRoute() {
  usePageTitle('Sign in');
  const { signedIn, sessionExpired } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const target = redirectTarget(location.state);
  if (signedIn) return <Navigate to={target} replace />;
  return (
    <AuthLayout title="Sign in to Throughline">
      {sessionExpired && (
        <p role="status" className="alert alert-info">
          Your session has ended. Sign in again to continue.
        </p>
      )}
      <SignInForm onSignedIn={() => void navigate(target, { replace: true })} />
      <p className="auth-switch">
        New to Throughline? <Link to="/register">Create an account</Link>
      </p>
    </AuthLayout>
  );
}
