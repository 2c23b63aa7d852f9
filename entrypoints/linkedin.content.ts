import { extractLinkedInPage } from '@/lib/capture/linkedinPage';
import type { SelectorOverride } from '@/lib/capture/types';
import { watchPage } from '@/lib/capture/watchPage';
import type { Message, Reply } from '@/lib/messaging/protocol';
import { RECAPTURE } from '@/lib/messaging/tabCommands';

// Runs on LinkedIn profile, Sales Navigator lead and company pages. It only reads the page and
// sends what it found; the background validates, stores and scores.
export default defineContentScript({
  matches: [
    'https://www.linkedin.com/in/*',
    'https://www.linkedin.com/sales/lead/*',
    'https://www.linkedin.com/company/*',
  ],
  // Started before the page is parsed, so asking the background for the selector overrides
  // overlaps the parsing of LinkedIn's large HTML instead of following it. Extraction still waits
  // for the parsed DOM (a half-parsed sign-in wall must never look like a profile); LinkedIn
  // renders the rest itself, and watchPage follows it.
  runAt: 'document_start',
  main(ctx) {
    let stop = () => {};
    const restart = async (url: URL) => {
      stop();
      const [overrides] = await Promise.all([loadOverrides(), parsed()]);
      if (!ctx.isValid) return;
      stop = watch(url, overrides);
    };
    void restart(new URL(location.href));
    // LinkedIn is a single-page app: a new profile arrives without a reload.
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => void restart(newUrl));
    // The side panel asks for a fresh capture after the user fixed a selector.
    browser.runtime.onMessage.addListener((message) => {
      if (message === RECAPTURE) void restart(new URL(location.href));
    });
    ctx.onInvalidated(() => stop());
  },
});

/** Resolves once the HTML is parsed (at once for a single-page navigation). */
function parsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

async function loadOverrides(): Promise<SelectorOverride[]> {
  try {
    const message: Message = { type: 'get-capture-config' };
    const reply = (await browser.runtime.sendMessage(message)) as Reply | undefined;
    return reply?.ok ? (reply.overrides ?? []) : [];
  } catch {
    return []; // the extension was reloaded: capture without overrides
  }
}

function watch(url: URL, overrides: SelectorOverride[]): () => void {
  return watchPage(
    document,
    url,
    (doc, pageUrl) => extractLinkedInPage(doc, pageUrl, { overrides }),
    (result) => {
      const message: Message = { type: 'capture', url: url.href, result };
      browser.runtime.sendMessage(message).catch(() => {
        // The extension was reloaded or updated: this page's script is orphaned, nothing to do.
      });
    },
  );
}
