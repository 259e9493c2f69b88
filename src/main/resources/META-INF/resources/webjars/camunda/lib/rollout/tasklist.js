/*
 * Triển khai Nghị quyết: Tasklist's task cards and task header say what a task is about.
 *
 * - A date Tasklist shows only as a distance ("2 tháng nữa", angular-moment's am-time-ago) is shown as
 *   the date first, as officials write it, then the distance: "31/12/2027 (2 tháng nữa)". The date is
 *   the day in Vietnam (camDate, lib/rollout/vietnamese.js).
 * - The cards' bare priority number is hidden by ../app/tasklist/styles/user-styles.css; the resolution's
 *   symbol and the committee come from the filters' `variables` property (organisation/TasklistAccess).
 */
define(['angular'], function (angular) {
  'use strict';

  function dateThenDistance(directives, $filter, moment) {
    var directive = directives[0];
    directive.compile = function () {
      return function (scope, element, attributes) {
        scope.$watch(attributes.amTimeAgo, function (value) {
          if (!value) {
            element.text('');
            return;
          }
          element.text($filter('camDate')(value, 'short') + ' (' + moment(value).fromNow() + ')');
        });
      };
    };
    return directives;
  }

  return angular.module('rollout.tasklist', []).config([
    '$injector',
    '$provide',
    function ($injector, $provide) {
      if ($injector.has('amTimeAgoDirectiveProvider')) {
        $provide.decorator('amTimeAgoDirective', ['$delegate', '$filter', 'moment', dateThenDistance]);
      }
    }
  ]);
});
