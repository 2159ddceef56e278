import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';
import { tokensQueryKey } from './get-tokens';

export type CreateTokenInput =
  paths['/api/v1/me/tokens']['post']['requestBody']['content']['application/json'];
export type CreatedToken =
  paths['/api/v1/me/tokens']['post']['responses'][201]['content']['application/json'];

export function createToken(input: CreateTokenInput) {
  return unwrap(api.POST('/api/v1/me/tokens', { body: input }));
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensQueryKey }),
  });
}
