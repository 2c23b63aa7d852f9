import type { CaptureResult } from '../capture/types';
import { endCall, saveCallNotes } from '../db/calls';
import { noLeadReason, saveCapture } from '../db/captures';
import type { LeadLensDB } from '../db/database';
import { addManualActivity, updateLeadFields } from '../db/manualEdits';
import { dismissMatch, mergeLeads, pinLeadField, undoMerge } from '../db/mergeLeads';
import { activateModel, importModelVersion } from '../db/models';
import { recordOutcome } from '../db/outcomes';
import { getOverrides, removeOverride, saveOverride } from '../db/overrides';
import { saveAnswer, saveCustomFramework, setFramework } from '../db/qualification';
import { rescoreAll } from '../db/rescore';
import { setSetting } from '../db/settings';
import { setManualStage } from '../db/stages';
import { CaptureMessageSchema, type Reply } from './protocol';
import type { Handlers } from './router';
import { type TabState, tabStateKey } from './tabState';

export interface HandlerDeps {
  db: LeadLensDB;
  now: () => Date;
  /** Remembers what the capture in a tab found (session storage in the extension). */
  setTabState: (key: string, state: TabState) => Promise<void>;
  /**
   * "Capture this page": runs the capture script in a tab (scripting.executeScript under
   * activeTab) and returns the tab's URL and what the script returned, unvalidated.
   */
  readTab?: (tabId: number) => Promise<{ url: string; result: unknown }>;
}

/** The background's message handlers: the only place that writes on behalf of other contexts. */
export function createHandlers({ db, now, setTabState, readTab }: HandlerDeps): Handlers {
  /** Stores a capture and remembers for its tab what it found (a content script's or "Capture this page"). */
  const storeCapture = async (result: CaptureResult, url: string, tabId: number | undefined): Promise<Reply> => {
    const at = now();
    const saved = await saveCapture(db, result, url, at);
    if (tabId !== undefined) {
      await setTabState(tabStateKey(tabId), {
        url,
        site: result.site,
        kind: result.kind,
        leadId: saved.leadId,
        fields: result.fields,
        updatedLeadIds: saved.updatedLeadIds,
        problem:
          noLeadReason(result) ??
          (saved.leadId || result.kind === 'company' ? null : 'page does not identify a person'),
        diagnostics: result.diagnostics,
        at: at.getTime(),
      });
    }
    return { ok: true, leadId: saved.leadId };
  };
  return {
    async capture(message, sender) {
      return storeCapture(message.result, message.url, sender.tab?.id);
    },
    async 'capture-tab'(message) {
      if (!readTab) throw new Error('capturing a tab is not available here');
      const read = await readTab(message.tabId);
      // What the injected script returned comes from the page: validated like any capture message.
      const parsed = CaptureMessageSchema.safeParse({ type: 'capture', url: read.url, result: read.result });
      if (!parsed.success) throw new Error('the page returned an unreadable capture');
      return storeCapture(parsed.data.result, parsed.data.url, message.tabId);
    },
    async 'update-lead-fields'(message) {
      await updateLeadFields(db, message.leadId, message.fields, now());
      return { ok: true, leadId: message.leadId };
    },
    async 'add-manual-activity'(message) {
      const { added } = await addManualActivity(db, message.leadId, message.activity, now());
      return { ok: true, leadId: message.leadId, added };
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
    async 'merge-leads'(message) {
      const merge = await mergeLeads(db, message.keptId, message.removedId, now());
      return { ok: true, leadId: merge.keptId };
    },
    async 'undo-merge'(message) {
      const merge = await undoMerge(db, message.mergeId, now());
      return { ok: true, leadId: merge.keptId };
    },
    async 'dismiss-match'(message) {
      await dismissMatch(db, message.leadId, message.otherId, now());
      return { ok: true, leadId: message.leadId };
    },
    async 'pin-field'(message) {
      await pinLeadField(db, message.leadId, message.field, message.entryKey, now());
      return { ok: true, leadId: message.leadId };
    },
    async 'activate-model'(message) {
      await activateModel(db, message.modelId);
      // Scores follow the model at once; the rescore runs on (and resumes) in the background.
      rescoreAll(db, now(), { cause: 'score' }).catch(console.error);
      return { ok: true, modelId: message.modelId };
    },
  };
}
