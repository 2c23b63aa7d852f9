import '@/lib/strictZod';
// The what-if off the UI thread: reads every lead from IndexedDB (same origin as the dashboard),
// scores it with the active and the edited model, and posts progress and the summary back.
import { getDatabase } from '@/lib/db/database';
import { runWhatIf } from '@/lib/db/whatIfRun';
import { type WhatIfReply, WhatIfRequestSchema } from '@/lib/scoring/whatIfProtocol';

const post = (message: WhatIfReply) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<unknown>) => {
  const request = WhatIfRequestSchema.safeParse(event.data);
  if (!request.success) {
    post({ type: 'failed', error: `bad request: ${request.error.issues[0]?.message ?? 'invalid'}` });
    return;
  }
  try {
    const { model, now, chunkSize } = request.data;
    const summary = await runWhatIf(getDatabase(), model, new Date(now), {
      chunkSize,
      onProgress: (done, total) => post({ type: 'progress', done, total }),
    });
    post({ type: 'done', summary });
  } catch (error) {
    post({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
  }
};
