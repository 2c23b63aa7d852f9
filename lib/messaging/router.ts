import { isQuotaExceeded, STORAGE_FULL } from '../db/storageErrors';
import { CONTENT_SCRIPT_MESSAGES, type Message, MessageSchema, type Reply } from './protocol';

/** The parts of `runtime.MessageSender` the router trusts. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export interface RouterContext {
  extensionId: string;
  /** The extension's own origin, e.g. "chrome-extension://abc/". */
  extensionOrigin: string;
}

export type Handlers = {
  [T in Message['type']]: (message: Extract<Message, { type: T }>, sender: SenderInfo) => Promise<Reply>;
};

/**
 * Validates and dispatches one incoming message. Refuses messages from other extensions or
 * web pages, and anything but captures from content scripts. Never throws: every refusal is
 * a reply that says why.
 */
export async function routeMessage(
  raw: unknown,
  sender: SenderInfo,
  context: RouterContext,
  handlers: Handlers,
): Promise<Reply> {
  if (sender.id !== context.extensionId) return { ok: false, error: 'refused: message from another extension' };
  const parsed = MessageSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return {
      ok: false,
      error: `invalid message: ${first ? `${first.path.join('.') || '(root)'}: ${first.message}` : 'unknown'}`,
    };
  }
  const message = parsed.data;
  // Extension pages (panel, dashboard) have our origin even when open in a tab; content scripts have the page's.
  const fromExtensionPage = sender.url?.startsWith(context.extensionOrigin) === true;
  if (!fromExtensionPage && !CONTENT_SCRIPT_MESSAGES.has(message.type)) {
    return { ok: false, error: `refused: ${message.type} is not allowed from a web page` };
  }
  try {
    const handler = handlers[message.type] as (m: Message, s: SenderInfo) => Promise<Reply>;
    return await handler(message, sender);
  } catch (error) {
    const said = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
    // Every refusal says why, even for an error thrown without a message.
    const reply: Reply = { ok: false, error: said.trim() || `${message.type} failed` };
    // The transaction rolled back; the page shows its own words for a full disk (lib/db/storageErrors).
    return isQuotaExceeded(error) ? { ...reply, code: STORAGE_FULL } : reply;
  }
}
