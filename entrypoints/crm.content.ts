import { extractCrmPage } from '@/lib/capture/crm';
import type { SelectorOverride } from '@/lib/capture/types';
import { watchPage } from '@/lib/capture/watchPage';
import type { Message, Reply } from '@/lib/messaging/protocol';
import { RECAPTURE } from '@/lib/messaging/tabCommands';

// Runs on CRM record pages, only on the CRMs the user turned on: the background registers it
// at run time (lib/crmScripts.ts) for exactly the granted hosts, so it is not in the manifest
// and has no `matches` of its own (WXT would make those required host permissions).
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    let stop = () => {};
    const restart = async (url: URL) => {
      stop();
      const overrides = await loadOverrides();
      if (!ctx.isValid) return;
      stop = watch(url, overrides);
    };
    void restart(new URL(location.href));
    // CRMs are single-page apps: the next record opens without a page load.
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => void restart(newUrl));
    browser.runtime.onMessage.addListener((message) => {
      if (message === RECAPTURE) void restart(new URL(location.href));
    });
    ctx.onInvalidated(() => stop());
  },
});

async function loadOverrides(): Promise<SelectorOverride[]> {
  try {
    const message: Message = { type: 'get-capture-config' };
    const reply = (await browser.runtime.sendMessage(message)) as Reply | undefined;
    return reply?.ok ? (reply.overrides ?? []) : [];
  } catch {
    return [];
  }
}

function watch(url: URL, overrides: SelectorOverride[]): () => void {
  return watchPage(
    document,
    url,
    (doc, pageUrl) => extractCrmPage(doc, pageUrl, overrides),
    (result) => {
      // List views and other non-record pages report nothing: the panel keeps what it showed.
      if (result.kind === 'unsupported') return;
      const message: Message = { type: 'capture', url: url.href, result };
      browser.runtime.sendMessage(message).catch(() => {});
    },
  );
}
