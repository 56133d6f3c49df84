/** Direct REST calls, to check what the UI did against the server's own state. */
export function apiClient(baseUrl) {
  const call = async (method, path, token, body, headers = {}) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(body ? { 'Content-Type': 'application/json' } : {}),
        ...headers,
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    const json = text ? JSON.parse(text) : null;
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text.slice(0, 300)}`);
    return json;
  };
  const sessions = new Map();
  return {
    /** One sign-in per account for the whole run (the login endpoint is rate-limited). */
    async login(email, password = 'demo') {
      if (!sessions.has(email)) sessions.set(email, call('POST', '/api/auth/login', null, { email, password }));
      return sessions.get(email);
    },
    get: (path, token) => call('GET', path, token),
    /** A write the scenario needs to have happened earlier (a sale of another day), the way a till would send it. */
    post: (path, token, body, headers) => call('POST', path, token, body, headers),
  };
}
