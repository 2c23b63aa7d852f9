import { extractFromPage } from '@/lib/capture';
import { watchPage } from '@/lib/capture/watchPage';
import type { Message } from '@/lib/messaging/protocol';

// Runs on LinkedIn profile, Sales Navigator lead and company pages. It only reads the page and
// sends what it found; the background validates, stores and scores.
export default defineContentScript({
  matches: [
    'https://www.linkedin.com/in/*',
    'https://www.linkedin.com/sales/lead/*',
    'https://www.linkedin.com/company/*',
  ],
  runAt: 'document_idle',
  main(ctx) {
    let stop = watch(new URL(location.href));
    // LinkedIn is a single-page app: a new profile arrives without a reload.
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
      stop();
      stop = watch(newUrl);
    });
    ctx.onInvalidated(() => stop());
  },
});

function watch(url: URL): () => void {
  return watchPage(document, url, extractFromPage, (result) => {
    const message: Message = { type: 'capture', url: url.href, result };
    browser.runtime.sendMessage(message).catch(() => {
      // The extension was reloaded or updated: this page's script is orphaned, nothing to do.
    });
  });
}
