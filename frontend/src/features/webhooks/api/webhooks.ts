import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { etagOfVersion } from '@/lib/api/own-writes';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type Webhook = components['schemas']['Webhook'];
export type WebhookDelivery = components['schemas']['WebhookDelivery'];
export type CreateWebhookInput = components['schemas']['CreateWebhook'];
export type WebhookPatch = components['schemas']['WebhookPatch'];
export type WebhookFormat = components['schemas']['Format'];

/** Every webhook of the workspace (admins); secrets are never part of the list. */
export function useWebhooks(workspaceId: string) {
  return useQuery({
    queryKey: queryKeys.webhooks(workspaceId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/workspaces/{id}/webhooks', { params: { path: { id: workspaceId } } }),
      ),
  });
}

/** Adds a webhook; the answer carries the signing secret, this once. */
export function useCreateWebhook(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateWebhookInput) =>
      unwrap(
        api.POST('/api/v1/workspaces/{id}/webhooks', {
          params: { path: { id: workspaceId } },
          body,
        }),
      ) as Promise<Webhook>,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.webhooks(workspaceId) }),
  });
}

/** Changes a webhook as of the version shown (If-Match); a new URL passes the SSRF guard again. */
export function useUpdateWebhook(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ webhook, patch }: { webhook: Webhook; patch: Partial<WebhookPatch> }) =>
      unwrap(
        api.PATCH('/api/v1/webhooks/{id}', {
          params: {
            path: { id: webhook.id },
            header: { 'If-Match': etagOfVersion(webhook.version) },
          },
          body: patch as WebhookPatch,
        }),
      ) as Promise<Webhook>,
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.webhooks(workspaceId) }),
  });
}

export function useDeleteWebhook(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (webhook: Webhook) =>
      unwrap(
        api.DELETE('/api/v1/webhooks/{id}', {
          params: {
            path: { id: webhook.id },
            header: { 'If-Match': etagOfVersion(webhook.version) },
          },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.webhooks(workspaceId) }),
  });
}

/** The newest deliveries of one webhook, refreshed while the log is open. */
export function useWebhookDeliveries(webhookId: string) {
  return useQuery({
    queryKey: queryKeys.webhookDeliveries(webhookId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/webhooks/{id}/deliveries', {
          params: { path: { id: webhookId }, query: { limit: 50 } },
        }),
      ),
    refetchInterval: 5_000,
  });
}

/** Sends a delivery's event again, now, as a new delivery. */
export function useRedeliver(webhookId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) =>
      unwrap(
        api.POST('/api/v1/webhook-deliveries/{id}/redeliver', {
          params: { path: { id: deliveryId } },
        }),
      ),
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.webhookDeliveries(webhookId) }),
  });
}
