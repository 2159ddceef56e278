/**
 * Where the signed-in user's access token lives. localStorage keeps the session across tabs and
 * reloads; listeners let the app react at once when a 401 clears it.
 */
const TOKEN_KEY = 'throughline.accessToken';
const EXPIRES_KEY = 'throughline.accessTokenExpiresAt';

/** Why the session ended: the user signed out, or the service refused the token (401). */
export type EndReason = 'signed-out' | 'expired';
type Listener = (token: string | null, reason?: EndReason) => void;
const listeners = new Set<Listener>();

export function getAccessToken(): string | null {
  const token = localStorage.getItem(TOKEN_KEY);
  const expiresAt = Number(localStorage.getItem(EXPIRES_KEY) ?? '0');
  if (token !== null && expiresAt > 0 && Date.now() >= expiresAt) {
    clearAccessToken('expired');
    return null;
  }
  return token;
}

export function setAccessToken(token: string, expiresInSeconds?: number): void {
  localStorage.setItem(TOKEN_KEY, token);
  if (expiresInSeconds !== undefined && expiresInSeconds > 0) {
    localStorage.setItem(EXPIRES_KEY, String(Date.now() + expiresInSeconds * 1000));
  } else {
    localStorage.removeItem(EXPIRES_KEY);
  }
  listeners.forEach((l) => l(token));
}

export function clearAccessToken(reason: EndReason = 'signed-out'): void {
  const had = localStorage.getItem(TOKEN_KEY) !== null;
  localStorage.removeItem(TOKEN_KEY);
  localStorage.removeItem(EXPIRES_KEY);
  if (had) listeners.forEach((l) => l(null, reason));
}

export function onAccessTokenChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
