import { Route, Routes } from 'react-router';
import { AppShell } from './layout/AppShell';
import { RequireAuth } from './RequireAuth';
import { HomeRoute } from './routes/HomeRoute';
import { NotFoundRoute } from './routes/NotFoundRoute';
import { RegisterRoute } from './routes/RegisterRoute';
import { SignInRoute } from './routes/SignInRoute';
import { TokensRoute } from './routes/TokensRoute';

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInRoute />} />
      <Route path="/register" element={<RegisterRoute />} />
      <Route
        element={
          <RequireAuth>
            <AppShell />
          </RequireAuth>
        }
      >
        <Route index element={<HomeRoute />} />
        <Route path="tokens" element={<TokensRoute />} />
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}
