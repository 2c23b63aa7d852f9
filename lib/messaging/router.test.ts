import type { CaptureResult } from '../capture/types';
import type { Reply } from './protocol';
import { type Handlers, routeMessage, type SenderInfo } from './router';

const context = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const capture: CaptureResult = {
  kind: 'profile',
  site: 'linkedin',
  fields: { name: 'Ana Popescu' },
  activities: [],
  diagnostics: [],
};
const captureMessage = { type: 'capture', url: 'https://www.linkedin.com/in/ana/', result: capture };
const setStage = { type: 'set-stage', leadId: 'L1', stage: 'sql', reason: 'Budget confirmed' };

const answer = { type: 'save-answer', leadId: 'L1', itemId: 'need', status: 'met', answer: 'Replacing Excel' };
const override = { site: 'linkedin', field: 'title' as const, selector: 'h2.title' };

const contentScript: SenderInfo = { id: 'ext-id', url: 'https://www.linkedin.com/in/ana/', tab: { id: 3 } };
const sidePanel: SenderInfo = { id: 'ext-id', url: 'chrome-extension://ext-id/sidepanel.html' };
const panelInTab: SenderInfo = { id: 'ext-id', url: 'chrome-extension://ext-id/sidepanel.html', tab: { id: 9 } };
const otherExtension: SenderInfo = { id: 'evil', url: 'chrome-extension://evil/x.html' };

function recordingHandlers(calls: string[]): Handlers {
  return {
    capture: async (m) => {
      calls.push(`capture:${m.result.fields.name}`);
      return { ok: true, leadId: 'L1' };
    },
    'set-stage': async (m) => {
      calls.push(`set-stage:${m.stage}`);
      return { ok: true, leadId: m.leadId };
    },
    'import-model': async () => {
      calls.push('import-model');
      return { ok: true, modelId: 'model-2' };
    },
    'activate-model': async (m) => {
      calls.push(`activate-model:${m.modelId}`);
      return { ok: true, modelId: m.modelId };
    },
    'get-capture-config': async () => {
      calls.push('get-capture-config');
      return { ok: true, overrides: [] };
    },
    'save-selector-override': async (m) => {
      calls.push(`save-selector-override:${m.override.field}`);
      return { ok: true, overrides: [m.override] };
    },
    'remove-selector-override': async (m) => {
      calls.push(`remove-selector-override:${m.field}`);
      return { ok: true, overrides: [] };
    },
    'save-answer': async (m) => {
      calls.push(`save-answer:${m.itemId}=${m.status}`);
      return { ok: true, leadId: m.leadId };
    },
    'set-framework': async (m) => {
      calls.push(`set-framework:${m.framework}`);
      return { ok: true, leadId: m.leadId };
    },
    'save-call-notes': async (m) => {
      calls.push(`save-call-notes:${m.text.length}`);
      return { ok: true, leadId: m.leadId };
    },
    'end-call': async (m) => {
      calls.push(`end-call:${m.noteId}`);
      return { ok: true, leadId: m.leadId };
    },
    'record-outcome': async (m) => {
      calls.push(`record-outcome:${m.outcome}`);
      return { ok: true, leadId: m.leadId };
    },
    'save-custom-framework': async () => {
      calls.push('save-custom-framework');
      return { ok: true };
    },
    'set-setting': async (m) => {
      calls.push(`set-setting:${m.key}=${m.value}`);
      return { ok: true };
    },
    'save-manual-lead': async (m) => {
      calls.push(`save-manual-lead:${m.fields.name}`);
      return { ok: true, leadId: 'L2' };
    },
    'merge-leads': async (m) => {
      calls.push(`merge-leads:${m.removedId}->${m.keptId}`);
      return { ok: true, leadId: m.keptId };
    },
    'undo-merge': async (m) => {
      calls.push(`undo-merge:${m.mergeId}`);
      return { ok: true, leadId: 'L1' };
    },
    'dismiss-match': async (m) => {
      calls.push(`dismiss-match:${m.leadId}|${m.otherId}`);
      return { ok: true, leadId: m.leadId };
    },
    'pin-field': async (m) => {
      calls.push(`pin-field:${m.field}=${m.entryKey}`);
      return { ok: true, leadId: m.leadId };
    },
    'update-lead-fields': async (m) => {
      calls.push(`update-lead-fields:${m.fields.email ?? ''}`);
      return { ok: true, leadId: m.leadId };
    },
    'add-manual-activity': async (m) => {
      calls.push(`add-manual-activity:${m.activity.type}@${m.activity.day}`);
      return { ok: true, leadId: m.leadId, added: true };
    },
    'capture-tab': async (m) => {
      calls.push(`capture-tab:${m.tabId}`);
      return { ok: true, leadId: null };
    },
  };
}

describe('routeMessage', () => {
  it.each<[string, unknown, SenderInfo, Reply | RegExp, string[]]>([
    [
      'capture from a content script',
      captureMessage,
      contentScript,
      { ok: true, leadId: 'L1' },
      ['capture:Ana Popescu'],
    ],
    ['capture from the panel', captureMessage, sidePanel, { ok: true, leadId: 'L1' }, ['capture:Ana Popescu']],
    ['set-stage from the panel', setStage, sidePanel, { ok: true, leadId: 'L1' }, ['set-stage:sql']],
    ['set-stage from the panel open in a tab', setStage, panelInTab, { ok: true, leadId: 'L1' }, ['set-stage:sql']],
    ['set-stage from a content script', setStage, contentScript, /set-stage is not allowed from a web page/, []],
    [
      'a framework from a content script',
      { type: 'save-custom-framework', framework: {} },
      contentScript,
      /not allowed/,
      [],
    ],
    [
      'a setting from the dashboard',
      { type: 'set-setting', key: 'sla-hours', value: 8 },
      sidePanel,
      { ok: true },
      ['set-setting:sla-hours=8'],
    ],
    [
      'a setting of the wrong type',
      { type: 'set-setting', key: 'sla-hours', value: 'soon' },
      sidePanel,
      /invalid message: value/,
      [],
    ],
    [
      'a setting that does not exist',
      { type: 'set-setting', key: 'sla-notified', value: [] },
      sidePanel,
      /invalid message/,
      [],
    ],
    [
      'a setting from a content script',
      { type: 'set-setting', key: 'sla-notifications', value: false },
      contentScript,
      /not allowed/,
      [],
    ],
    ['an answer from the panel', answer, sidePanel, { ok: true, leadId: 'L1' }, ['save-answer:need=met']],
    ['an answer from a content script', answer, contentScript, /save-answer is not allowed/, []],
    ['an answer with an unknown status', { ...answer, status: 'maybe' }, sidePanel, /invalid message: status/, []],
    [
      'call notes from a content script',
      { type: 'save-call-notes', leadId: 'L1', noteId: 'n', startedAt: 1, text: 'x' },
      contentScript,
      /not allowed/,
      [],
    ],
    [
      'an outcome from a content script',
      { type: 'record-outcome', leadId: 'L1', outcome: 'won' },
      contentScript,
      /not allowed/,
      [],
    ],
    [
      'an outcome from the panel',
      { type: 'record-outcome', leadId: 'L1', outcome: 'won' },
      sidePanel,
      { ok: true, leadId: 'L1' },
      ['record-outcome:won'],
    ],
    [
      'capture config from a content script',
      { type: 'get-capture-config' },
      contentScript,
      { ok: true, overrides: [] },
      ['get-capture-config'],
    ],
    [
      'an override from a content script',
      { type: 'save-selector-override', override },
      contentScript,
      /not allowed from a web page/,
      [],
    ],
    [
      'an override from the panel',
      { type: 'save-selector-override', override },
      sidePanel,
      { ok: true, overrides: [override] },
      ['save-selector-override:title'],
    ],
    [
      'an override with a bad attribute',
      { type: 'save-selector-override', override: { ...override, attribute: 'on click' } },
      sidePanel,
      /override\.attribute/,
      [],
    ],
    [
      'removing an override from a content script',
      { type: 'remove-selector-override', site: 'linkedin', field: 'title' },
      contentScript,
      /not allowed/,
      [],
    ],
    [
      'a manual lead from a content script',
      { type: 'save-manual-lead', fields: { name: 'X' } },
      contentScript,
      /not allowed/,
      [],
    ],
    [
      'a manual lead with a bad email',
      { type: 'save-manual-lead', fields: { name: 'X', email: 'x@' } },
      sidePanel,
      /fields\.email: Expected an email/,
      [],
    ],
    [
      'a manual lead from the panel',
      { type: 'save-manual-lead', fields: { name: 'X' } },
      sidePanel,
      { ok: true, leadId: 'L2' },
      ['save-manual-lead:X'],
    ],
    [
      'a model import from the dashboard',
      { type: 'import-model', text: '{}' },
      sidePanel,
      { ok: true, modelId: 'model-2' },
      ['import-model'],
    ],
    [
      'a model import from a content script',
      { type: 'import-model', text: '{}' },
      contentScript,
      /import-model is not allowed/,
      [],
    ],
    [
      'activating a model from a content script',
      { type: 'activate-model', modelId: 'x' },
      contentScript,
      /activate-model is not allowed/,
      [],
    ],
    [
      'activating a model from the dashboard',
      { type: 'activate-model', modelId: 'm' },
      sidePanel,
      { ok: true, modelId: 'm' },
      ['activate-model:m'],
    ],
    [
      'a lead edit from the panel (email lower-cased)',
      { type: 'update-lead-fields', leadId: 'L1', fields: { name: 'Ana', email: 'Ana@X.RO' } },
      sidePanel,
      { ok: true, leadId: 'L1' },
      ['update-lead-fields:ana@x.ro'],
    ],
    [
      'a lead edit from a content script',
      { type: 'update-lead-fields', leadId: 'L1', fields: { name: 'Ana' } },
      contentScript,
      /update-lead-fields is not allowed/,
      [],
    ],
    [
      'a lead edit with a bad website',
      { type: 'update-lead-fields', leadId: 'L1', fields: { name: 'Ana', website: 'not a site' } },
      sidePanel,
      /fields\.website: Expected a website/,
      [],
    ],
    [
      'a manual activity from the panel',
      { type: 'add-manual-activity', leadId: 'L1', activity: { type: 'webinar-attendance', day: '2026-11-18' } },
      sidePanel,
      { ok: true, leadId: 'L1', added: true },
      ['add-manual-activity:webinar-attendance@2026-11-18'],
    ],
    [
      'a manual activity from a content script',
      { type: 'add-manual-activity', leadId: 'L1', activity: { type: 'demo-request', day: '2026-11-18' } },
      contentScript,
      /add-manual-activity is not allowed/,
      [],
    ],
    [
      'a manual activity without a date',
      { type: 'add-manual-activity', leadId: 'L1', activity: { type: 'demo-request', day: 'yesterday' } },
      sidePanel,
      /activity\.day: Expected a date/,
      [],
    ],
    [
      'capture a tab from the panel',
      { type: 'capture-tab', tabId: 4 },
      sidePanel,
      { ok: true, leadId: null },
      ['capture-tab:4'],
    ],
    [
      'capture a tab from a content script',
      { type: 'capture-tab', tabId: 4 },
      contentScript,
      /capture-tab is not allowed/,
      [],
    ],
    [
      'a merge from the panel',
      { type: 'merge-leads', keptId: 'L1', removedId: 'L2' },
      sidePanel,
      { ok: true, leadId: 'L1' },
      ['merge-leads:L2->L1'],
    ],
    [
      'a merge from a content script',
      { type: 'merge-leads', keptId: 'L1', removedId: 'L2' },
      contentScript,
      /merge-leads is not allowed from a web page/,
      [],
    ],
    ['a merge without the kept lead', { type: 'merge-leads', removedId: 'L2' }, sidePanel, /keptId/, []],
    [
      'undoing a merge from a content script',
      { type: 'undo-merge', mergeId: 'm1' },
      contentScript,
      /undo-merge is not allowed/,
      [],
    ],
    [
      'undoing a merge from the panel',
      { type: 'undo-merge', mergeId: 'm1' },
      sidePanel,
      { ok: true, leadId: 'L1' },
      ['undo-merge:m1'],
    ],
    [
      '"not the same person" from a content script',
      { type: 'dismiss-match', leadId: 'L1', otherId: 'L2' },
      contentScript,
      /dismiss-match is not allowed/,
      [],
    ],
    [
      'a pin from a content script',
      { type: 'pin-field', leadId: 'L1', field: 'title', entryKey: 'manual||string:CEO' },
      contentScript,
      /pin-field is not allowed/,
      [],
    ],
    [
      'an unpin from the panel',
      { type: 'pin-field', leadId: 'L1', field: 'title', entryKey: null },
      sidePanel,
      { ok: true, leadId: 'L1' },
      ['pin-field:title=null'],
    ],
    [
      'a pin of a field that does not exist',
      { type: 'pin-field', leadId: 'L1', field: 'salary', entryKey: 'x' },
      sidePanel,
      /invalid message: field/,
      [],
    ],
    ['anything from another extension', captureMessage, otherExtension, /another extension/, []],
    ['a sender without id', captureMessage, { url: 'https://evil.example/' }, /another extension/, []],
    ['an unknown type', { type: 'delete-all' }, sidePanel, /invalid message: type/, []],
    ['not an object', 'hello', sidePanel, /invalid message/, []],
    ['null', null, sidePanel, /invalid message/, []],
    ['a stage that does not exist', { ...setStage, stage: 'won' }, sidePanel, /invalid message: stage/, []],
    ['an empty reason', { ...setStage, reason: '  ' }, sidePanel, /invalid message: reason/, []],
    [
      'a capture with a bad kind',
      { ...captureMessage, result: { ...capture, kind: 'x' } },
      contentScript,
      /result\.kind/,
      [],
    ],
    [
      'a capture with a huge name',
      { ...captureMessage, result: { ...capture, fields: { name: 'x'.repeat(10_000) } } },
      contentScript,
      /result\.fields\.name/,
      [],
    ],
    ['a capture with a bad url', { ...captureMessage, url: 'not a url' }, contentScript, /invalid message: url/, []],
  ])('%s', async (_, message, sender, expected, expectedCalls) => {
    const calls: string[] = [];
    const reply = await routeMessage(message, sender, context, recordingHandlers(calls));
    if (expected instanceof RegExp) {
      expect(reply.ok).toBe(false);
      expect(reply.ok ? '' : reply.error).toMatch(expected);
    } else {
      expect(reply).toEqual(expected);
    }
    expect(calls).toEqual(expectedCalls);
  });

  it('turns a handler failure into a reply instead of throwing', async () => {
    const handlers = recordingHandlers([]);
    handlers['set-stage'] = async () => {
      throw new Error('no lead with id L1');
    };
    expect(await routeMessage(setStage, sidePanel, context, handlers)).toEqual({
      ok: false,
      error: 'no lead with id L1',
    });
  });
});
