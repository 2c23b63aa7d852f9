import { useEffect, useRef, useState } from 'react';
import type { ScoringModel } from '../scoring';
import type { WhatIfSummary } from '../scoring/whatIf';
import { WhatIfReplySchema, type WhatIfRequest } from '../scoring/whatIfProtocol';

export type WhatIfState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; summary: WhatIfSummary; model: ScoringModel }
  | { status: 'failed'; error: string };

export interface WhatIfControls {
  state: WhatIfState;
  run: (model: ScoringModel) => void;
  cancel: () => void;
}

/** Runs a what-if in a Web Worker (made by `createWorker`): progress, the summary, and cancel (stops the worker). */
export function useWhatIf(createWorker: () => Worker): WhatIfControls {
  const [state, setState] = useState<WhatIfState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  useEffect(() => () => worker.current?.terminate(), []);

  const stop = () => {
    worker.current?.terminate();
    worker.current = null;
  };

  const run = (model: ScoringModel) => {
    stop();
    const w = createWorker();
    worker.current = w;
    w.onmessage = (event: MessageEvent<unknown>) => {
      const reply = WhatIfReplySchema.safeParse(event.data);
      if (!reply.success) setState({ status: 'failed', error: 'the what-if worker sent an unreadable reply' });
      else if (reply.data.type === 'progress') setState({ status: 'running', ...reply.data });
      else if (reply.data.type === 'done') setState({ status: 'done', summary: reply.data.summary, model });
      else setState({ status: 'failed', error: reply.data.error });
      if (!reply.success || reply.data.type !== 'progress') stop();
    };
    w.onerror = (event) => {
      stop();
      setState({ status: 'failed', error: event.message || 'the what-if worker failed' });
    };
    setState({ status: 'running', done: 0, total: 0 });
    w.postMessage({ type: 'run', model, now: Date.now() } satisfies WhatIfRequest);
  };

  const cancel = () => {
    stop();
    setState({ status: 'idle' });
  };
  return { state, run, cancel };
}
