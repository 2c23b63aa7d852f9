import { t } from '@/lib/i18n';
import { errorsUnder, type ModelForm } from '@/lib/scoring/editModel';
import { EditorField } from './EditorField';

interface Props {
  form: ModelForm;
  errors: ReadonlyMap<string, string[]>;
  onChange: (form: ModelForm) => void;
}

/** The email domains the email-domain conditions use: competitors, and free mail beyond the built-in list. */
export function DomainFields({ form, errors, onChange }: Props) {
  return (
    <fieldset className="editor-block">
      <legend>{t('meDomainsHeading')}</legend>
      <div className="row wrap">
        <EditorField
          label={t('meCompetitors')}
          value={form.competitorDomains}
          onChange={(competitorDomains) => onChange({ ...form, competitorDomains })}
          errors={errorsUnder(errors, 'competitorDomains')}
          hint={t('meDomainsHint')}
          multiline
        />
        <EditorField
          label={t('meFreeMail')}
          value={form.extraFreeMailDomains}
          onChange={(extraFreeMailDomains) => onChange({ ...form, extraFreeMailDomains })}
          errors={errorsUnder(errors, 'extraFreeMailDomains')}
          hint={t('meDomainsHint')}
          multiline
        />
      </div>
    </fieldset>
  );
}
