import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';
import { setAccessToken } from '@/lib/auth/token-storage';

export type RegisterInput =
  paths['/api/v1/auth/register']['post']['requestBody']['content']['application/json'];

export function register(input: RegisterInput) {
  return unwrap(api.POST('/api/v1/auth/register', { body: input }));
}

/** Creates the account and its first workspace, and signs the new user in. */
export function useRegister() {
  return useMutation({
    mutationFn: register,
    onSuccess: (created) => setAccessToken(created.accessToken, created.expiresIn),
  });
}
