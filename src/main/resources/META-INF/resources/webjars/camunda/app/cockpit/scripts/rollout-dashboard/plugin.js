/*
 * Triển khai Nghị quyết: the secretariat's dashboard inside Cockpit (Camunda 7.14+ frontend plugin,
 * loaded through customScripts in ../config.js). Plain DOM, no library, no CDN. It reads
 * /api/resolutions/{id}/status with the Cockpit session (the server accepts the webapp session for
 * GET on /api). Stable ids and classes (rollout-*) for browser tests.
 */
const COLOURS = { grey: '#d9d9d9', blue: '#9dc3e6', green: '#a9d18e', orange: '#f4b183', red: '#ff7c80' };
const STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE_ON_TIME', 'DONE_LATE', 'OVERDUE'];
const STORE = 'rollout.dashboard';

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([key, value]) => {
    if (key === 'class') node.className = value;
    else if (key === 'style') node.style.cssText = value;
    else if (key.startsWith('on')) node.addEventListener(key.substring(2), value);
    else node.setAttribute(key, value);
  });
  children.flat().forEach(child => node.append(child instanceof Node ? child : document.createTextNode(child ?? '')));
  return node;
}

function date(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.substring(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

function statusUrl(resolution, committee, depth, suffix) {
  const query = new URLSearchParams({ depth: String(depth) });
  if (committee) query.set('committee', committee);
  return `/api/resolutions/${encodeURIComponent(resolution)}/status${suffix || ''}?${query}`;
}

async function load(resolution, committee, depth) {
  const answer = await fetch(statusUrl(resolution, committee, depth), {
    credentials: 'same-origin', headers: { Accept: 'application/json' }
  });
  const body = await answer.json().catch(() => ({}));
  if (!answer.ok) throw new Error(body.message || `Lỗi ${answer.status}`);
  return body;
}

function chip(count, colour, label) {
  return el('span', {
    class: `rollout-count rollout-count--${colour}`, title: label,
    style: `display:inline-block;min-width:2em;text-align:center;margin:0 2px;padding:0 4px;border-radius:3px;background:${COLOURS[colour]}`
  }, String(count));
}

function report(r) {
  return el('span', { class: `rollout-report rollout-report--${r.state}`,
    style: `padding:0 4px;border-radius:3px;background:${COLOURS[r.colour]}` }, r.label);
}

function chart(status) {
  // on-time share of items per direct subordinate: plain SVG bars
  const rows = status.committees.filter(c => c.level === 1);
  const height = 22 * rows.length + 10;
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('id', 'rollout-chart');
  svg.setAttribute('width', '640');
  svg.setAttribute('height', String(height));
  rows.forEach((c, i) => {
    const y = 5 + i * 22;
    const share = c.onTimePercent ?? 0;
    const text = document.createElementNS(svg.namespaceURI, 'text');
    text.setAttribute('x', '0'); text.setAttribute('y', String(y + 14)); text.setAttribute('font-size', '12');
    text.textContent = c.name;
    const bar = document.createElementNS(svg.namespaceURI, 'rect');
    bar.setAttribute('x', '260'); bar.setAttribute('y', String(y)); bar.setAttribute('height', '16');
    bar.setAttribute('width', String(3 * share));
    bar.setAttribute('fill', share >= 80 ? COLOURS.green : share >= 50 ? COLOURS.orange : COLOURS.red);
    bar.setAttribute('class', 'rollout-chart-bar');
    bar.setAttribute('data-code', c.code);
    const value = document.createElementNS(svg.namespaceURI, 'text');
    value.setAttribute('x', String(265 + 3 * share)); value.setAttribute('y', String(y + 13)); value.setAttribute('font-size', '12');
    value.textContent = c.onTimePercent == null ? 'chưa có nhiệm vụ đến hạn' : `${share}%`;
    svg.append(text, bar, value);
  });
  return svg;
}

function svgNode(tag, attrs, text) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  Object.entries(attrs).forEach(([key, value]) => node.setAttribute(key, String(value)));
  if (text != null) node.textContent = text;
  return node;
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

async function loadItems(resolution, code) {
  const answer = await fetch(`/api/committees/${encodeURIComponent(code)}/items?resolution=${encodeURIComponent(resolution)}`, {
    credentials: 'same-origin', headers: { Accept: 'application/json' }
  });
  const body = await answer.json().catch(() => ({}));
  if (!answer.ok) throw new Error(body.message || `Lỗi ${answer.status}`);
  return body;
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

function table(status, container) {
  const byParent = {};
  status.committees.forEach(c => (byParent[c.parentCode || ''] = byParent[c.parentCode || ''] || []).push(c));
  const collapsed = new Set();
  const body = el('tbody');
  const render = () => {
    body.replaceChildren();
    const visit = (c) => {
      const children = byParent[c.code] || [];
      const open = !collapsed.has(c.code);
      const toggle = children.length
        ? el('button', { class: 'rollout-toggle btn btn-link btn-xs', 'aria-expanded': String(open),
            onclick: () => { open ? collapsed.add(c.code) : collapsed.delete(c.code); render(); } }, open ? '▾' : '▸')
        : el('span', { style: 'display:inline-block;width:1.5em' });
      const links = [el('button', { class: 'rollout-items-link btn btn-link btn-xs', type: 'button',
        onclick: () => container.items(c) }, 'Nhiệm vụ'), ' '];
      if (c.processInstanceId) {
        links.push(el('a', { class: 'rollout-instance-link', href: `#/process-instance/${c.processInstanceId}/runtime` }, 'Quy trình'));
      }
      links.push(' ', el('a', { class: 'rollout-docx-link',
        href: `/api/committees/${encodeURIComponent(c.code)}/reports/MID_TERM.docx?resolution=${status.resolution.id}` }, 'BC sơ kết'));
      if (c.programmeSymbol) {
        links.push(' ', el('a', { class: 'rollout-programme-link',
          href: `/api/committees/${encodeURIComponent(c.code)}/programme.docx?resolution=${status.resolution.id}` }, 'Chương trình'));
      }
      body.append(el('tr', { class: 'rollout-row', 'data-code': c.code, 'data-level': String(c.level) },
        el('td', { style: `padding-left:${c.level * 1.5}em` }, toggle,
          el('a', { class: 'rollout-drill', href: '#', onclick: (e) => { e.preventDefault(); container.drill(c.code); } }, c.name)),
        el('td', { class: 'rollout-phase' }, c.phaseLabel),
        el('td', { class: 'rollout-programme' }, c.programmeSymbol || ''),
        el('td', { style: 'white-space:nowrap' }, STATUSES.map((s, i) => chip(c.items[s], status.colours[i].colour, status.colours[i].label))),
        el('td', {}, report(c.midTermReport)),
        el('td', {}, report(c.finalReport)),
        el('td', { class: 'rollout-next-cutoff' }, c.nextCutoff ? `${c.nextCutoff.days} ngày (${date(c.nextCutoff.date)})` : ''),
        el('td', {}, `${c.cascade.started}/${c.cascade.total}`),
        el('td', {}, links)));
      if (open) children.forEach(visit);
    };
    (byParent[''] || []).forEach(visit);
  };
  render();
  return el('table', { id: 'rollout-table', class: 'cam-table' },
    el('thead', {}, el('tr', {}, ['Cấp ủy', 'Giai đoạn', 'Chương trình', 'Nhiệm vụ theo tình trạng', 'Báo cáo sơ kết', 'Báo cáo tổng kết',
      'Hạn tiếp theo', 'Đã triển khai', ''].map(h => el('th', {}, h)))),
    body);
}

function view(node, status, container) {
  const percent = status.cascade.percent;
  node.replaceChildren(
    el('h3', { id: 'rollout-title' }, `Nghị quyết ${status.resolution.symbol}: ${status.resolution.title}`),
    el('p', {}, `Số liệu đến ngày ${date(status.today)}. `,
      status.nextCutoff ? `${status.nextCutoff.label}: ${date(status.nextCutoff.date)}, còn ${status.nextCutoff.days} ngày.` : ''),
    el('div', {}, `Tiến độ triển khai xuống cấp dưới: ${status.cascade.started}/${status.cascade.total} cấp ủy`,
      el('div', { style: 'background:#eee;height:14px;width:400px;border-radius:3px' },
        el('div', { id: 'rollout-cascade-bar', 'data-percent': String(percent),
          style: `background:${COLOURS.blue};height:14px;width:${4 * percent}px;border-radius:3px` }))),
    el('p', { id: 'rollout-legend' }, status.colours.map(c => chip(c.label, c.colour, c.label))),
    el('a', { id: 'rollout-xlsx', class: 'btn btn-default',
      href: statusUrl(status.resolution.id, status.committee, status.depth, '.xlsx') }, 'Tải bảng Excel'),
    table(status, container),
    el('div', { id: 'rollout-items' }),
    el('h4', {}, 'Tỷ lệ nhiệm vụ hoàn thành đúng hạn của các cấp ủy trực thuộc'),
    chart(status),
    el('h4', {}, 'Nhiệm vụ theo tình trạng trong từng giai đoạn'),
    phaseChart(status));
}

function dashboard(node, fixed) {
  const saved = JSON.parse(localStorage.getItem(STORE) || '{}');
  const resolution = el('input', { id: 'rollout-resolution', type: 'number', min: '1', value: fixed?.resolution || saved.resolution || '' });
  const committee = el('input', { id: 'rollout-committee', type: 'text', value: fixed?.committee || saved.committee || '' });
  const depth = el('select', { id: 'rollout-depth' }, [1, 2, 3, 4].map(d => el('option', { value: String(d) }, `${d} cấp`)));
  depth.value = String(saved.depth || 1);
  const error = el('div', { id: 'rollout-error', class: 'alert alert-danger', style: 'display:none' });
  const content = el('div', { id: 'rollout-content' });
  const container = {
    drill(code) { committee.value = code; show(); },
    async items(c) {
      const panel = content.querySelector('#rollout-items');
      error.style.display = 'none';
      try {
        panel.replaceChildren(...itemsView(c, await loadItems(resolution.value, c.code)));
        panel.scrollIntoView();
      } catch (e) {
        error.textContent = e.message;
        error.style.display = '';
      }
    }
  };
  async function show() {
    error.style.display = 'none';
    if (!resolution.value) return;
    // the process instance's tab shows its own committee and leaves the dashboard's choice alone
    if (!fixed) {
      localStorage.setItem(STORE, JSON.stringify({ resolution: resolution.value, committee: committee.value, depth: depth.value }));
    }
    try {
      view(content, await load(resolution.value, committee.value, depth.value), container);
    } catch (e) {
      error.textContent = e.message;
      error.style.display = '';
    }
  }
  node.replaceChildren(el('section', { id: 'rollout-dashboard' },
    el('h2', {}, 'Theo dõi triển khai nghị quyết'),
    el('form', { class: 'form-inline', onsubmit: (e) => { e.preventDefault(); show(); } },
      el('label', {}, 'Mã nghị quyết ', resolution), ' ',
      el('label', {}, 'Mã cấp ủy ', committee), ' ',
      el('label', {}, 'Số cấp ', depth), ' ',
      el('button', { id: 'rollout-show', class: 'btn btn-primary', type: 'submit' }, 'Xem')),
    error, content));
  show();
}

export default [
  {
    id: 'rollout.dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    render: (node) => dashboard(node)
  },
  {
    id: 'rollout.processInstance.status',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 20,
    properties: { label: 'Triển khai nghị quyết' },
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
          dashboard(node, { resolution, committee });
        });
    }
  }
];
