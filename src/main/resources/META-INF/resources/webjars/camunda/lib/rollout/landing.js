/*
 * Triển khai Nghị quyết: where the Welcome app sends a person right after logging in.
 *
 * A member of an office (the committee's secretariat) goes on to the secretariat's dashboard in
 * Cockpit (#/rollout, preset to the office's committee); everybody else stays on the Welcome page.
 * Only a login leads on (Camunda's event authentication.login.success): whoever opens the Welcome
 * page later stays on it. When it has decided, <html data-rollout-landing="stay|dashboard"> says so.
 */
define(['angular'], function (angular) {
  'use strict';

  var DASHBOARD = '/camunda/app/cockpit/default/#/rollout';

  function decide(where) {
    document.documentElement.setAttribute('data-rollout-landing', where);
  }

  return angular.module('rollout.landing', []).run([
    '$rootScope',
    '$window',
    function ($rootScope, $window) {
      // Camunda's login form broadcasts this once the session is open
      $rootScope.$on('authentication.login.success', function () {
        $window
          .fetch('/api/dashboard/resolutions', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
          .then(function (answer) {
            return answer.ok ? answer.json() : {};
          })
          .then(function (home) {
            if (home.committee) {
              decide('dashboard');
              $window.location.assign(DASHBOARD);
            } else {
              decide('stay');
            }
          })
          .catch(function () {
            decide('stay');
          });
      });
    }
  ]);
});
