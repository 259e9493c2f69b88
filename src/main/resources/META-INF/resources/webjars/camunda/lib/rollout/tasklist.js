/*
 * Triển khai Nghị quyết: Tasklist's task cards, search, task header and forms say what a task is about,
 * in Vietnamese.
 *
 * - A date Tasklist shows only as a distance ("2 tháng nữa", angular-moment's am-time-ago) is shown as
 *   the date first, as officials write it, then the distance: "31/12/2027 (2 tháng nữa)". The date is
 *   the day in Vietnam (camDate, lib/rollout/vietnamese.js).
 * - The cards' bare priority number is hidden by ../app/tasklist/styles/user-styles.css; the resolution's
 *   symbol and the committee come from the filters' `variables` property (organisation/TasklistAccess).
 * - Search (SEARCH_TYPES): Tasklist 7.24 has no configuration for its search criteria (its list of
 *   thirty, from process definition ids to tenant ids, is built in); its search view is a plugin
 *   ("task-search" of tasklist.list) whose controller we wrap to offer the criteria an official uses.
 * - Forms (Camunda Forms, rendered by the form-js inside Tasklist 7.24): see FORM_WORDS and below.
 * - A phone's own date picker: see phoneDatePickers.
 */
define(['angular'], function (angular) {
  'use strict';

  /*
   * The criteria of Tasklist's search box, in the words of an official. A task's description is
   * "Nghị quyết <symbol> — <committee>" (rollout/TaskHeading), so text typed into the box finds the
   * tasks of a resolution by its symbol ("05-NQ") or of a committee by its name ("Tiên Du"); Camunda's
   * descriptionLike compares in upper case. Labels are shown as they are ($translate leaves a text
   * that is not a key of the locale alone).
   */
  var CONTAINS = [{ key: 'Like', value: 'chứa' }];
  var SEARCH_TYPES = [
    { id: { key: 'description', value: 'Nghị quyết, cấp ủy' }, operators: CONTAINS, enforceString: true, default: true },
    { id: { key: 'name', value: 'Tên công việc' }, operators: CONTAINS, enforceString: true },
    {
      id: { key: 'due', value: 'Hạn hoàn thành' },
      operators: [{ key: 'Before', value: 'trước' }, { key: 'After', value: 'sau' }],
      allowDates: true,
      enforceDates: true
    },
    {
      id: { key: 'created', value: 'Ngày giao' },
      operators: [{ key: 'Before', value: 'trước' }, { key: 'After', value: 'sau' }],
      allowDates: true,
      enforceDates: true
    }
  ];

  /*
   * form-js (Camunda Forms) has no translations: its few words are written into its components in
   * English. They are replaced in the form's DOM as form-js renders them (a MutationObserver on each
   * form's container, nothing outside it); Preact re-renders a text only when its own value changes,
   * and then the observer translates it again.
   */
  var FORM_WORDS = {
    'Select': 'Chọn',
    'Add new': 'Thêm mới',
    'Collapse': 'Thu gọn',
    'No results': 'Không có kết quả',
    'All values selected': 'Đã chọn tất cả',
    'Search': 'Tìm kiếm',
    'Field is required.': 'Chưa nhập thông tin bắt buộc này.',
    'Value is not a number.': 'Giá trị phải là một số.',
    'Field must be a valid email.': 'Địa chỉ thư điện tử không hợp lệ.'
  };
  var FORM_PATTERNS = [
    [/^Expand all \((\d+)\)$/, 'Mở rộng tất cả ($1)'],
    [/^Remove list item (\d+)$/, 'Xóa dòng $1'],
    [/^Field must have minimum value of (.*)\.$/, 'Giá trị nhỏ nhất là $1.'],
    [/^Field must have maximum value of (.*)\.$/, 'Giá trị lớn nhất là $1.'],
    [/^Field must have minimum length of (.*)\.$/, 'Cần ít nhất $1 ký tự.'],
    [/^Field must have maximum length of (.*)\.$/, 'Chỉ được tối đa $1 ký tự.'],
    [/^Field must match pattern (.*)\.$/, 'Giá trị phải theo mẫu $1.'],
    [/^Value is expected to have at most (\d+) decimal digits?\.$/, 'Chỉ được tối đa $1 chữ số thập phân.'],
    [/^Value is expected to be an integer\.$/, 'Giá trị phải là số nguyên.']
  ];

  /*
   * The rows of a dynamic list are numbered with the word the server's messages use for them
   * ("Buổi 1: số tham dự…"), by the list's label. The programme draft's items are numbered by its
   * own form.
   */
  var ROW_NAMES = {
    'Các buổi học tập, quán triệt': 'Buổi',
    'Thiếu sót, khuyết điểm phải khắc phục (để trống nếu không có)': 'Thiếu sót',
    'Hạn chế, yếu kém và trách nhiệm': 'Hạn chế',
    'Các chỉ tiêu của nghị quyết': 'Chỉ tiêu thứ'
  };

  /* flatpickr's (form-js's date picker) names, as in lib/rollout/vietnamese.js; weeks start on Monday. */
  function numbered(prefix) {
    var names = [];
    for (var month = 1; month <= 12; month++) {
      names.push(prefix + month);
    }
    return names;
  }
  var CALENDAR = {
    weekdays: {
      shorthand: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
      longhand: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy']
    },
    months: { shorthand: numbered('Th'), longhand: numbered('Tháng ') },
    firstDayOfWeek: 1,
    rangeSeparator: ' đến ',
    weekAbbreviation: 'Tuần',
    scrollTitle: 'Cuộn để tăng',
    toggleTitle: 'Bấm để chuyển',
    yearAriaLabel: 'Năm',
    monthAriaLabel: 'Tháng',
    hourAriaLabel: 'Giờ',
    minuteAriaLabel: 'Phút',
    time_24hr: true
  };

  /*
   * form-js takes the format of its date fields from the browser's language, as
   * `new Intl.DateTimeFormat('default')` writes 5 June 2020 (m/d/yyyy in an English browser, 1/10/2026).
   * Here that "default" is Vietnam's day/month/year with two digits: dd/MM/yyyy whatever the browser's
   * language, typed and shown back as 10/01/2026. Only the explicit locale "default" changes: every other
   * use of Intl (no locale, a named locale) is left as it is.
   */
  (function dayMonthYearByDefault() {
    var Native = window.Intl && window.Intl.DateTimeFormat;
    if (!Native || Native.rolloutDayMonthYear) {
      return;
    }
    var TWO_DIGITS = { day: '2-digit', month: '2-digit', year: 'numeric' };
    var DateTimeFormat = function (locales, options) {
      if (locales === 'default') {
        return new Native('vi-VN', options === undefined ? TWO_DIGITS : options);
      }
      return new Native(locales, options);
    };
    DateTimeFormat.prototype = Native.prototype;
    DateTimeFormat.supportedLocalesOf = Native.supportedLocalesOf.bind(Native);
    DateTimeFormat.rolloutDayMonthYear = true;
    window.Intl.DateTimeFormat = DateTimeFormat;
  })();

  function translated(text) {
    var trimmed = text.trim();
    if (Object.prototype.hasOwnProperty.call(FORM_WORDS, trimmed)) {
      return text.replace(trimmed, FORM_WORDS[trimmed]);
    }
    for (var i = 0; i < FORM_PATTERNS.length; i++) {
      if (FORM_PATTERNS[i][0].test(trimmed)) {
        return text.replace(trimmed, trimmed.replace(FORM_PATTERNS[i][0], FORM_PATTERNS[i][1]));
      }
    }
    return text;
  }

  var TRANSLATED_ATTRIBUTES = ['placeholder', 'aria-label', 'title'];

  function translateAttributes(element) {
    TRANSLATED_ATTRIBUTES.forEach(function (attribute) {
      var value = element.getAttribute(attribute);
      if (value) {
        var text = translated(value);
        if (text !== value) {
          element.setAttribute(attribute, text);
        }
      }
    });
  }

  /* form-js's words in `root` (a form's container) and below, in its texts and its attributes. */
  function translateNode(root) {
    translateAttributes(root);
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    var node;
    while ((node = walker.nextNode())) {
      if (node.nodeType === 3) {
        var text = translated(node.data);
        if (text !== node.data) {
          node.data = text;
        }
      } else {
        translateAttributes(node);
      }
    }
  }

  /* A date picker form-js has just made gets Vietnamese month and day names (flatpickr's own locale). */
  function localizeDatePickers(root) {
    var inputs = root.querySelectorAll('.fjs-datepicker input');
    for (var i = 0; i < inputs.length; i++) {
      var picker = inputs[i]._flatpickr;
      if (picker && !picker.rolloutLocalized) {
        picker.rolloutLocalized = true;
        picker.set('locale', CALENDAR);
      }
    }
  }

  function numberRows(root) {
    var lists = root.querySelectorAll('.fjs-form-field-dynamiclist');
    for (var i = 0; i < lists.length; i++) {
      var label = lists[i].querySelector('.fjs-form-field-grouplabel, label');
      var name = label && ROW_NAMES[label.textContent.trim()];
      if (!name) {
        continue;
      }
      var rows = lists[i].querySelectorAll('.fjs-repeat-row-container');
      for (var r = 0; r < rows.length; r++) {
        if (rows[r].closest('.fjs-form-field-dynamiclist') !== lists[i]) {
          continue;
        }
        var number = name + ' ' + (r + 1);
        if (rows[r].getAttribute('data-rollout-row') !== number) {
          rows[r].setAttribute('data-rollout-row', number);
        }
      }
    }
  }

  /*
   * Money: form-js's number field takes digits only (a thousands separator makes it "not a number"), so
   * a field in đồng shows the amount with its separators under what is typed, as it is typed:
   * "9.000.000.000 đồng". By the field's label, which ends with "(đồng)".
   */
  var MONEY_LABEL = /\(đồng\)\s*\*?\s*$/;
  var GROUPED = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

  function showMoney(root) {
    var fields = root.querySelectorAll('.fjs-form-field-number');
    for (var i = 0; i < fields.length; i++) {
      var label = fields[i].querySelector('label');
      var input = fields[i].querySelector('input');
      if (!label || !input || !MONEY_LABEL.test(label.textContent)) {
        continue;
      }
      var amount = input.value.trim();
      var shown = /^\d+$/.test(amount) ? GROUPED.format(Number(amount)) + ' đồng' : '';
      if ((fields[i].getAttribute('data-rollout-money') || '') !== shown) {
        fields[i].setAttribute('data-rollout-money', shown);
      }
    }
  }

  /* Watches one form's container as long as it is on the page. */
  function watchForm(container) {
    var pending = false;
    function pass() {
      pending = false;
      translateNode(container);
      localizeDatePickers(container);
      numberRows(container);
      showMoney(container);
    }
    pass();
    container.addEventListener('input', function () {
      showMoney(container);
    });
    var observer = new MutationObserver(function () {
      if (!pending) {
        pending = true;
        // after form-js's own rendering of this turn
        window.setTimeout(pass, 0);
      }
    });
    observer.observe(container, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['placeholder', 'aria-label']
    });
    return observer;
  }

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

  /*
   * Camunda Forms in Tasklist (the camTasklistFormCamunda directive), around Camunda's own link:
   * - Before the task is claimed the form is shown but cannot be used (greyed, `inert`), with the hint
   *   "Nhận công việc để nhập"; Tasklist itself leaves the fields editable and "Lưu" usable.
   * - "Hoàn thành" without "Lưu" first: Tasklist 7.24 disables it while form-js's error map has any key,
   *   and form-js leaves a key with no error in it for every edited field of a dynamic list until the
   *   form is validated as a whole (what "Lưu" does). Here the button follows the errors the form
   *   shows; completing validates the whole form anyway and completes nothing if a field is wrong.
   * - Once completed, a confirmation names the task (Tasklist only removes it from the list).
   */
  function camundaForms(directives, $timeout, $translate, Notifications, $document) {
    var directive = directives[0];
    var link = directive.link;
    directive.compile = function () {
      return function (scope, element, attributes, form) {
        // Tasklist keeps its form controller from task to task: wrap its methods once
        var shownValidated = form.rolloutShownValidated || form.notifyFormValidated;
        form.rolloutShownValidated = shownValidated;
        form.notifyFormValidated = function (invalid) {
          shownValidated.call(form, invalid);
          var failed = form.getTasklistForm && form.getTasklistForm() && form.getTasklistForm().$error;
          if (invalid && !failed) {
            $timeout(function () {
              if (!element[0].querySelector('.fjs-has-errors')) {
                shownValidated.call(form, false);
              }
            }, 100);
          }
        };
        // form-js marks the form changed as soon as it has loaded it: before the claim "Lưu" stays off
        var unclaimed = false;
        var lastDirty = false;
        var shownDirty = form.rolloutShownDirty || form.notifyFormDirty;
        form.rolloutShownDirty = shownDirty;
        form.notifyFormDirty = function (dirty) {
          lastDirty = dirty;
          shownDirty.call(form, dirty && !unclaimed);
        };
        var register = form.rolloutRegister || form.registerCompletionHandler;
        form.rolloutRegister = register;
        form.registerCompletionHandler = function (handler) {
          register.call(form, function (done) {
            // a task's form (a start form, in the dialog that starts a process, has no task)
            var isTask = !!(form.getParams && form.getParams().taskId);
            var heading = $document[0].querySelector('section.task-details h2.task');
            var taskName = heading ? heading.textContent.trim() : '';
            handler(function (error, result) {
              if (!error && isTask) {
                Notifications.addMessage({
                  // (the notification puts " :" after its status: without the key's full stop)
                  status: $translate.instant('COMPLETE_OK').replace(/\.$/, ''),
                  message: taskName ? '«' + taskName + '»' : '',
                  duration: 8000
                });
              }
              done(error, result);
            });
          });
        };

        var hint = angular.element('<p class="rollout-claim-hint" role="note">Nhận công việc để nhập</p>');
        element[0].parentNode.insertBefore(hint[0], element[0]);
        scope.$watch(
          function () {
            var options = form.getOptions();
            return !!(options && options.disableForm);
          },
          function (isUnclaimed) {
            unclaimed = isUnclaimed;
            shownDirty.call(form, lastDirty && !unclaimed);
            element.toggleClass('rollout-unclaimed', unclaimed);
            hint.toggleClass('ng-hide', !unclaimed);
            if (unclaimed) {
              element.attr('inert', '');
            } else {
              element.removeAttr('inert');
            }
          }
        );

        var observer = watchForm(element[0]);
        scope.$on('$destroy', function () {
          observer.disconnect();
          hint.remove();
        });
        return link.apply(this, arguments);
      };
    };
    return directives;
  }

  /* Tasklist's search view (a plugin of tasklist.list) with the criteria of SEARCH_TYPES. */
  function officialsSearch(Views) {
    var views = Views.getProviders({ component: 'tasklist.list' }) || [];
    views.forEach(function (view) {
      if (view.id !== 'task-search' || view.rolloutSearch) {
        return;
      }
      var controller = view.controller;
      view.rolloutSearch = true;
      view.controller = [
        '$scope',
        '$injector',
        function ($scope, $injector) {
          $injector.invoke(controller, this, { $scope: $scope });
          $scope.types = angular.copy(SEARCH_TYPES);
        }
      ];
    });
  }

  return angular
    .module('rollout.tasklist', [])
    .config([
      '$injector',
      '$provide',
      function ($injector, $provide) {
        if ($injector.has('amTimeAgoDirectiveProvider')) {
          $provide.decorator('amTimeAgoDirective', ['$delegate', '$filter', 'moment', dateThenDistance]);
        }
        if ($injector.has('camTasklistFormCamundaDirectiveProvider')) {
          $provide.decorator('camTasklistFormCamundaDirective', [
            '$delegate',
            '$timeout',
            '$translate',
            'Notifications',
            '$document',
            camundaForms
          ]);
        }
      }
    ])
    .run(phoneDatePickers)
    .run(['Views', officialsSearch]);
});
