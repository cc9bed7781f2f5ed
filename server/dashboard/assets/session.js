/**
 * The staff member's API token, kept in sessionStorage only (it ends with the tab), and the one
 * function that calls /api/v1 with it. A 401 means the token is gone or revoked: back to /entrar.
 */
const key = 'pulso-token';

export const storedToken = () => sessionStorage.getItem(key);
export const keepToken = (token) => sessionStorage.setItem(key, token);

export function signOut() {
  sessionStorage.removeItem(key);
  location.replace('/entrar');
}

/** A refusal of the API, with its pt-BR message. */
export class ApiFailure extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export async function api(path, { method = 'GET', body } = {}) {
  const response = await fetch(`/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${storedToken()}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401) signOut();
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiFailure(response.status, answer.error ?? '');
  return answer;
}
