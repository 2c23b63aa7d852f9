import fc from 'fast-check';
import { type Message, MessageSchema, type MessageType } from '@/lib/messaging/protocol';
import { type Handlers, routeMessage, type SenderInfo } from '@/lib/messaging/router';
import { pick, prng } from './fuzz';

/**
 * The background's front door under many thousands of random and malformed messages from every
 * kind of sender. Whatever comes in: routeMessage resolves (never throws), every refusal says why,
 * only a LeadLens page reaches a handler other than capture and get-capture-config, nothing from
 * another extension or a web page reaches one, and nothing invalid reaches one.
 */
const EXT = 'leadlensid';
const context = { extensionId: EXT, extensionOrigin: `chrome-extension://${EXT}/` };

type SenderKind = 'content-script' | 'extension-page' | 'other-extension' | 'web-page';
const SENDERS: Record<SenderKind, fc.Arbitrary<SenderInfo>> = {
  'content-script': fc.record({
    id: fc.constant(EXT),
    url: fc.constantFrom(
      'https://www.linkedin.com/in/ana/',
      'https://app.hubspot.com/contacts/1/record/0-1/2',
      // Look-alikes of the extension origin: still a web page.
      `https://chrome-extension.example/${EXT}/`,
      `chrome-extension://${EXT}.evil.example/`,
      `chrome-extension://${EXT}`,
    ),
    tab: fc.record({ id: fc.nat(10_000) }),
  }),
  'extension-page': fc.record(
    {
      id: fc.constant(EXT),
      url: fc
        .constantFrom('sidepanel.html', 'dashboard.html#model', 'sidepanel.html?lead=x')
        .map((page) => `chrome-extension://${EXT}/${page}`),
      tab: fc.record({ id: fc.nat(10_000) }),
    },
    { requiredKeys: ['id', 'url'] },
  ),
  'other-extension': fc.record(
    {
      id: fc.oneof(fc.constantFrom('evilid', `${EXT}x`, EXT.toUpperCase(), ''), fc.string()),
      url: fc.constantFrom(`chrome-extension://${EXT}/sidepanel.html`, 'chrome-extension://evilid/x.html'),
    },
    { requiredKeys: ['id'] },
  ),
  // A web page can only reach the background through externally_connectable (not declared): no id.
  'web-page': fc.record(
    { url: fc.constantFrom('https://evil.example/', `chrome-extension://${EXT}/sidepanel.html`) },
    { requiredKeys: [] },
  ),
};

const captureResult = {
  kind: 'profile',
  site: 'linkedin',
  fields: { name: 'Ana Popescu', title: 'CEO' },
  activities: [{ type: 'pricing-page-visit', at: '2026-11-20T10:00:00Z', dedupeKey: 'v1' }],
  diagnostics: [{ field: 'name', strategy: 'json-ld' }],
};

/** One valid message per type: the starting points the fuzzer corrupts. Types added later get `{ type }`. */
const VALID: Partial<Record<MessageType, unknown>> = {
  capture: { type: 'capture', url: 'https://www.linkedin.com/in/ana/', result: captureResult },
  'set-stage': { type: 'set-stage', leadId: 'L1', stage: 'sql', reason: 'Budget confirmed' },
  'import-model': { type: 'import-model', text: '{}', note: 'x' },
  'activate-model': { type: 'activate-model', modelId: 'model-2' },
  'get-capture-config': { type: 'get-capture-config' },
  'save-selector-override': {
    type: 'save-selector-override',
    override: { site: 'linkedin', field: 'title', selector: 'h2' },
  },
  'remove-selector-override': { type: 'remove-selector-override', site: 'linkedin', field: 'title' },
  'save-manual-lead': { type: 'save-manual-lead', fields: { name: 'Jan', email: 'jan@acme.nl' } },
  'save-answer': { type: 'save-answer', leadId: 'L1', itemId: 'need', status: 'met', answer: 'Excel' },
  'set-framework': { type: 'set-framework', leadId: 'L1', framework: 'meddic' },
  'save-call-notes': { type: 'save-call-notes', leadId: 'L1', noteId: 'n1', startedAt: 1, text: '[00:00] hi' },
  'end-call': { type: 'end-call', leadId: 'L1', noteId: 'n1' },
  'record-outcome': { type: 'record-outcome', leadId: 'L1', outcome: 'lost', reason: 'price' },
  'set-setting': { type: 'set-setting', key: 'sla-hours', value: 8 },
  'save-custom-framework': { type: 'save-custom-framework', framework: { id: 'mine' } },
  'update-lead-fields': { type: 'update-lead-fields', leadId: 'L1', fields: { name: 'Jan', website: 'acme.nl' } },
  'add-manual-activity': {
    type: 'add-manual-activity',
    leadId: 'L1',
    activity: { type: 'webinar-attendance', day: '2026-11-18', note: 'Spring' },
  },
  'capture-tab': { type: 'capture-tab', tabId: 7 },
};
/** Every message type the protocol knows, read from the schema so types added later are fuzzed too. */
const TYPES = [...(MessageSchema._zod.propValues.type ?? [])] as MessageType[];
const template = (type: MessageType) => VALID[type] ?? { type };
/** All a content script (a page LeadLens does not control) may ever reach. */
const CONTENT_SCRIPT_ALLOWED: ReadonlySet<MessageType> = new Set(['capture', 'get-capture-config']);

/** Values that break schemas: wrong types, huge and hostile strings, prototype keys. */
const nasty = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    null,
    undefined,
    Number.NaN,
    -1,
    1e308,
    '',
    ' ',
    'x'.repeat(3_000_000),
    '<img src=x onerror=alert(1)>',
    '__proto__',
    { __proto__: { type: 'set-stage' } },
    JSON.parse('{"__proto__": {"ok": true}}'),
    [],
  ),
);

/** A valid message with fields replaced, removed or added at random (seeded, reproducible). */
const corrupted = fc
  .tuple(fc.constantFrom(...TYPES), fc.integer(), fc.array(nasty, { maxLength: 4 }))
  .map(([type, seed, values]) => {
    const random = prng(seed);
    const message = structuredClone(template(type)) as Record<string, unknown>;
    for (const value of values) {
      const keys = Object.keys(message);
      const key = random() < 0.8 ? (pick(random, keys) ?? 'type') : `extra${Math.floor(random() * 3)}`;
      if (random() < 0.25) delete message[key];
      else message[key] = value;
    }
    return message as unknown;
  });

const messages = fc.oneof(
  { arbitrary: fc.constantFrom(...TYPES).map(template), weight: 3 },
  { arbitrary: corrupted, weight: 4 },
  { arbitrary: fc.record({ type: fc.oneof(fc.constantFrom(...TYPES), fc.string()) }), weight: 1 },
  { arbitrary: nasty, weight: 2 },
);

/** How a handler may end: a reply, an Error (even without a message), anything thrown, a sync throw. */
type Ending = 'reply' | 'error' | 'empty-error' | 'throw-string' | 'throw-undefined' | 'sync-throw';
const endings = fc.constantFrom<Ending>(
  'reply',
  'error',
  'empty-error',
  'throw-string',
  'throw-undefined',
  'sync-throw',
);

function handlersFor(ending: Ending, reached: MessageType[]): Handlers {
  const handler = (message: Message) => {
    reached.push(message.type);
    switch (ending) {
      case 'reply':
        return Promise.resolve({ ok: true as const });
      case 'error':
        return Promise.reject(new Error('no lead with id L1'));
      case 'empty-error':
        return Promise.reject(new Error(''));
      case 'throw-string':
        return Promise.reject('database closed');
      case 'throw-undefined':
        return Promise.reject(undefined);
      case 'sync-throw':
        throw new TypeError('cannot read properties of undefined');
    }
  };
  return Object.fromEntries(TYPES.map((type) => [type, handler])) as unknown as Handlers;
}

const RUNS_PER_SENDER = 5_000;
const SEED = 20_261_120;

describe('routeMessage under fuzzing', () => {
  it('fuzzes every message type of the protocol', () => {
    expect(TYPES.length).toBeGreaterThanOrEqual(Object.keys(VALID).length);
    for (const type of Object.keys(VALID)) expect(TYPES).toContain(type);
  });

  it.each(Object.keys(SENDERS) as SenderKind[])(
    `%s: ${RUNS_PER_SENDER} random and malformed messages, never a throw, always a reason, only allowed handlers`,
    async (kind) => {
      const counts = { handled: 0, refused: 0, failed: 0 };
      await fc.assert(
        fc.asyncProperty(SENDERS[kind], messages, endings, async (sender, raw, ending) => {
          const reached: MessageType[] = [];
          let reply: Awaited<ReturnType<typeof routeMessage>>;
          try {
            reply = await routeMessage(raw, sender, context, handlersFor(ending, reached));
          } catch (error) {
            throw new Error(`routeMessage threw: ${String(error)}`);
          }
          const valid = MessageSchema.safeParse(raw);
          expect(reached.length).toBeLessThanOrEqual(1);
          if (!reply.ok) {
            expect(typeof reply.error).toBe('string');
            expect(reply.error.trim()).not.toBe('');
          }
          const [type] = reached;
          if (type === undefined) {
            expect(reply.ok).toBe(false);
            counts.refused++;
            return;
          }
          // Reached a handler: only a valid message from LeadLens itself, and a content script only its two.
          expect(valid.success).toBe(true);
          expect(sender.id).toBe(EXT);
          expect(kind === 'content-script' || kind === 'extension-page').toBe(true);
          if (kind === 'content-script') expect(CONTENT_SCRIPT_ALLOWED.has(type)).toBe(true);
          if (reply.ok) counts.handled++;
          else counts.failed++;
        }),
        { seed: SEED + kind.length, numRuns: RUNS_PER_SENDER },
      );
      // The fuzzer must exercise both sides of the door, or it proves little.
      if (kind === 'content-script' || kind === 'extension-page') {
        expect(counts.handled + counts.failed).toBeGreaterThan(100);
      } else expect(counts.handled + counts.failed).toBe(0);
      expect(counts.refused).toBeGreaterThan(100);
    },
  );
});
