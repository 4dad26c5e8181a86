import type { Reply } from '../../domain/api/envelope';
import { readSessionToken } from './session-store';
import type { Transport } from './transport';

/** The local runtime's HTTP contract: POST /api/fn/<name> with the event as JSON. */
export const transport: Transport = async (name, event) => {
  const token = readSessionToken();
  const response = await fetch(`/api/fn/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(event),
  });
  return (await response.json()) as Reply;
};
