/*
 * Triển khai Nghị quyết: the Camunda webapps in Vietnamese, in Vietnam's time.
 *
 * Every app's scripts/config.js loads this AMD module through `requireJsConfig` and lists its
 * AngularJS module in `ngDeps`. Camunda adds those modules to `cam.<app>.custom`, which is
 * bootstrapped after the app itself, so the config blocks below run after Camunda's own.
 *
 * - Language: Camunda picks the browser's language if it is available, else the fallback. Here
 *   Vietnamese is the default whatever the browser says; English is kept for whoever chooses it
 *   with the switch in the footer (remembered in this browser's localStorage).
 * - Dates: Cockpit, Admin and Welcome ignore `dateFormat` in config.js (Cockpit hard-codes an ISO
 *   format); every app here takes the formats of its own config.js.
 * - Time zone: dates are shown in Asia/Ho_Chi_Minh (UTC+07:00, no daylight saving since 1975)
 *   whatever the zone of the browser, and the footer says so. The date pickers still work in the
 *   browser's zone, but with Vietnamese month and day names and weeks starting on Monday.
 */
define(['angular'], function (angular) {
  'use strict';

  var LANGUAGES = ['vi', 'en'];
  var LANGUAGE_NAMES = { vi: 'Tiếng Việt', en: 'English' };
  var DEFAULT_LANGUAGE = 'vi';
  var STORAGE_KEY = 'rollout.language';

  var ZONE_NAME = 'Asia/Ho_Chi_Minh (UTC+07:00)';
  var VIETNAM_OFFSET_MINUTES = 7 * 60;
  var MINUTE = 60 * 1000;

  var DATE_FORMATS = ['monthName', 'day', 'abbr', 'normal', 'long', 'short'];

  function numbered(prefix) {
    var names = [];
    for (var month = 1; month <= 12; month++) {
      names.push(prefix + month);
    }
    return names;
  }

  var VIETNAMESE_DATETIME_NAMES = {
    AMPMS: ['SA', 'CH'],
    DAY: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'],
    SHORTDAY: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
    MONTH: numbered('Tháng '),
    STANDALONEMONTH: numbered('Tháng '),
    SHORTMONTH: numbered('Th'),
    FIRSTDAYOFWEEK: 0
  };

  function storedLanguage() {
    try {
      return window.localStorage.getItem(STORAGE_KEY);
    } catch (e) {
      return null;
    }
  }

  function chosenLanguage() {
    var stored = storedLanguage();
    return LANGUAGES.indexOf(stored) >= 0 ? stored : DEFAULT_LANGUAGE;
  }

  function chooseLanguage(language) {
    try {
      window.localStorage.setItem(STORAGE_KEY, language);
    } catch (e) {
      // no storage: the choice lasts until the page is left
    }
    window.location.reload();
  }

  /* The instant a REST date (e.g. "2026-04-20T23:59:59.000+0700"), a Date or epoch millis stands for. */
  function instantOf(value) {
    if (angular.isNumber(value)) {
      return value;
    }
    if (angular.isDate(value)) {
      return value.getTime();
    }
    if (angular.isString(value)) {
      return Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    }
    return NaN;
  }

  /*
   * A Date whose wall-clock time in the browser's zone is the wall-clock time of `instant` in
   * Vietnam, so that formatting it as local time shows Vietnam's time.
   */
  function vietnamWallClock(instant) {
    var shifted = instant + (VIETNAM_OFFSET_MINUTES + new Date(instant).getTimezoneOffset()) * MINUTE;
    return new Date(instant + (VIETNAM_OFFSET_MINUTES + new Date(shifted).getTimezoneOffset()) * MINUTE);
  }

  var language = chosenLanguage();

  function footerWithLanguageSwitch(directives) {
    var footer = directives[0];
    var compile = footer.compile;
    footer.template = footer.template.replace(
      '<i>{{timezoneName}}</i>',
      '<i>{{timezoneName}}</i>' +
        '<span class="rollout-language"> · <span ng-repeat="other in languages">' +
        '<a href ng-if="other.key !== language" ng-click="choose(other.key)"' +
        ' lang="{{ other.key }}">{{ other.name }}</a>' +
        '<strong ng-if="other.key === language" lang="{{ other.key }}">{{ other.name }}</strong>' +
        '<span ng-if="!$last"> | </span>' +
        '</span></span>'
    );
    footer.compile = function () {
      var link = compile.apply(this, arguments);
      return function (scope) {
        link.apply(this, arguments);
        scope.timezoneName = ZONE_NAME;
        scope.language = language;
        scope.languages = LANGUAGES.map(function (key) {
          return { key: key, name: LANGUAGE_NAMES[key] };
        });
        scope.choose = chooseLanguage;
      };
    };
    return directives;
  }

  /*
   * Camunda 7.24 CE puts a red banner on top of every page ("time to move to Camunda 8", with a link
   * out). It is no news for an official and no task of theirs: the header is shown without it.
   */
  function headerWithoutEndOfLifeBanner(directives) {
    var header = directives[0];
    if (angular.isString(header.template)) {
      header.template = header.template.replace('ng-if="isCommunityEdition"', 'ng-if="false"');
    }
    return directives;
  }

  function camDateInVietnam(camDate) {
    return function (value, format) {
      var instant = instantOf(value);
      return isNaN(instant) ? camDate(value, format) : camDate(vietnamWallClock(instant), format);
    };
  }

  /*
   * Each app has its own set of AngularJS modules: everything below is applied only where the piece
   * it changes exists, so that no app can fail to start because of it.
   */
  return angular.module('rollout.vietnamese', []).config([
    '$injector',
    '$provide',
    function ($injector, $provide) {
      var $translateProvider = $injector.get('$translateProvider');
      $translateProvider.preferredLanguage(language);
      $translateProvider.fallbackLanguage(language);

      if ($injector.has('camDateFormatProvider') && $injector.has('configurationProvider')) {
        var camDateFormatProvider = $injector.get('camDateFormatProvider');
        var configurationProvider = $injector.get('configurationProvider');
        DATE_FORMATS.forEach(function (name) {
          camDateFormatProvider.setDateFormat(configurationProvider.getDateFormat(name), name);
        });
      }
      if ($injector.has('camDateFilterProvider')) {
        $provide.decorator('camDateFilter', ['$delegate', camDateInVietnam]);
      }
      if ($injector.has('camWidgetHeaderDirectiveProvider')) {
        $provide.decorator('camWidgetHeaderDirective', ['$delegate', headerWithoutEndOfLifeBanner]);
      }
      if ($injector.has('camWidgetFooterDirectiveProvider')) {
        $provide.decorator('camWidgetFooterDirective', ['$delegate', footerWithLanguageSwitch]);
      }

      if (language === 'vi') {
        // AngularJS ships English names only; the date pickers read them from $locale.
        $provide.decorator('$locale', [
          '$delegate',
          function ($locale) {
            angular.extend($locale.DATETIME_FORMATS, VIETNAMESE_DATETIME_NAMES);
            return $locale;
          }
        ]);
        if ($injector.has('uibDatepickerConfig')) {
          // Vietnamese calendars start on Monday and title a month "Tháng 12/2027".
          var uibDatepickerConfig = $injector.get('uibDatepickerConfig');
          uibDatepickerConfig.startingDay = 1;
          uibDatepickerConfig.formatDayTitle = 'MMMM/yyyy';
        }
      }

      document.documentElement.setAttribute('lang', language);
    }
  ]).run([
    '$injector',
    function ($injector) {
      /*
       * Tasklist's task search and sorting take their labels once, with $translate.instant, when
       * the page is first shown. When the locale file arrives after that, they keep showing keys
       * (SEARCH_PLACEHOLDER, CREATION_DATE) until the page is reloaded; stock Camunda 7.24 does the
       * same in English on about one first load in two. Show the page again once it has arrived,
       * but never the login page, which translates as it goes and where the user may be typing.
       */
      if (!$injector.has('$route')) {
        return;
      }
      var $translate = $injector.get('$translate');
      if ($translate.isReady()) {
        return;
      }
      var $route = $injector.get('$route');
      var $location = $injector.get('$location');
      var shown = false;
      var stopWatching = $injector.get('$rootScope').$on('$routeChangeSuccess', function () {
        shown = true;
      });
      $translate.onReady(function () {
        stopWatching();
        if (shown && $location.path() !== '/login') {
          $route.reload();
        }
      });
    }
  ]);
});
