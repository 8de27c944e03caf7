import { errorFromResponse } from './fetch';

export type WatchEvent = {
  type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';
  object: {
    metadata?: { resourceVersion?: string; uid?: string; name?: string; namespace?: string };
    code?: number;
    message?: string;
  };
};

/** Reads a `watch=true` response: one JSON event per line, until the server ends it or we abort. */
export const readWatchStream = async (
  url: string,
  signal: AbortSignal,
  onEvent: (event: WatchEvent) => void,
): Promise<void> => {
  const response = await fetch(url, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
    signal,
  });
  if (!response.ok) throw await errorFromResponse(response);
  if (!response.body) throw new Error(`Watch ${url} returned no body`);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffered += decoder.decode(value, { stream: true });
    let newline = buffered.indexOf('\n');
    while (newline >= 0) {
      const line = buffered.slice(0, newline).trim();
      buffered = buffered.slice(newline + 1);
      if (line) onEvent(JSON.parse(line) as WatchEvent);
      newline = buffered.indexOf('\n');
    }
  }
  const rest = buffered.trim();
  if (rest) onEvent(JSON.parse(rest) as WatchEvent);
};
