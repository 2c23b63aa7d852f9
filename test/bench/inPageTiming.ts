import type { Page } from '@playwright/test';

// Latencies measured inside the page, on its own clock, so a figure is LeadLens's time and not
// Playwright's: a locator wait polls at growing intervals (up to 500 ms apart), and an action
// first waits for its element to be visible and stable. Each watcher records when a condition
// on the DOM first holds (a MutationObserver, so no polling), then waits for the next frame to be
// painted when the page is visible (a background tab paints no frames; its DOM time is used).

/** A JavaScript expression over `document`, true once the awaited content is shown. */
export type Condition = string;

const GIVE_UP_MS = 60_000;

/** Reads the in-page result, or fails after a minute naming the condition that never held. */
async function shownAt(page: Page, expression: string, condition: Condition): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not shown within ${GIVE_UP_MS} ms: ${condition}`)), GIVE_UP_MS);
  });
  try {
    return await Promise.race([page.evaluate(expression), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** In-page source: calls `done(ms)` with performance.now() once `condition` holds and is painted. */
function watcherSource(condition: Condition, done: string): string {
  return `(() => {
    const holds = () => { try { return Boolean(${condition}); } catch { return false; } };
    const finish = () => {
      const inDom = performance.now();
      if (document.visibilityState !== 'visible') return ${done}(inDom);
      requestAnimationFrame(() => setTimeout(() => ${done}(performance.now())));
    };
    if (holds()) return finish();
    const observer = new MutationObserver(() => {
      if (!holds()) return;
      observer.disconnect();
      finish();
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  })()`;
}

/**
 * Milliseconds from a page's navigation start until `condition` holds, painted. Call before the
 * page navigates; `navigate` starts the navigation (for example `page.goto(url)`).
 */
export async function timeOpen(page: Page, condition: Condition, navigate: () => Promise<unknown>): Promise<number> {
  // The document node exists before any of the page's own scripts run: observe it from there.
  await page.addInitScript(
    `globalThis.__leadlensShownAt = new Promise((resolve) => ${watcherSource(condition, 'resolve')});`,
  );
  await navigate();
  return shownAt(page, 'globalThis.__leadlensShownAt', condition) as Promise<number>;
}

/**
 * Starts watching an already open page for `condition`; the returned function resolves as soon as
 * it held (an evaluation awaiting an in-page promise: no polling), to the page's time of it.
 */
export async function watchFor(page: Page, condition: Condition): Promise<() => Promise<number>> {
  // void: evaluate would otherwise wait for the promise it returns.
  await page.evaluate(
    `void (globalThis.__leadlensShownAt = new Promise((resolve) => ${watcherSource(condition, 'resolve')}))`,
  );
  return () => shownAt(page, 'globalThis.__leadlensShownAt', condition) as Promise<number>;
}

/**
 * Milliseconds from the first input event `action` causes in the page (its event timestamp) until
 * `condition` holds, painted. `condition` must be false before the action.
 */
export async function timeReaction(page: Page, condition: Condition, action: () => Promise<unknown>): Promise<number> {
  await page.evaluate(
    `(() => {
      globalThis.__leadlensInputAt = undefined;
      if (!globalThis.__leadlensListening) {
        globalThis.__leadlensListening = true;
        const first = (event) => { globalThis.__leadlensInputAt ??= event.timeStamp; };
        for (const type of ['keydown', 'input', 'change', 'click']) document.addEventListener(type, first, { capture: true });
      }
      globalThis.__leadlensShownAt = new Promise((resolve) => ${watcherSource(condition, 'resolve')});
    })()`,
  );
  await action();
  const [inputAt, shown] = (await shownAt(
    page,
    'globalThis.__leadlensShownAt.then((shown) => [globalThis.__leadlensInputAt, shown])',
    condition,
  )) as [number | undefined, number];
  if (inputAt === undefined) throw new Error('the action caused no input event in the page');
  return shown - inputAt;
}
