import { Link, Navigate, useNavigate } from 'react-router';
import { RegisterForm } from '@/features/auth/components/RegisterForm';
import { AuthLayout } from '../layout/AuthLayout';
import { useSession } from '../session';
import { usePageTitle } from '@/lib/use-page-title';

export function RegisterRoute() {
  usePageTitle('Create your account');
  const { signedIn, setPreferredWorkspaceId } = useSession();
  const navigate = useNavigate();
  if (signedIn) return <Navigate to="/" replace />;
  return (
    <AuthLayout title="Create your account" subtitle="You will own a new workspace for your team.">
      <RegisterForm
        onRegistered={(workspaceId) => {
          setPreferredWorkspaceId(workspaceId);
          void navigate('/', { replace: true });
        }}
      />
      <p className="auth-switch">
        Already have an account? <Link to="/sign-in">Sign in</Link>
      </p>
    </AuthLayout>
  );
}
