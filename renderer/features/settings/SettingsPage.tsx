import { useTranslation } from 'react-i18next';
import { setUserName, useUserName } from '../../hooks/prefs';
import { AutosaveTextField } from '../../components/AutosaveTextField';
import { SelectField } from '../../components/Field';
import { AutoBackups } from '../../widgets/AutoBackups';
import { LANGUAGES, type Language } from '../../domain/model';
import { changeLanguage, currentLanguage } from '../../i18n';
import { host } from '../../host';

export function SettingsPage() {
  const { t } = useTranslation(['settings', 'common']);
  const userName = useUserName();
  // Each language is offered in its own name, so a user who cannot read the current one finds theirs.
  const options = LANGUAGES.map((language) => ({
    value: language,
    label: t(`common:language.${language}`, { lng: language }),
  }));
  const onChange = (language: Language) => {
    void changeLanguage(language);
    host.setLanguage(language);
  };
  return (
    <section className="page" aria-labelledby="settings-heading">
      <header className="page__header">
        <h1 id="settings-heading">{t('heading')}</h1>
      </header>
      <div className="form-grid">
        <SelectField
          label={t('interfaceLanguage')}
          hint={t('interfaceLanguageHelp')}
          value={currentLanguage()}
          options={options}
          onValueChange={onChange}
        />
        <AutosaveTextField
          label={t('userName')}
          hint={t('userNameHint')}
          value={userName}
          onSave={async (name) => setUserName(name)}
        />
      </div>
      <AutoBackups />
    </section>
  );
}
