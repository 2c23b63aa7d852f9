import { STORAGE_FULL } from '../db/storageErrors';
import { t } from '../i18n';
import type { Message, Reply } from './protocol';

/**
 * Sends a message to the background and turns a refusal into an Error with its reason (a full
 * browser storage in the user's words, since pages show these messages as they are).
 */
export async function sendToBackground(message: Message): Promise<Reply & { ok: true }> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply | undefined;
  if (!reply) throw new Error('no reply from the background');
  if (!reply.ok) throw new Error(reply.code === STORAGE_FULL ? t('storageFull') : reply.error);
  return reply;
}
