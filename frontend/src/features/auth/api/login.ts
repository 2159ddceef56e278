import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';
import { setAccessToken } from '@/lib/auth/token-storage';

export type LoginInput =
  paths['/api/v1/auth/login']['post']['requestBody']['content']['application/json'];

export function login(input: LoginInput) {
  return unwrap(api.POST('/api/v1/auth/login', { body: input }));
}

/** Signs in and keeps the access token; the caller decides where to go next. */
export function useLogin() {
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => setAccessToken(session.accessToken, session.expiresIn),
  });
}
