// UI strings come from _locales/<lang>/messages.json through browser.i18n; the browser picks the language.
import browser from 'webextension-polyfill';

export function t(key: string, substitutions?: string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage().slice(0, 2).toLowerCase();
  } catch {
    return 'en';
  }
}
