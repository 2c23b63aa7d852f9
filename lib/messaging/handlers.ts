import { endCall, saveCallNotes } from '../db/calls';
import { noLeadReason, saveCapture } from '../db/captures';
import type { LeadLensDB } from '../db/database';
import { activateModel, importModelVersion } from '../db/models';
import { recordOutcome } from '../db/outcomes';
import { getOverrides, removeOverride, saveOverride } from '../db/overrides';
import { saveAnswer, saveCustomFramework, setFramework } from '../db/qualification';
import { rescoreAll } from '../db/rescore';
import { setSetting } from '../db/settings';
import { setManualStage } from '../db/stages';
import type { Handlers } from './router';
import { type TabState, tabStateKey } from './tabState';

export interface HandlerDeps {
  db: LeadLensDB;
  now: () => Date;
  /** Remembers what the capture in a tab found (session storage in the extension). */
  setTabState: (key: string, state: TabState) => Promise<void>;
}

/** The background's message handlers: the only place that writes on behalf of other contexts. */
export function createHandlers({ db, now, setTabState }: HandlerDeps): Handlers {
  return {
    async capture(message, sender) {
      const at = now();
      const saved = await saveCapture(db, message.result, message.url, at);
      const tabId = sender.tab?.id;
      if (tabId !== undefined) {
        await setTabState(tabStateKey(tabId), {
          url: message.url,
          site: message.result.site,
          kind: message.result.kind,
          leadId: saved.leadId,
          fields: message.result.fields,
          updatedLeadIds: saved.updatedLeadIds,
          problem:
            noLeadReason(message.result) ??
            (saved.leadId || message.result.kind === 'company' ? null : 'page does not identify a person'),
          diagnostics: message.result.diagnostics,
          at: at.getTime(),
        });
      }
      return { ok: true, leadId: saved.leadId };
    },
    async 'set-stage'(message) {
      await setManualStage(db, message.leadId, message.stage, message.reason, now());
      return { ok: true, leadId: message.leadId };
    },
    async 'import-model'(message) {
      const result = await importModelVersion(db, message.text, now(), message.note);
      if (!result.ok) {
        return { ok: false, error: `the model file has ${result.errors.length} problem(s)`, problems: result.errors };
      }
      return { ok: true, modelId: result.record.id, version: result.record.version };
    },
    async 'get-capture-config'() {
      return { ok: true, overrides: await getOverrides(db) };
    },
    async 'save-selector-override'(message) {
      return { ok: true, overrides: await saveOverride(db, message.override) };
    },
    async 'remove-selector-override'(message) {
      return { ok: true, overrides: await removeOverride(db, message.site, message.field) };
    },
    async 'save-manual-lead'(message) {
      // A typed-in lead goes the same way as a capture: matched, merged, scored, with provenance.
      const { fields } = message;
      const diagnostics = Object.keys(fields).map((field) => ({ field, strategy: 'manual' }));
      const result = { kind: 'record' as const, site: 'manual', fields, activities: [], diagnostics };
      const url = message.url ?? fields.linkedinUrl ?? 'about:manual';
      const saved = await saveCapture(db, result, url, now());
      if (!saved.leadId) throw new Error('add a LinkedIn URL or an email so the lead can be found again');
      return { ok: true, leadId: saved.leadId };
    },
    async 'save-answer'(message) {
      const { type: _, ...input } = message;
      await saveAnswer(db, input, now());
      return { ok: true, leadId: message.leadId };
    },
    async 'set-framework'(message) {
      await setFramework(db, message.leadId, message.framework);
      return { ok: true, leadId: message.leadId };
    },
    async 'save-call-notes'(message) {
      const { type: _, ...input } = message;
      await saveCallNotes(db, input, now());
      return { ok: true, leadId: message.leadId };
    },
    async 'end-call'(message) {
      await endCall(db, message.leadId, message.noteId, now());
      return { ok: true, leadId: message.leadId };
    },
    async 'record-outcome'(message) {
      const { type: _, ...input } = message;
      await recordOutcome(db, input, now());
      return { ok: true, leadId: message.leadId };
    },
    async 'save-custom-framework'(message) {
      const saved = await saveCustomFramework(db, message.framework);
      if (!saved.ok) return { ok: false, error: 'the framework is not valid', problems: saved.errors };
      return { ok: true };
    },
    async 'set-setting'(message) {
      await setSetting(db, message.key, message.value);
      return { ok: true };
    },
    async 'activate-model'(message) {
      await activateModel(db, message.modelId);
      // Scores follow the model at once; the rescore runs on (and resumes) in the background.
      rescoreAll(db, now(), { cause: 'score' }).catch(console.error);
      return { ok: true, modelId: message.modelId };
    },
  };
}
