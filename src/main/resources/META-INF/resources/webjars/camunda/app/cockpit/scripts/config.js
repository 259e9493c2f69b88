/*
 * Triển khai Nghị quyết: configuration of Cockpit, where the secretariat monitors the processes.
 * Replaces the config.js of Camunda's webjar (same classpath path, ours comes first); every key is
 * one Camunda 7.24 reads (see the webjar's own config.js). Parsed as relaxed JSON by
 * WebappLocalizationTest, so keep it a plain object literal.
 */
export default {
  // The header shows `vendor + ' ' + name`, the login page `name` only.
  app: {
    name: 'Triển khai Nghị quyết',
    vendor: 'Theo dõi quy trình –'
  },
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },
  // moment.js formats; Vietnam's zone is applied by lib/rollout/vietnamese.js
  // Cockpit keeps the seconds: operators order jobs and incidents within a minute.
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm:ss',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  },
  // Vietnamese by default whatever the browser's language, English on request; dates in
  // Asia/Ho_Chi_Minh. Path relative to app/cockpit/.
  requireJsConfig: {
    deps: ['rollout-vietnamese'],
    ngDeps: ['rollout.vietnamese'],
    paths: {
      'rollout-vietnamese': '../../lib/rollout/vietnamese'
    }
  },
  // The first-login hint links to Camunda's English welcome page.
  disableWelcomeMessage: true,
  // Never render a deployed HTML resource as HTML in the repository view (stored XSS); deployments
  // may not contain HTML anyway (SECURITY.md).
  previewHtml: false,
  // The secretariat's dashboard and the rollout tab (Cockpit's frontend plugin API), relative to app/cockpit/.
  customScripts: ['scripts/rollout-dashboard/plugin.js']
};
