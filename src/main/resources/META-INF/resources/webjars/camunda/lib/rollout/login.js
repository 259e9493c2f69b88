/*
 * Triển khai Nghị quyết: after a wrong password, the login page says how long to wait.
 *
 * The engine delays the next login of a user after a failure (application.yaml, SECURITY.md): the
 * n-th failure in a row makes the user wait LOGIN_DELAY.base × LOGIN_DELAY.factor^(n−1) seconds, at
 * most LOGIN_DELAY.max; during the wait every attempt fails, even with the right password, and does not
 * count; after LOGIN_DELAY.attempts failures the account is locked until an administrator unlocks it.
 * The server's answer to a failed login says none of this (and must not: it would tell who has an
 * account), so this page counts the failures of each user name typed in this browser tab and says the
 * wait that follows from them. WebappLoginWaitTest keeps LOGIN_DELAY equal to application.yaml.
 *
 * Camunda's login form lets plugins see each login (component "<app>.login.data", `result(login,
 * scope)`); the message shown for a refused login is the answer's `data.message`, set here before the
 * form reads it.
 */
define(['angular'], function (angular) {
  'use strict';

  var LOGIN_DELAY = { base: 3, factor: 2, max: 300, attempts: 10 };
  var STORAGE_KEY = 'rollout.login-failures';

  function failures() {
    try {
      return JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) || '{}') || {};
    } catch (e) {
      return {};
    }
  }

  function remember(all) {
    try {
      window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(all));
    } catch (e) {
      // no storage: each failure is then the first
    }
  }

  function delaySeconds(count) {
    return Math.min(LOGIN_DELAY.base * Math.pow(LOGIN_DELAY.factor, count - 1), LOGIN_DELAY.max);
  }

  function duration(seconds) {
    if (seconds < 60) {
      return seconds + ' giây';
    }
    var minutes = Math.floor(seconds / 60);
    var rest = seconds % 60;
    return minutes + ' phút' + (rest ? ' ' + rest + ' giây' : '');
  }

  /* The message for a refused login of `user` now, and what this tab remembers of it. */
  function refused(user, now) {
    var all = failures();
    var known = all[user] || { count: 0, until: 0 };
    var message;
    if (now < known.until) {
      message = 'Chưa hết thời gian chờ: đồng chí vui lòng đợi thêm ' + duration(Math.ceil((known.until - now) / 1000))
        + ' rồi hãy đăng nhập lại (trong thời gian chờ, cả mật khẩu đúng cũng không được nhận).';
    } else {
      known = { count: known.count + 1, until: 0 };
      if (known.count >= LOGIN_DELAY.attempts) {
        message = 'Tài khoản đã bị khóa sau ' + LOGIN_DELAY.attempts + ' lần nhập sai liên tiếp. '
          + 'Đề nghị quản trị viên mở khóa (mục Quản trị) rồi đăng nhập lại.';
      } else {
        var wait = delaySeconds(known.count);
        known.until = now + wait * 1000;
        message = 'Sai tên đăng nhập hoặc mật khẩu. Đồng chí vui lòng đợi ' + duration(wait)
          + ' rồi hãy đăng nhập lại.';
      }
    }
    all[user] = known;
    remember(all);
    return message;
  }

  function forget(user) {
    var all = failures();
    delete all[user];
    remember(all);
  }

  var provider = {
    id: 'rollout-login-wait',
    result: function (login, scope) {
      var user = String(scope.username || '');
      login.then(
        function () {
          forget(user);
        },
        function (answer) {
          if (!answer || answer.status !== 401 || !user) {
            return;
          }
          if (!angular.isObject(answer.data)) {
            answer.data = {};
          }
          answer.data.message = refused(user, Date.now());
        }
      );
    }
  };

  return angular.module('rollout.login', []).config([
    'ViewsProvider',
    function (ViewsProvider) {
      ['welcome', 'tasklist', 'cockpit', 'admin'].forEach(function (app) {
        ViewsProvider.registerDefaultView(app + '.login.data', provider);
      });
    }
  ]);
});
