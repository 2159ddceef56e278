/** Webhooks: per-workspace receivers of domain events, signed, retried, guarded against SSRF. */
package app.throughline.webhook;
