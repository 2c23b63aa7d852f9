// The reports off the UI thread: at 100,000 leads reading and counting takes tens of seconds and,
// on the page itself, froze it for up to 0.7 s at a time. Same origin as the dashboard, so the same IndexedDB.
import '@/lib/strictZod';
import { getDatabase } from '@/lib/db/database';
import { answerReportRequest } from '@/lib/db/reportData';
import type { FromReportsWorker, ToReportsWorker } from '@/lib/reports/workerProtocol';

self.onmessage = (event: MessageEvent<ToReportsWorker>) => {
  if (event.data?.type !== 'run') return;
  void answerReportRequest(getDatabase(), event.data, new Date(), (message: FromReportsWorker) =>
    self.postMessage(message),
  );
};
