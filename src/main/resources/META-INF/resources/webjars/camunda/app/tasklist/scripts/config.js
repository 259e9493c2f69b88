/*
 * Triển khai Nghị quyết: configuration of Tasklist, where officials do their tasks.
 * Replaces the config.js of Camunda's webjar (same classpath path, ours comes first); every key is
 * one Camunda 7.24 reads (see the webjar's own config.js). Parsed as relaxed JSON by
 * WebappLocalizationTest, so keep it a plain object literal.
 */
export default {
  // The header shows `vendor + ' ' + name`, the login page `name` only.
  app: {
    name: 'Triển khai Nghị quyết',
    vendor: 'Xử lý công việc –'
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
  // Asia/Ho_Chi_Minh. Path relative to app/tasklist/.
  // Vietnamese (lib/rollout/vietnamese.js); task cards, search and forms (lib/rollout/tasklist.js);
  // after a wrong password, the wait before the next try (lib/rollout/login.js).
  requireJsConfig: {
    deps: ['rollout-vietnamese', 'rollout-tasklist', 'rollout-login'],
    ngDeps: ['rollout.vietnamese', 'rollout.tasklist', 'rollout.login'],
    paths: {
      'rollout-vietnamese': '../../lib/rollout/vietnamese',
      'rollout-tasklist': '../../lib/rollout/tasklist',
      'rollout-login': '../../lib/rollout/login'
    }
  },
  // The first-login hint links to Camunda's English welcome page.
  disableWelcomeMessage: true,
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'Nhận công việc đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'Chuyển đến bộ lọc đầu tiên trong danh sách'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'Chuyển đến công việc đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'Chuyển đến ô nhập đầu tiên của biểu mẫu công việc'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'Mở hộp thoại khởi tạo quy trình'
    }
  }
};
