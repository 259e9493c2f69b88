/*
 * Triển khai Nghị quyết: configuration of the Welcome page.
 * Replaces the config.js of Camunda's webjar (same classpath path, ours comes first); every key is
 * one Camunda 7.24 reads (see the webjar's own config.js). Parsed as relaxed JSON by
 * WebappLocalizationTest, so keep it a plain object literal.
 */
export default {
  // The header shows `vendor + ' ' + name`, the login page `name` only.
  app: {
    name: 'Triển khai Nghị quyết',
    vendor: 'Trang chủ –'
  },
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },
  // moment.js formats; Vietnam's zone is applied by lib/rollout/vietnamese.js
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  },
  // Vietnamese by default whatever the browser's language, English on request; dates in
  // Asia/Ho_Chi_Minh. Path relative to app/welcome/.
  // Vietnamese (lib/rollout/vietnamese.js); after login, an office's official goes on to the
  // secretariat's dashboard in Cockpit (lib/rollout/landing.js); after a wrong password, the wait before
  // the next try (lib/rollout/login.js).
  requireJsConfig: {
    deps: ['rollout-vietnamese', 'rollout-landing', 'rollout-login'],
    ngDeps: ['rollout.vietnamese', 'rollout.landing', 'rollout.login'],
    paths: {
      'rollout-vietnamese': '../../lib/rollout/vietnamese',
      'rollout-landing': '../../lib/rollout/landing',
      'rollout-login': '../../lib/rollout/login'
    }
  },
  // The first-login hint links to Camunda's English welcome page.
  disableWelcomeMessage: true
};
