/** Direct REST calls, to check what the UI did against the server's own state. */
export function apiClient(baseUrl) {
  const call = async (method, path, token, body) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    const json = text ? JSON.parse(text) : null;
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text.slice(0, 300)}`);
    return json;
  };
  return {
    async login(email, password = 'demo') {
      return call('POST', '/api/auth/login', null, { email, password });
    },
    get: (path, token) => call('GET', path, token),
  };
}
