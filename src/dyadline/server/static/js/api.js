// Calls to the dyadline API; a 4xx/5xx answer becomes an ApiError carrying the server's message.
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export async function api(path, params = {}, init = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") query.set(key, String(value));
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: "application/json" }, ...init });
  let body = null;
  try {
    body = await response.json();
  } catch (err) {
    body = null;
  }
  if (!response.ok) {
    throw new ApiError(response.status, (body && body.error) || `${response.status} ${response.statusText}`);
  }
  return body;
}

export function postJSON(path, payload) {
  return api(path, {}, { method: "POST", body: JSON.stringify(payload), headers: { "Content-Type": "application/json", Accept: "application/json" } });
}

// Dates as ISO strings (YYYY-MM-DD), computed in UTC so no time zone shifts them.
export function periodEnd(period, freq) {
  const d = new Date(`${period}T00:00:00Z`);
  if (freq === "week") d.setUTCDate(d.getUTCDate() + 6);
  else if (freq === "month") d.setUTCMonth(d.getUTCMonth() + 1, 0);
  return d.toISOString().slice(0, 10);
}

export function periodLabel(period, freq) {
  return freq === "month" ? period.slice(0, 7) : period;
}
