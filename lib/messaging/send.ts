import type { Message, Reply } from './protocol';

/** Sends a message to the background and turns a refusal into an Error with its reason. */
export async function sendToBackground(message: Message): Promise<Reply & { ok: true }> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply | undefined;
  if (!reply) throw new Error('no reply from the background');
  if (!reply.ok) throw new Error(reply.error);
  return reply;
}
