/*
 * Triển khai Nghị quyết: configuration of Admin (users, groups, authorizations).
 * Replaces the config.js of Camunda's webjar (same classpath path, ours comes first); every key is
 * one Camunda 7.24 reads (see the webjar's own config.js). Parsed as relaxed JSON by
 * WebappLocalizationTest, so keep it a plain object literal.
 */
export default {
  // The header shows `vendor + ' ' + name`, the login page `name` only.
  app: {
    name: 'Triển khai Nghị quyết',
    vendor: 'Quản trị –'
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
  // Asia/Ho_Chi_Minh. Path relative to app/admin/.
  // Group types and Camunda's administrators' group in Vietnamese (lib/rollout/admin.js).
  requireJsConfig: {
    deps: ['rollout-vietnamese', 'rollout-admin'],
    ngDeps: ['rollout.vietnamese', 'rollout.admin'],
    paths: {
      'rollout-vietnamese': '../../lib/rollout/vietnamese',
      'rollout-admin': '../../lib/rollout/admin'
    }
  },
  // The first-login hint links to Camunda's English welcome page.
  disableWelcomeMessage: true
};
