/*
 * Triển khai Nghị quyết: the secretariat's dashboard inside Cockpit (Camunda 7.14+ frontend plugin,
 * loaded through customScripts in ../config.js). Plain DOM, no library, no CDN (the webapps'
 * Content-Security-Policy allows no outside script). It reads /api/dashboard/resolutions and
 * /api/resolutions/{id}/status with the Cockpit session (the server accepts the webapp session for
 * GET on /api). Stable ids and classes (rollout-*) for browser tests.
 *
 * - "Triển khai nghị quyết" in Cockpit's top navigation opens #/rollout, the dashboard's own page.
 * - The page's state is its URL: #/rollout?resolution=<id>&committee=<code>&depth=<n>&phase=&status=&sort=
 *   so that a view can be bookmarked and sent. Every choice changes the URL; Cockpit's router then
 *   renders the page again, which reads the URL (the last answer is kept, so a filter or a sort does
 *   not ask the server again).
 * - Printing gives the title, the action list, the table, the resolution's targets and the charts on A4 landscape, without
 *   Cockpit's header, menus, buttons or link addresses.
 */
const COLOURS = { grey: '#d9d9d9', blue: '#9dc3e6', green: '#a9d18e', orange: '#f4b183', red: '#ff7c80' };
const STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE_ON_TIME', 'DONE_LATE', 'OVERDUE'];
const ROUTE = '/rollout';
const TITLE = 'Triển khai nghị quyết';
const SVG = 'http://www.w3.org/2000/svg';

// Cockpit's header, breadcrumbs, footer and notifications are not printed; nor Bootstrap's link addresses.
const PRINT_STYLE = `
@page { size: A4 landscape; margin: 10mm; }
@media print {
  [cam-widget-header], .cam-breadcrumb, [cam-widget-footer], footer, .page-breadcrumb, .notifications,
  .rollout-noprint, #rollout-picker, .ctn-header { display: none !important; }
  html, body, .ctn-main, .ctn-wrapper, .ctn-view, [ng-view], .ctn-content-container, .ctn-content {
    position: static !important; overflow: visible !important; height: auto !important; width: auto !important;
    margin: 0 !important; padding: 0 !important; top: auto !important; left: auto !important; }
  a[href]:after, abbr[title]:after { content: none !important; }
  #rollout-dashboard { font-size: 10pt; }
  #rollout-dashboard table { page-break-inside: auto; }
  #rollout-dashboard tr { page-break-inside: avoid; }
  .rollout-count, .rollout-report, .rollout-item-status { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
body.rollout-no-tasks [cam-widget-header] li:has(a[href="#/tasks"]) { display: none !important; }
#rollout-dashboard th button.rollout-sort { border: 0; background: none; padding: 0; font-weight: bold; }
#rollout-dashboard .rollout-count--zero { color: #888; }
#rollout-resolutions { list-style: none; padding: 0; max-height: 16em; overflow: auto; border: 1px solid #ddd; width: 48em; }
#rollout-resolutions li button { display: block; width: 100%; text-align: left; border: 0; background: none; padding: 3px 6px; }
#rollout-resolutions li button:hover, #rollout-resolutions li button:focus { background: #eef; }
`;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([key, value]) => {
    if (value == null) return;
    if (key === 'class') node.className = value;
    else if (key === 'style') node.style.cssText = value;
    else if (key.startsWith('on')) node.addEventListener(key.substring(2), value);
    else node.setAttribute(key, value);
  });
  children.flat().forEach(child => node.append(child instanceof Node ? child : document.createTextNode(child ?? '')));
  return node;
}

function svgNode(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attrs).forEach(([key, value]) => node.setAttribute(key, String(value)));
  if (text != null) node.textContent = text;
  return node;
}

function date(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.substring(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** Letters without diacritics, lower case: "05-NQ" finds "05-NQ/TU", "chuyen doi so" finds "chuyển đổi số". */
function plain(text) {
  return String(text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

function installStyle() {
  if (document.getElementById('rollout-style')) return;
  document.head.append(el('style', { id: 'rollout-style' }, PRINT_STYLE));
}

async function getJson(url) {
  const answer = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const body = await answer.json().catch(() => ({}));
  if (!answer.ok) throw new Error(body.message || `Lỗi ${answer.status}`);
  return body;
}

function choices() {
  return getJson('/api/dashboard/resolutions');
}

function statusUrl(resolution, committee, depth, suffix) {
  const query = new URLSearchParams({ depth: String(depth) });
  if (committee) query.set('committee', committee);
  return `/api/resolutions/${encodeURIComponent(resolution)}/status${suffix || ''}?${query}`;
}

// The last answer, reused only when the page itself changed the URL (a filter, a sort): never after
// another page, another login or "Xem".
let lastStatus = { key: null, body: null };
let fromThisPage = false;
async function loadStatus(resolution, committee, depth) {
  const key = `${resolution}|${committee}|${depth}`;
  const reuse = fromThisPage;
  fromThisPage = false;
  if (!reuse || lastStatus.key !== key) {
    lastStatus = { key, body: await getJson(statusUrl(resolution, committee, depth)) };
  }
  return lastStatus.body;
}

function loadItems(resolution, code) {
  return getJson(`/api/committees/${encodeURIComponent(code)}/items?resolution=${encodeURIComponent(resolution)}`);
}

// --- the URL is the page's state ---

function urlParams() {
  const hash = window.location.hash;
  const at = hash.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : hash.substring(at + 1));
}

function go(changes) {
  const params = urlParams();
  Object.entries(changes).forEach(([key, value]) => (value == null || value === '' ? params.delete(key) : params.set(key, String(value))));
  fromThisPage = true;
  window.location.hash = `#${ROUTE}?${params}`;
}

// --- pieces of the page ---

/** A count: coloured only when above zero, so that problems stand out. */
function chip(count, colour, label) {
  const zero = !count;
  return el('span', {
    class: `rollout-count rollout-count--${colour}${zero ? ' rollout-count--zero' : ''}`, title: label,
    style: `display:inline-block;min-width:2em;text-align:center;margin:0 2px;padding:0 4px;border-radius:3px;${zero ? '' : `background:${COLOURS[colour]}`}`
  }, String(count));
}

function legendChip(colour, label) {
  return el('span', { class: `rollout-legend-item rollout-legend-item--${colour}`,
    style: `display:inline-block;margin:0 4px;padding:0 4px;border-radius:3px;background:${COLOURS[colour]}` }, label);
}

function report(r) {
  const quiet = r.state === 'NOT_DUE';
  return el('span', { class: `rollout-report rollout-report--${r.state}`,
    style: quiet ? 'color:#888' : `padding:0 4px;border-radius:3px;background:${COLOURS[r.colour]}` }, r.label);
}

function instanceLink(processInstanceId, cls) {
  return processInstanceId
    ? el('a', { class: cls, href: `#/process-instance/${processInstanceId}/runtime` }, 'Quy trình')
    : '';
}

function actionList(status, container) {
  const actions = status.actions || [];
  const heading = el('h3', { id: 'rollout-actions-heading' }, 'Việc cần xử lý ',
    el('span', { class: `badge${actions.length ? '' : ' rollout-count--zero'}`,
      style: actions.length ? `background:${COLOURS.red};color:#000` : '' }, String(actions.length)));
  if (!actions.length) {
    return [heading, el('p', { id: 'rollout-actions-empty' }, 'Không có việc nào quá hạn hoặc cần xử lý.')];
  }
  const shown = actions.slice(0, 200);
  return [heading,
    el('table', { id: 'rollout-actions', class: 'cam-table' },
      el('thead', {}, el('tr', {}, ['Số ngày chậm', 'Việc cần xử lý', 'Cấp ủy', 'Số lượng', 'Từ ngày', ''].map(h => el('th', {}, h)))),
      el('tbody', {}, shown.map(a => el('tr', { class: 'rollout-action', 'data-kind': a.kind, 'data-committee': a.committee },
        el('td', { class: 'rollout-action-days' }, String(a.days)),
        el('td', { class: 'rollout-action-label' }, a.label),
        el('td', {}, a.committeeName),
        el('td', { class: 'rollout-action-count' }, String(a.count)),
        el('td', {}, date(a.since)),
        el('td', { class: 'rollout-noprint' },
          el('button', { class: 'rollout-action-items btn btn-link btn-xs', type: 'button',
            onclick: () => container.items({ code: a.committee, name: a.committeeName }) }, 'Nhiệm vụ'), ' ',
          instanceLink(a.processInstanceId, 'rollout-action-instance')))))),
    actions.length > shown.length
      ? el('p', { id: 'rollout-actions-more' }, `Hiển thị ${shown.length} trong ${actions.length} việc; chọn một cấp ủy cấp dưới để xem tiếp.`)
      : ''];
}

function itemsView(committee, items) {
  const heading = el('h4', {}, `Nhiệm vụ của ${committee.name}`,
    committee.programmeSymbol ? ` (chương trình ${committee.programmeSymbol})` : '');
  if (!items.length) {
    return [heading, el('p', { id: 'rollout-items-empty' }, 'Cấp ủy này chưa có chương trình hành động được phê duyệt.')];
  }
  return [heading, el('table', { id: 'rollout-items-table', class: 'cam-table' },
    el('thead', {}, el('tr', {}, ['STT', 'Nội dung', 'Chủ trì', 'Hạn hoàn thành', 'Tiến độ', 'Tình trạng', 'Minh chứng']
      .map(h => el('th', {}, h)))),
    el('tbody', {}, items.map(item => el('tr', { class: 'rollout-item', 'data-status': item.status },
      el('td', {}, String(item.number)),
      el('td', {}, item.content),
      el('td', {}, item.leadName || item.lead),
      el('td', {}, date(item.dueDate || item.deadline)),
      el('td', {}, `${item.progressPercent}%`),
      el('td', {}, el('span', { class: `rollout-item-status rollout-item-status--${item.colour}`,
        style: `padding:0 4px;border-radius:3px;background:${COLOURS[item.colour]}` }, item.statusLabel)),
      el('td', { class: 'rollout-item-attachments' }, (item.attachments || []).flatMap((file, i) =>
        [i ? ', ' : '', el('a', { href: file.url, download: '' }, file.fileName)]))))))];
}

const SORTS = {
  name: { label: 'Cấp ủy', compare: (a, b) => a.name.localeCompare(b.name, 'vi') },
  phase: { label: 'Giai đoạn', compare: (a, b) => a.phaseOrder - b.phaseOrder },
  overdue: { label: 'Quá hạn', compare: (a, b) => b.items.OVERDUE - a.items.OVERDUE },
  onTime: { label: 'Tỷ lệ đúng hạn', compare: (a, b) => (a.onTimePercent ?? 101) - (b.onTimePercent ?? 101) },
  cutoff: { label: 'Hạn tiếp theo', compare: (a, b) => (a.nextCutoff?.days ?? 1e9) - (b.nextCutoff?.days ?? 1e9) }
};

function committeeTable(status, view, container) {
  const phaseOrder = {};
  status.itemsByPhase.forEach((p, i) => (phaseOrder[p.phase] = i));
  status.committees.forEach(c => (c.phaseOrder = phaseOrder[c.phase] ?? 99));
  const sort = SORTS[view.sort] || SORTS.name;
  const filtered = view.phase || view.status;
  const matches = c => (!view.phase || c.phase === view.phase) && (!view.status || (c.items[view.status] || 0) > 0);

  const byParent = {};
  status.committees.forEach(c => (byParent[c.parentCode || ''] = byParent[c.parentCode || ''] || []).push(c));
  Object.values(byParent).forEach(list => list.sort((a, b) => sort.compare(a, b) || a.name.localeCompare(b.name, 'vi')));
  const collapsed = new Set();
  const body = el('tbody');
  const row = (c, toggle) => {
    const links = [el('button', { class: 'rollout-items-link btn btn-link btn-xs', type: 'button',
      onclick: () => container.items(c) }, 'Nhiệm vụ'), ' ', instanceLink(c.processInstanceId, 'rollout-instance-link'),
      ' ', el('a', { class: 'rollout-docx-link',
        href: `/api/committees/${encodeURIComponent(c.code)}/reports/MID_TERM.docx?resolution=${status.resolution.id}` }, 'BC sơ kết')];
    if (c.programmeSymbol) {
      links.push(' ', el('a', { class: 'rollout-programme-link',
        href: `/api/committees/${encodeURIComponent(c.code)}/programme.docx?resolution=${status.resolution.id}` }, 'Chương trình'));
    }
    return el('tr', { class: 'rollout-row', 'data-code': c.code, 'data-level': String(c.level) },
      el('td', { style: `padding-left:${(filtered ? 0 : c.level) * 1.5}em` }, toggle,
        el('a', { class: 'rollout-drill', href: '#', title: 'Xem cấp ủy này và các cấp dưới',
          onclick: (e) => { e.preventDefault(); go({ committee: c.code }); } }, c.name)),
      el('td', { class: 'rollout-phase' }, c.phaseLabel),
      el('td', { class: 'rollout-programme' }, c.programmeSymbol || ''),
      el('td', { style: 'white-space:nowrap' }, STATUSES.map((s, i) => chip(c.items[s], status.colours[i].colour, status.colours[i].label))),
      el('td', { class: 'rollout-on-time' }, c.onTimePercent == null ? '' : `${c.onTimePercent}%`),
      el('td', {}, report(c.midTermReport)),
      el('td', {}, report(c.finalReport)),
      el('td', { class: 'rollout-next-cutoff' }, c.nextCutoff ? `${c.nextCutoff.label}: ${date(c.nextCutoff.date)} (còn ${c.nextCutoff.days} ngày)` : ''),
      el('td', {}, `${c.cascade.started}/${c.cascade.total}`),
      el('td', { class: 'rollout-noprint' }, links));
  };
  const render = () => {
    body.replaceChildren();
    if (filtered) {
      // a filter shows the matching committees as a flat list, in the order chosen
      const list = status.committees.filter(matches).sort((a, b) => sort.compare(a, b) || a.name.localeCompare(b.name, 'vi'));
      list.forEach(c => body.append(row(c, '')));
      if (!list.length) {
        body.append(el('tr', { id: 'rollout-no-match' }, el('td', { colspan: '10' }, 'Không có cấp ủy nào khớp với bộ lọc.')));
      }
      return;
    }
    const visit = (c) => {
      const children = byParent[c.code] || [];
      const open = !collapsed.has(c.code);
      const toggle = children.length
        ? el('button', { class: 'rollout-toggle btn btn-link btn-xs rollout-noprint', type: 'button', 'aria-expanded': String(open),
            title: open ? 'Thu gọn' : 'Mở rộng',
            onclick: () => { open ? collapsed.add(c.code) : collapsed.delete(c.code); render(); } }, open ? '▾' : '▸')
        : el('span', { style: 'display:inline-block;width:1.5em' });
      body.append(row(c, toggle));
      if (open) children.forEach(visit);
    };
    (byParent[''] || []).forEach(visit);
  };
  render();

  const header = (key, label) => {
    if (!key) return el('th', {}, label);
    const active = (view.sort || 'name') === key;
    return el('th', { 'aria-sort': active ? 'ascending' : 'none' },
      el('button', { class: 'rollout-sort', type: 'button', 'data-sort': key, title: `Sắp xếp theo ${label.toLowerCase()}`,
        onclick: () => go({ sort: key === 'name' ? '' : key }) }, label, active ? ' ▲' : ''));
  };
  return el('table', { id: 'rollout-table', class: 'cam-table' },
    el('thead', {}, el('tr', {},
      header('name', 'Cấp ủy'), header('phase', 'Giai đoạn'), header(null, 'Chương trình'),
      header('overdue', 'Nhiệm vụ theo tình trạng'), header('onTime', 'Tỷ lệ đúng hạn'),
      header(null, 'Báo cáo sơ kết'), header(null, 'Báo cáo tổng kết'), header('cutoff', 'Hạn tiếp theo'),
      header(null, 'Đã triển khai'), el('th', { class: 'rollout-noprint' }, 'Xem'))),
    body);
}

function filters(status, view) {
  const phase = el('select', { id: 'rollout-filter-phase', class: 'form-control input-sm',
    onchange: () => go({ phase: phase.value }) },
    el('option', { value: '' }, 'Mọi giai đoạn'),
    status.itemsByPhase.map(p => el('option', { value: p.phase }, `${p.label} (${p.committees})`)));
  phase.value = view.phase || '';
  const itemStatus = el('select', { id: 'rollout-filter-status', class: 'form-control input-sm',
    onchange: () => go({ status: itemStatus.value }) },
    el('option', { value: '' }, 'Mọi tình trạng nhiệm vụ'),
    status.colours.map(c => el('option', { value: c.status }, `Có nhiệm vụ "${c.label}"`)));
  itemStatus.value = view.status || '';
  return el('form', { id: 'rollout-filters', class: 'form-inline rollout-noprint', onsubmit: e => e.preventDefault() },
    el('label', {}, 'Giai đoạn của cấp ủy ', phase), ' ',
    el('label', {}, 'Tình trạng nhiệm vụ ', itemStatus));
}

function shareChart(status) {
  // on-time share of items per direct subordinate: plain SVG bars
  const rows = status.committees.filter(c => c.level === 1);
  const svg = svgNode('svg', { id: 'rollout-chart', width: 640, height: 22 * rows.length + 10 });
  rows.forEach((c, i) => {
    const y = 5 + i * 22;
    const share = c.onTimePercent ?? 0;
    svg.append(svgNode('text', { x: 0, y: y + 14, 'font-size': 12 }, c.name));
    svg.append(svgNode('rect', { x: 260, y, height: 16, width: 3 * share, class: 'rollout-chart-bar', 'data-code': c.code,
      fill: share >= 80 ? COLOURS.green : share >= 50 ? COLOURS.orange : COLOURS.red }));
    svg.append(svgNode('text', { x: 265 + 3 * share, y: y + 13, 'font-size': 12 },
      c.onTimePercent == null ? 'chưa có nhiệm vụ đến hạn' : `${share}%`));
  });
  return svg;
}

function phaseChart(status) {
  // items by colour in each phase: one stacked bar per phase, its segments in the order of the legend
  const rows = status.itemsByPhase;
  const max = Math.max(1, ...rows.map(p => STATUSES.reduce((sum, s) => sum + (p.items[s] || 0), 0)));
  const scale = 360 / max;
  const svg = svgNode('svg', { id: 'rollout-phase-chart', width: 720, height: 22 * rows.length + 10 });
  rows.forEach((p, i) => {
    const y = 5 + i * 22;
    svg.append(svgNode('text', { x: 0, y: y + 14, 'font-size': 12 }, `${p.label} (${p.committees} cấp ủy)`));
    let x = 260;
    STATUSES.forEach((s, j) => {
      const count = p.items[s] || 0;
      if (!count) return;
      const colour = status.colours[j].colour;
      const bar = svgNode('rect', { x, y, height: 16, width: count * scale, fill: COLOURS[colour],
        class: `rollout-phase-bar rollout-phase-bar--${colour}`, 'data-phase': p.phase, 'data-count': count });
      bar.append(svgNode('title', {}, `${status.colours[j].label}: ${count}`));
      svg.append(bar);
      x += count * scale;
    });
    const total = STATUSES.reduce((sum, s) => sum + (p.items[s] || 0), 0);
    svg.append(svgNode('text', { x: x + 5, y: y + 13, 'font-size': 12 }, total ? `${total} nhiệm vụ` : 'chưa có nhiệm vụ'));
  });
  return svg;
}

function trendChart(status) {
  // one stacked bar per week (items by colour, left scale) and the on-time share (line, right scale)
  const points = status.trend || [];
  const width = 760;
  const height = 240;
  const left = 50;
  const right = 50;
  const top = 10;
  const bottom = 40;
  const plotHeight = height - top - bottom;
  const step = (width - left - right) / Math.max(points.length, 1);
  const total = p => STATUSES.reduce((sum, s) => sum + (p.items[s] || 0), 0);
  const max = Math.max(1, ...points.map(total));
  const svg = svgNode('svg', { id: 'rollout-trend', width, height, role: 'img',
    'aria-label': 'Diễn biến nhiệm vụ theo tuần và tỷ lệ hoàn thành đúng hạn' });
  svg.append(svgNode('line', { x1: left, y1: top + plotHeight, x2: width - right, y2: top + plotHeight, stroke: '#999' }));
  svg.append(svgNode('text', { x: 0, y: top + 10, 'font-size': 11 }, `${max} nhiệm vụ`));
  svg.append(svgNode('text', { x: width - right + 4, y: top + 10, 'font-size': 11 }, '100%'));
  svg.append(svgNode('text', { x: width - right + 4, y: top + plotHeight, 'font-size': 11 }, '0%'));
  const line = [];
  points.forEach((p, i) => {
    const x = left + i * step + (step - Math.min(step * 0.7, 36)) / 2;
    const barWidth = Math.min(step * 0.7, 36);
    let y = top + plotHeight;
    STATUSES.forEach((s, j) => {
      const count = p.items[s] || 0;
      if (!count) return;
      const h = count * plotHeight / max;
      y -= h;
      const bar = svgNode('rect', { x, y, width: barWidth, height: h, fill: COLOURS[status.colours[j].colour],
        class: `rollout-trend-bar rollout-trend-bar--${status.colours[j].colour}`, 'data-week': p.week, 'data-count': count });
      bar.append(svgNode('title', {}, `Tuần từ ${date(p.week)}: ${status.colours[j].label} ${count}`));
      svg.append(bar);
    });
    if (i % Math.ceil(points.length / 8) === 0 || p.current) {
      svg.append(svgNode('text', { x, y: height - bottom + 14, 'font-size': 11 }, p.current ? 'Tuần này' : date(p.week).substring(0, 5)));
    }
    if (p.onTimePercent != null) {
      line.push([x + barWidth / 2, top + plotHeight * (1 - p.onTimePercent / 100), p]);
    }
  });
  if (line.length > 1) {
    svg.append(svgNode('polyline', { points: line.map(([x, y]) => `${x},${y}`).join(' '), fill: 'none', stroke: '#1f4e79', 'stroke-width': 2 }));
  }
  line.forEach(([x, y, p]) => {
    const dot = svgNode('circle', { cx: x, cy: y, r: 4, fill: '#1f4e79', class: 'rollout-trend-share',
      'data-week': p.week, 'data-percent': p.onTimePercent });
    dot.append(svgNode('title', {}, `Tuần từ ${date(p.week)}: ${p.onTimePercent}% đúng hạn`));
    svg.append(dot);
  });
  svg.append(svgNode('text', { x: left, y: height - 6, 'font-size': 11 },
    'Cột: nhiệm vụ theo tình trạng cuối mỗi tuần; đường: tỷ lệ hoàn thành đúng hạn (đúng hạn ÷ đã đến hạn).'));
  return svg;
}

/** A number as officials write it: thousands with a dot, decimals with a comma (10.000; 0,5; -1.234,75). */
function number(value) {
  if (value == null || value === '') return '';
  const text = String(value);
  if (!/^-?\d+(\.\d+)?$/.test(text)) return text;
  const negative = text.startsWith('-');
  const [whole, fraction] = (negative ? text.substring(1) : text).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** The resolution's targets (chỉ tiêu): baseline, target, value reached and share achieved, for the committee and its whole subtree. */
function targetsSection(status) {
  const targets = status.targets || [];
  if (!targets.length) return '';
  const name = status.committees[0].name;
  const missing = el('span', { class: 'rollout-target-none', style: 'color:#888' }, 'chưa có số liệu');
  const share = (percent) => (percent == null ? '' : `${percent}%`);
  const reached = (value, cls) => (value == null ? missing.cloneNode(true) : el('span', { class: cls }, number(value)));
  const way = t => (t.aggregation === 'SUM' ? 'cộng' : 'trung bình');
  return [
    el('h3', { id: 'rollout-targets-heading' }, 'Chỉ tiêu của nghị quyết'),
    el('table', { id: 'rollout-targets', class: 'cam-table' },
      el('thead', {},
        el('tr', {},
          ['STT', 'Lĩnh vực', 'Chỉ tiêu', 'Đơn vị tính', 'Giá trị gốc (năm)', 'Mục tiêu (năm)']
            .map(h => el('th', { rowspan: '2', style: 'vertical-align:bottom' }, h)),
          el('th', { colspan: '2', style: 'text-align:center' }, name),
          el('th', { colspan: '3', style: 'text-align:center' }, `${name} và toàn bộ cấp dưới`)),
        el('tr', {}, ['Giá trị đạt được', 'Tỷ lệ hoàn thành', 'Giá trị đạt được', 'Tỷ lệ hoàn thành', 'Số cấp ủy có số liệu']
          .map(h => el('th', {}, h)))),
      el('tbody', {}, targets.map(t => el('tr', { class: 'rollout-target', 'data-id': String(t.id), 'data-field': t.field },
        el('td', {}, String(t.position)),
        el('td', { class: 'rollout-target-field' }, t.fieldLabel),
        el('td', { class: 'rollout-target-name' }, t.name),
        el('td', { class: 'rollout-target-unit' }, t.unit),
        el('td', { class: 'rollout-target-baseline' }, `${number(t.baseline)} (${t.baselineYear})`),
        el('td', { class: 'rollout-target-target' }, `${number(t.target)} (${t.targetYear})`),
        el('td', { class: 'rollout-target-reached' }, reached(t.reached, 'rollout-target-value')),
        el('td', { class: 'rollout-target-achieved' }, share(t.achievedPercent)),
        el('td', { class: 'rollout-target-subtree-reached' }, reached(t.subtreeReached, 'rollout-target-value'),
          t.subtreeReached == null ? '' : ` (${way(t)})`),
        el('td', { class: 'rollout-target-subtree-achieved' }, share(t.subtreeAchievedPercent)),
        el('td', { class: 'rollout-target-reporting' }, String(t.committeesReporting)))))),
    el('p', { id: 'rollout-targets-note' },
      'Giá trị đạt được: số liệu mới nhất đơn vị chủ trì báo cáo cho các nhiệm vụ gắn với chỉ tiêu; cộng với chỉ tiêu đếm được, '
        + 'trung bình với chỉ tiêu tỷ lệ. Tỷ lệ hoàn thành: (đạt được − giá trị gốc) ÷ (mục tiêu − giá trị gốc).')];
}

function statusView(node, status, view, container) {
  const percent = status.cascade.percent;
  node.replaceChildren(...[
    el('h3', { id: 'rollout-title' }, `Nghị quyết ${status.resolution.symbol}: ${status.resolution.title}`),
    el('p', { id: 'rollout-subtitle' }, `${status.committees[0].name} và cấp dưới (${status.depth} cấp). Số liệu đến ngày ${date(status.today)}. `,
      status.nextCutoff ? `${status.nextCutoff.label}: ${date(status.nextCutoff.date)}, còn ${status.nextCutoff.days} ngày.` : ''),
    el('div', { class: 'rollout-noprint', style: 'margin:6px 0' },
      el('a', { id: 'rollout-xlsx', class: 'btn btn-default', href: statusUrl(status.resolution.id, status.committee, status.depth, '.xlsx') },
        'Tải bảng Excel'), ' ',
      el('button', { id: 'rollout-print', class: 'btn btn-default', type: 'button', onclick: () => window.print() }, 'In trang (A4 ngang)'),
      status.committees[0].parentCode && !container.fixed
        ? [' ', el('button', { id: 'rollout-up', class: 'btn btn-default', type: 'button',
            onclick: () => go({ committee: status.committees[0].parentCode }) }, 'Lên cấp trên')]
        : ''),
    actionList(status, container),
    el('div', { id: 'rollout-items' }),
    el('h3', {}, 'Tình hình theo cấp ủy'),
    el('div', {}, `Tiến độ triển khai xuống cấp dưới: ${status.cascade.started}/${status.cascade.total} cấp ủy`,
      el('div', { style: 'background:#eee;height:14px;width:400px;border-radius:3px' },
        el('div', { id: 'rollout-cascade-bar', 'data-percent': String(percent),
          style: `background:${COLOURS.blue};height:14px;width:${4 * percent}px;border-radius:3px` }))),
    el('p', { id: 'rollout-legend' }, 'Tình trạng nhiệm vụ: ', status.colours.map(c => legendChip(c.colour, c.label))),
    container.fixed ? '' : filters(status, view),
    committeeTable(status, view, container),
    targetsSection(status),
    el('h4', {}, `Diễn biến theo tuần của ${status.committees[0].name} và toàn bộ cấp dưới`),
    (status.trend || []).length > 1 ? '' : el('p', { id: 'rollout-trend-note' },
      'Mỗi tuần, tối Chủ nhật, hệ thống ghi lại số liệu; biểu đồ có thêm một cột cho mỗi tuần đã qua.'),
    trendChart(status),
    el('h4', {}, 'Tỷ lệ nhiệm vụ hoàn thành đúng hạn của các cấp ủy trực thuộc'),
    shareChart(status),
    el('h4', {}, 'Nhiệm vụ theo tình trạng trong từng giai đoạn'),
    phaseChart(status)].flat(2));
}

function picker(list, chosen) {
  const search = el('input', { id: 'rollout-resolution-search', type: 'search', class: 'form-control', autocomplete: 'off',
    placeholder: 'Tìm theo số hiệu (05-NQ) hoặc trích yếu', 'aria-label': 'Tìm nghị quyết', style: 'width:48em' });
  const options = el('ul', { id: 'rollout-resolutions', role: 'listbox' });
  const render = () => {
    const words = plain(search.value).split(/\s+/).filter(Boolean);
    const found = list.filter(r => words.every(w => plain(`${r.symbol} ${r.title}`).includes(w)));
    options.replaceChildren(...found.map(r => el('li', { role: 'option', 'aria-selected': String(String(r.id) === chosen) },
      el('button', { type: 'button', class: 'rollout-resolution-option', 'data-id': String(r.id),
        onclick: () => go({ resolution: r.id }) }, el('strong', {}, r.symbol), ` – ${r.title}`))));
    if (!found.length) {
      options.append(el('li', { id: 'rollout-resolutions-none' }, list.length
        ? 'Không có nghị quyết nào khớp với từ tìm kiếm.'
        : 'Chưa có nghị quyết nào mà văn phòng của đồng chí theo dõi.'));
    }
  };
  search.addEventListener('input', render);
  render();
  return el('div', { id: 'rollout-picker' },
    el('label', { for: 'rollout-resolution-search' }, 'Chọn nghị quyết (mới nhất ở trên)'), search, options);
}

/** The dashboard's page (#/rollout): everything it shows follows from the URL. */
async function page(node) {
  installStyle();
  const params = urlParams();
  const view = {
    resolution: params.get('resolution') || '',
    committee: params.get('committee') || '',
    depth: params.get('depth') || '1',
    phase: params.get('phase') || '',
    status: params.get('status') || '',
    sort: params.get('sort') || ''
  };
  const error = el('div', { id: 'rollout-error', class: 'alert alert-danger', style: 'display:none' });
  const content = el('div', { id: 'rollout-content' });
  const chosen = el('div', { id: 'rollout-chosen' });
  const section = el('section', { id: 'rollout-dashboard', style: 'padding:10px 20px' },
    el('h2', {}, TITLE), chosen, error, content);
  node.replaceChildren(section);
  const fail = (e) => { error.textContent = e.message; error.style.display = ''; };

  let home;
  try {
    home = await choices();
  } catch (e) {
    fail(e);
    return;
  }
  if (!view.committee && home.committee) {
    // the committee of the official's own office, kept in the URL from the start
    go({ resolution: view.resolution, committee: home.committee });
    return;
  }
  const resolution = home.resolutions.find(r => String(r.id) === view.resolution);
  if (!resolution) {
    chosen.replaceChildren(picker(home.resolutions, view.resolution));
    if (view.resolution) fail(new Error('Không có nghị quyết này trong danh sách đồng chí được theo dõi.'));
    return;
  }
  const committee = el('input', { id: 'rollout-committee', type: 'text', class: 'form-control input-sm', value: view.committee,
    'aria-label': 'Mã cấp ủy' });
  const depth = el('select', { id: 'rollout-depth', class: 'form-control input-sm' },
    [0, 1, 2, 3, 4].map(d => el('option', { value: String(d) }, d ? `${d} cấp dưới` : 'Chỉ cấp ủy này')));
  depth.value = view.depth;
  const another = el('div', { style: 'display:none' }, picker(home.resolutions, view.resolution));
  chosen.replaceChildren(
    el('div', { id: 'rollout-choice', class: 'rollout-noprint' },
      el('form', { class: 'form-inline', onsubmit: (e) => {
        e.preventDefault();
        lastStatus = { key: null, body: null };
        go({ committee: committee.value.trim(), depth: depth.value });
      } },
        el('button', { id: 'rollout-change', class: 'btn btn-default btn-sm', type: 'button',
          onclick: () => { another.style.display = another.style.display ? '' : 'none'; another.querySelector('input').focus(); } },
          'Chọn nghị quyết khác'), ' ',
        el('label', {}, 'Cấp ủy ', committee), ' ',
        el('label', {}, 'Hiển thị ', depth), ' ',
        el('button', { id: 'rollout-show', class: 'btn btn-primary btn-sm', type: 'submit' }, 'Xem'),
        home.committee && view.committee !== home.committee
          ? [' ', el('button', { id: 'rollout-own', class: 'btn btn-link btn-sm', type: 'button',
              onclick: () => go({ committee: home.committee }) }, `Về ${home.committeeName}`)]
          : ''),
      another));
  const container = {
    fixed: false,
    async items(c) {
      const panel = content.querySelector('#rollout-items');
      error.style.display = 'none';
      try {
        panel.replaceChildren(...itemsView(c, await loadItems(view.resolution, c.code)));
        panel.scrollIntoView();
      } catch (e) {
        fail(e);
      }
    }
  };
  content.replaceChildren(el('p', {}, 'Đang tải…'));
  try {
    const status = await loadStatus(view.resolution, view.committee, view.depth);
    document.title = `${status.resolution.symbol} – ${TITLE}`;
    statusView(content, status, view, container);
  } catch (e) {
    content.replaceChildren();
    fail(e);
  }
}

/** A process instance's tab: its own committee and resolution, nothing kept. */
async function instanceTab(node, resolution, committee) {
  installStyle();
  const error = el('div', { id: 'rollout-error', class: 'alert alert-danger', style: 'display:none' });
  const content = el('div', { id: 'rollout-content' });
  node.replaceChildren(el('section', { id: 'rollout-dashboard' }, error, content));
  const container = {
    fixed: true,
    async items(c) {
      const panel = content.querySelector('#rollout-items');
      try {
        panel.replaceChildren(...itemsView(c, await loadItems(resolution, c.code)));
      } catch (e) {
        error.textContent = e.message;
        error.style.display = '';
      }
    }
  };
  try {
    statusView(content, await getJson(statusUrl(resolution, committee, 1)), {}, container);
  } catch (e) {
    error.textContent = e.message;
    error.style.display = '';
  }
}

/** On every Cockpit page: hide "Công việc" (Cockpit's task reports, for administrators only) from the others. */
function hideTaskReportsFromOfficials() {
  installStyle();
  choices().then(home => document.body.classList.toggle('rollout-no-tasks', !home.administrator)).catch(() => {});
}

export default [
  {
    id: 'rollout.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 100,
    properties: {
      pagePath: `#${ROUTE}`,
      label: TITLE,
      checkActive: (path) => path.indexOf(`#${ROUTE}`) > -1
    },
    render: (node) => {
      node.replaceChildren(el('a', { id: 'rollout-nav', href: `#${ROUTE}` }, TITLE));
      hideTaskReportsFromOfficials();
    }
  },
  {
    id: 'rollout.route',
    pluginPoint: 'cockpit.route',
    priority: 0,
    properties: { path: ROUTE, label: TITLE },
    render: (node) => { page(node); }
  },
  {
    id: 'rollout.processInstance.status',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 20,
    properties: { label: TITLE },
    render: (node, { api, processInstanceId }) => {
      fetch(`${api.engineApi}/process-instance/${processInstanceId}`, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(answer => answer.json())
        .then(instance => {
          // the rollout's business key is <resolution id>/<committee code>
          const [resolution, committee] = String(instance.businessKey || '').split('/');
          if (!committee) {
            node.replaceChildren(el('p', { id: 'rollout-not-a-rollout' }, 'Quy trình này không phải lượt triển khai nghị quyết của một cấp ủy.'));
            return;
          }
          instanceTab(node, resolution, committee);
        });
    }
  }
];
