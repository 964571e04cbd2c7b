import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type Language } from '../i18n';
import { ScreenHeader } from '../shell/ScreenHeader';
import { BackupPanel } from './settings/BackupPanel';

export function SettingsScreen() {
  const { t, i18n } = useTranslation();
  const labels: Record<Language, string> = { sv: t('settings.swedish'), en: t('settings.english') };

  return (
    <section>
      <ScreenHeader title={t('nav.settings')} />
      <div className="card">
        <fieldset className="radio-group">
          <legend>
            <h2>{t('settings.language')}</h2>
          </legend>
          <p className="help">{t('settings.languageHelp')}</p>
          {LANGUAGES.map((language) => (
            <label key={language} className="radio">
              <input
                type="radio"
                name="language"
                value={language}
                lang={language}
                checked={i18n.language === language}
                onChange={() => void changeLanguage(language)}
              />
              <span lang={language}>{labels[language]}</span>
            </label>
          ))}
        </fieldset>
      </div>
      <BackupPanel />
    </section>
  );
}
