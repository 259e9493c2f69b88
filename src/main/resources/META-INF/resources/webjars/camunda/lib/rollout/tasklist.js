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

  /*
   * A phone (issue 27, point 5): form-js's date picker (flatpickr) hands a mobile browser the phone's own date
   * input and builds no calendar of its own, but form-js's close handlers still reach for that calendar
   * (calendarContainer.removeEventListener) and throw on every date picked. Each such picker gets an empty
   * stand-in, through flatpickr's defaults (window.flatpickr, set by Camunda's deps.js before the app starts);
   * the phone keeps its own date picker.
   */
  var phonePickersDone = false;
  function phoneDatePickers() {
    var flatpickr = window.flatpickr;
    if (phonePickersDone || !flatpickr || !flatpickr.defaultConfig) {
      return;
    }
    phonePickersDone = true;
    flatpickr.defaultConfig.onReady = [].concat(flatpickr.defaultConfig.onReady || [], function (dates, text, picker) {
      if (picker.isMobile && !picker.calendarContainer) {
        picker.calendarContainer = document.createElement('div');
      }
    });
  }
  phoneDatePickers();

  return angular.module('rollout.tasklist', []).run(phoneDatePickers).config([
    '$injector',
    '$provide',
    function ($injector, $provide) {
      if ($injector.has('amTimeAgoDirectiveProvider')) {
        $provide.decorator('amTimeAgoDirective', ['$delegate', '$filter', 'moment', dateThenDistance]);
      }
    }
  ]);
});
