/*
 * Triển khai Nghị quyết: Admin's lists of groups in Vietnamese.
 *
 * A group's type is a code kept in the engine (the product's "organ" and "unit" for the organisation's
 * groups, organisation/OrganisationIdentity; Camunda's WORKFLOW and SYSTEM), and Camunda's own
 * administrators' group is named in English by Camunda's Spring Boot starter. Admin shows both as they
 * are stored; the cells of its group tables (td.group-type, td.group-name) show them in Vietnamese
 * here. The group's edit page keeps the code: it is what is saved.
 */
define(['angular'], function (angular) {
  'use strict';

  var GROUP_TYPES = {
    organ: 'Cơ quan của cấp ủy',
    unit: 'Đơn vị',
    WORKFLOW: 'Nghiệp vụ',
    SYSTEM: 'Hệ thống'
  };
  var GROUP_NAMES = {
    'camunda BPM Administrators': 'Quản trị hệ thống'
  };

  function translateCells(root, selector, words) {
    var cells = root.querySelectorAll(selector);
    for (var i = 0; i < cells.length; i++) {
      var text = cells[i].textContent.trim();
      if (Object.prototype.hasOwnProperty.call(words, text)) {
        cells[i].textContent = words[text];
        cells[i].setAttribute('title', text);
      }
    }
  }

  function translate() {
    translateCells(document, 'td.group-type', GROUP_TYPES);
    translateCells(document, 'td.group-name', GROUP_NAMES);
  }

  return angular.module('rollout.admin', []).run([
    '$timeout',
    function ($timeout) {
      var pending = false;
      new MutationObserver(function () {
        if (!pending) {
          pending = true;
          $timeout(function () {
            pending = false;
            translate();
          }, 0, false);
        }
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    }
  ]);
});
