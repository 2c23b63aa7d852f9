import { type FormEvent, useState } from 'react';
import { t } from '@/lib/i18n';

interface ItemDraft {
  letter: string;
  label: string;
  question: string;
  required: boolean;
}

interface Props {
  /** Saves the framework; resolves to the problems found (empty when saved). */
  onSave: (framework: unknown) => Promise<{ path: string; message: string }[]>;
}

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'item';

const emptyItem = (): ItemDraft => ({ letter: '', label: '', question: '', required: false });

/** Define a qualification framework of your own: items with the question to ask, and the pass rule. */
export function CustomFrameworkForm({ onSave }: Props) {
  const [name, setName] = useState('');
  const [items, setItems] = useState<ItemDraft[]>([emptyItem(), emptyItem()]);
  const [minMet, setMinMet] = useState(1);
  const [problems, setProblems] = useState<{ path: string; message: string }[] | null>(null);

  const update = (i: number, change: Partial<ItemDraft>) =>
    setItems(items.map((item, j) => (j === i ? { ...item, ...change } : item)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const framework = {
      id: slug(name),
      name: name.trim(),
      items: items.map((item) => ({
        id: slug(item.label),
        letter: item.letter.toUpperCase(),
        label: item.label.trim(),
        question: item.question.trim(),
      })),
      passRule: { minMet, required: items.filter((i) => i.required).map((i) => slug(i.label)) },
    };
    setProblems(await onSave(framework));
  };

  return (
    <form className="card custom-framework" onSubmit={submit} aria-labelledby="framework-heading">
      <h2 id="framework-heading">{t('fwHeading')}</h2>
      <label>
        {t('fwName')} <input value={name} onChange={(e) => setName(e.target.value)} maxLength={40} required />
      </label>
      {items.map((item, i) => (
        // Items have no identity but their position while being written.
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are only added at the end or removed explicitly
        <fieldset key={i} className="answer-row">
          <legend>{t('fwItem', i + 1)}</legend>
          <label>
            {t('fwLetter')}{' '}
            <input value={item.letter} onChange={(e) => update(i, { letter: e.target.value.slice(0, 1) })} size={2} />
          </label>
          <label>
            {t('fwLabel')}{' '}
            <input value={item.label} onChange={(e) => update(i, { label: e.target.value })} maxLength={60} />
          </label>
          <label>
            {t('fwQuestion')}{' '}
            <input value={item.question} onChange={(e) => update(i, { question: e.target.value })} maxLength={500} />
          </label>
          <label>
            <input
              type="checkbox"
              checked={item.required}
              onChange={(e) => update(i, { required: e.target.checked })}
            />{' '}
            {t('fwRequired')}
          </label>
          <button type="button" onClick={() => setItems(items.filter((_, j) => j !== i))} disabled={items.length === 1}>
            {t('fwRemoveItem', i + 1)}
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => setItems([...items, emptyItem()])}>
        {t('fwAddItem')}
      </button>
      <label>
        {t('fwMinMet')}{' '}
        <input
          type="number"
          min={1}
          max={items.length}
          value={minMet}
          onChange={(e) => setMinMet(Number(e.target.value))}
        />
      </label>
      <button type="submit">{t('fwSave')}</button>
      {problems !== null && problems.length === 0 && <p role="status">{t('fwSaved', name.trim())}</p>}
      {problems !== null && problems.length > 0 && (
        <ul role="alert">
          {problems.map((p) => (
            <li key={`${p.path}:${p.message}`}>
              <code>{p.path || t('fwWhole')}</code>: {p.message}
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
