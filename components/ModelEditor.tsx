import { useMemo, useState } from 'react';
import type { ModelVersion } from '@/lib/hooks/useModels';
import { useWhatIf } from '@/lib/hooks/useWhatIf';
import { t } from '@/lib/i18n';
import { defaultModel, type ScoringModel } from '@/lib/scoring';
import {
  addRule,
  errorsAt,
  type ModelForm,
  modelToForm,
  moveRule,
  type RuleSection,
  removeRule,
  replaceItem,
  validateForm,
} from '@/lib/scoring/editModel';
import { DecayFields } from './DecayFields';
import { DomainFields } from './DomainFields';
import { EditorField } from './EditorField';
import { EngagementRuleRow } from './EngagementRuleRow';
import { FitRuleRow } from './FitRuleRow';
import { KnockoutRow } from './KnockoutRow';
import { ThresholdFields } from './ThresholdFields';
import { WhatIfPanel } from './WhatIfPanel';

export type SaveOutcome = { ok: true; version: number; activated: boolean } | { ok: false; error: string };

interface Props {
  /** Every stored version, newest first; the active one is where an edit starts. */
  versions: ModelVersion[];
  createWhatIfWorker: () => Worker;
  onSave: (model: ScoringModel, note: string, activate: boolean) => Promise<SaveOutcome>;
}

const SECTIONS: {
  section: RuleSection;
  heading: 'meFitHeading' | 'meKnockoutHeading' | 'meEngagementHeading';
  add: 'meAddFit' | 'meAddKnockout' | 'meAddEngagement';
}[] = [
  { section: 'fitRules', heading: 'meFitHeading', add: 'meAddFit' },
  { section: 'knockouts', heading: 'meKnockoutHeading', add: 'meAddKnockout' },
  { section: 'engagementRules', heading: 'meEngagementHeading', add: 'meAddEngagement' },
];

/**
 * The scoring model in forms: start from any version, edit rules, decay and thresholds (checked as
 * you type, each problem next to its field), try the edit on every stored lead, save it as a new version.
 */
export function ModelEditor({ versions, createWhatIfWorker, onSave }: Props) {
  const valid = versions.filter((v): v is ModelVersion & { model: ScoringModel } => v.model !== null);
  const start = valid.find((v) => v.record.active === 1) ?? valid[0];
  const [picked, setStartId] = useState(start?.record.id ?? '');
  // Versions load live: a pick that is not (yet) among them falls back to the active one.
  const startId = valid.some((v) => v.record.id === picked) ? picked : (start?.record.id ?? '');
  // Before anything was captured no version is stored yet: start from the shipped model.
  const [form, setForm] = useState<ModelForm>(() => modelToForm(start?.model ?? defaultModel));
  const [added, setAdded] = useState<ReadonlySet<string>>(new Set());
  const [note, setNote] = useState('');
  const [activate, setActivate] = useState(true);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const whatIf = useWhatIf(createWhatIfWorker);
  const { model, errors } = useMemo(() => validateForm(form), [form]);
  const modelJson = useMemo(() => JSON.stringify(model), [model]);
  const triedJson = useMemo(
    () => (whatIf.state.status === 'done' ? JSON.stringify(whatIf.state.model) : null),
    [whatIf.state],
  );

  const edit = (next: ModelForm) => {
    setForm(next);
    setOutcome(null);
  };
  const add = (section: RuleSection) => {
    const next = addRule(form, section);
    const rule = next[section].at(-1);
    if (rule) setAdded(new Set([...added, rule.key]));
    edit(next);
  };
  const rowProps = (section: RuleSection, index: number, key: string) => ({
    index,
    count: form[section].length,
    errors,
    startOpen: added.has(key),
    onMove: (to: number) => edit(moveRule(form, section, index, to)),
    onRemove: () => edit(removeRule(form, section, index)),
  });
  const problems = [...errors].flatMap(([path, messages]) => messages.map((m) => ({ path, message: m })));

  return (
    <section aria-labelledby="editor-heading" className="card model-editor">
      <h2 id="editor-heading">{t('meHeading')}</h2>
      <div className="row wrap">
        <label>
          {t('meStartFrom')}{' '}
          <select value={startId} onChange={(e) => setStartId(e.target.value)}>
            {valid.map((v) => (
              <option key={v.record.id} value={v.record.id}>
                {t('versionCreated', v.record.version, v.model.name)}
                {v.record.active === 1 ? ` (${t('versionActive')})` : ''}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={() => {
            const version = valid.find((v) => v.record.id === startId);
            if (version) edit(modelToForm(version.model));
            setAdded(new Set());
          }}
        >
          {t('meLoad')}
        </button>
      </div>
      <div className="row wrap">
        <EditorField
          label={t('meName')}
          value={form.name}
          onChange={(name) => edit({ ...form, name })}
          errors={errorsAt(errors, 'name')}
        />
        <EditorField
          label={t('meDescription')}
          value={form.description}
          onChange={(description) => edit({ ...form, description })}
          errors={errorsAt(errors, 'description')}
          className="wide"
        />
      </div>
      {SECTIONS.map(({ section, heading, add: addLabel }) => (
        <fieldset key={section} className="editor-block">
          <legend>{t(heading)}</legend>
          <ol className="editor-rules">
            {section === 'fitRules' &&
              form.fitRules.map((rule, i) => (
                <FitRuleRow
                  key={rule.key}
                  rule={rule}
                  onChange={(r) => edit({ ...form, fitRules: replaceItem(form.fitRules, i, r) })}
                  {...rowProps(section, i, rule.key)}
                />
              ))}
            {section === 'knockouts' &&
              form.knockouts.map((rule, i) => (
                <KnockoutRow
                  key={rule.key}
                  rule={rule}
                  onChange={(r) => edit({ ...form, knockouts: replaceItem(form.knockouts, i, r) })}
                  {...rowProps(section, i, rule.key)}
                />
              ))}
            {section === 'engagementRules' &&
              form.engagementRules.map((rule, i) => (
                <EngagementRuleRow
                  key={rule.key}
                  rule={rule}
                  decayGroups={form.decayGroups.map((g) => g.name)}
                  onChange={(r) => edit({ ...form, engagementRules: replaceItem(form.engagementRules, i, r) })}
                  {...rowProps(section, i, rule.key)}
                />
              ))}
          </ol>
          <button type="button" onClick={() => add(section)}>
            {t(addLabel)}
          </button>
        </fieldset>
      ))}
      <DecayFields form={form} errors={errors} onChange={edit} />
      <ThresholdFields
        thresholds={form.thresholds}
        errors={errors}
        onChange={(thresholds) => edit({ ...form, thresholds })}
      />
      <DomainFields form={form} errors={errors} onChange={edit} />
      {problems.length > 0 ? (
        <div className="editor-problems">
          <p className="field-error">{t('meProblems', problems.length)}</p>
          <ul>
            {problems.map((p) => (
              <li key={`${p.path}:${p.message}`}>
                <code>{p.path || t('meWholeModel')}</code>: {p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="muted">{t('meValid')}</p>
      )}
      <WhatIfPanel
        state={whatIf.state}
        canRun={model !== null}
        stale={triedJson !== null && triedJson !== modelJson}
        onRun={() => model && whatIf.run(model)}
        onCancel={whatIf.cancel}
      />
      <div className="editor-save row wrap">
        <EditorField label={t('meNote')} value={note} onChange={setNote} errors={[]} className="wide" />
        <label>
          <input type="checkbox" checked={activate} onChange={(e) => setActivate(e.target.checked)} /> {t('meActivate')}
        </label>
        <button
          type="button"
          className="primary"
          disabled={model === null || saving}
          onClick={async () => {
            if (!model) return;
            setSaving(true);
            setOutcome(await onSave(model, note.trim(), activate));
            setSaving(false);
          }}
        >
          {t('meSave')}
        </button>
      </div>
      {outcome?.ok === true && (
        <p role="status">{outcome.activated ? t('meSavedActive', outcome.version) : t('meSaved', outcome.version)}</p>
      )}
      {outcome?.ok === false && <p role="alert">{t('meSaveFailed', outcome.error)}</p>}
    </section>
  );
}
