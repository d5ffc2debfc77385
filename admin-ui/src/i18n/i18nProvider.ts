import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import { mergeTranslations, type I18nProvider } from 'react-admin';
import { en } from './en';
import { nl } from './nl';
import { raDutch } from './raDutch';
import { resourceNamesInSentences } from './sentenceCase';

// Dutch is merged over the English framework strings so a key added by a
// later react-admin release shows in English instead of as a raw key.
const messages = {
    nl: mergeTranslations(englishMessages, raDutch, nl),
    en: mergeTranslations(englishMessages, en),
};

const polyglot = polyglotI18nProvider((locale) => (locale === 'en' ? messages.en : messages.nl), 'nl', [
    { locale: 'nl', name: 'Nederlands' },
    { locale: 'en', name: 'English' },
]);

export const i18nProvider: I18nProvider = { ...polyglot, translate: resourceNamesInSentences(polyglot.translate) };
