'use strict';
// The dashboard reads the reporting APIs of its own service and redraws when the service says the figures changed.
const params = new URLSearchParams(location.search);
const state = { unit: params.get('unit'), year: params.get('year'), asOf: params.get('asOf'), labels: {},
  token: takeToken() };
// The query of a unit's figures: asOf (YYYY-MM-DD) names the date whose unit tree reads the unit code (ADR 0021).
function query(unit) {
  return `unit=${encodeURIComponent(unit)}&year=${state.year}` + (state.asOf ? `&asOf=${state.asOf}` : '');
}

// The APIs want the official's bearer token. The portal hands it over in the fragment (#access_token=…), which never
// reaches a server; it is kept for this tab only and taken out of the address bar.
function takeToken() {
  const fragment = new URLSearchParams(location.hash.slice(1));
  const given = fragment.get('access_token');
  if (given) {
    sessionStorage.setItem('dvk.token', given);
    history.replaceState(null, '', location.pathname + location.search);
  }
  return sessionStorage.getItem('dvk.token');
}
function authorized(extra) {
  return Object.assign({}, extra, state.token ? { Authorization: 'Bearer ' + state.token } : {});
}
const COLORS = ['#8b1a1a', '#d4802a', '#2f6f9f', '#3f8f4f', '#7a4f9f', '#9f9f2f', '#4f8f8f', '#6f6f6f'];

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => k === 'onclick' ? node.addEventListener('click', v) : node.setAttribute(k, v));
  children.forEach(c => node.append(c));
  return node;
}
function label(catalog, code) { return (state.labels[catalog] || {})[code] || code; }
async function json(url) {
  const response = await fetch(url, { headers: authorized({ Accept: 'application/json' }) });
  const body = await response.json();
  if (response.status === 401) { throw new Error('cần đăng nhập: hãy mở bảng theo dõi từ cổng thông tin, hoặc thêm'
      + ' #access_token=<mã> (./dvk token <tên đăng nhập>) vào địa chỉ'); }
  if (!response.ok) { throw new Error(body.detail || body.title || response.status); }
  return body;
}

function bars(container, entries) {
  const ns = 'http://www.w3.org/2000/svg';
  const max = Math.max(1, ...entries.map(e => e.value));
  const rowHeight = 26, labelWidth = 190, width = 560;
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${entries.length * rowHeight + 4}`);
  svg.setAttribute('role', 'img');
  entries.forEach((entry, i) => {
    const y = i * rowHeight + 2;
    const text = document.createElementNS(ns, 'text');
    text.setAttribute('x', 0); text.setAttribute('y', y + 17); text.setAttribute('font-size', 13);
    text.textContent = entry.label;
    const bar = document.createElementNS(ns, 'rect');
    const barWidth = (width - labelWidth - 50) * entry.value / max;
    bar.setAttribute('x', labelWidth); bar.setAttribute('y', y + 3);
    bar.setAttribute('width', Math.max(barWidth, 1)); bar.setAttribute('height', rowHeight - 8);
    bar.setAttribute('fill', COLORS[i % COLORS.length]);
    const value = document.createElementNS(ns, 'text');
    value.setAttribute('x', labelWidth + barWidth + 6); value.setAttribute('y', y + 17);
    value.setAttribute('font-size', 13); value.textContent = entry.value;
    svg.append(text, bar, value);
  });
  container.replaceChildren(svg);
}

function table(node, headers, rows) {
  node.replaceChildren(el('tr', {}, ...headers.map((h, i) => el('th', i > 0 ? { class: 'n' } : {}, h))),
    ...rows.map(r => el('tr', r.attrs || {}, ...r.cells.map((c, i) => el('td', i > 0 && typeof c !== 'object' ? { class: 'n' } : {}, c)))));
}

function renderStatistics(s) {
  document.getElementById('total').textContent = s.total;
  document.getElementById('collective').textContent = s.collective;
  document.getElementById('individual').textContent = s.individual;
  const levels = Object.entries(s.byLevel);
  bars(document.getElementById('chart-level'), levels.map(([code, v]) => ({ label: label('level', code), value: v.total })));
  const levelRows = [];
  levels.forEach(([code, v]) => {
    levelRows.push({ cells: [el('strong', {}, label('level', code)), v.total, v.collective, v.individual] });
    Object.entries(v.byField).filter(([, f]) => f.total > 0).forEach(([field, f]) =>
      levelRows.push({ cells: ['\u2003' + label('field', field), f.total, f.collective, f.individual] }));
  });
  table(document.getElementById('table-level'), ['Cấp / lĩnh vực', 'Tổng số', 'Tập thể', 'Cá nhân'], levelRows);
  const fields = Object.entries(s.byField);
  bars(document.getElementById('chart-field'), fields.map(([code, v]) => ({ label: label('field', code), value: v.total })));
  table(document.getElementById('table-field'), ['Lĩnh vực', 'Tổng số', 'Tập thể', 'Cá nhân'],
    fields.map(([code, v]) => ({ cells: [label('field', code), v.total, v.collective, v.individual] })));
  bars(document.getElementById('chart-owner'), [{ label: 'Tập thể', value: s.collective }, { label: 'Cá nhân', value: s.individual }]);
  const statuses = Object.entries(s.byStatus);
  bars(document.getElementById('chart-status'), statuses.map(([code, v]) => ({ label: label('status', code), value: v })));
  table(document.getElementById('table-status'), ['Trạng thái', 'Số mô hình'],
    statuses.map(([code, v]) => ({ cells: [label('status', code), v] })));
}

function renderCompliance(c) {
  const rows = c.units.filter(r => r.parentCode === state.unit);
  table(document.getElementById('table-compliance'), ['Đơn vị', 'Chỉ tiêu', 'Đã có', 'Còn thiếu'],
    rows.map(r => ({ attrs: r.gap > 0 ? { class: 'gap' } : {},
      cells: [el('a', { href: `?${query(r.unitCode)}`, 'data-unit': r.unitCode }, r.unitName), r.target, r.count, r.gap] })));
  if (rows.length === 0) {
    document.getElementById('table-compliance').replaceChildren(el('tr', {}, el('td', {}, 'Chưa có chỉ tiêu cho các đơn vị cấp dưới trong năm này.')));
  }
}

function renderBreadcrumb(info) {
  const crumbs = [...info.ancestors, info.unit].map((u, i, all) => i === all.length - 1
    ? el('strong', {}, u.fullName)
    : el('a', { href: `?${query(u.code)}` }, u.fullName));
  const nav = document.getElementById('breadcrumb');
  nav.replaceChildren();
  crumbs.forEach((c, i) => { if (i > 0) { nav.append(' › '); } nav.append(c); });
}

async function refresh() {
  const error = document.getElementById('error');
  try {
    const [statistics, compliance] = await Promise.all([
      json(`/api/v1/statistics/models?${query(state.unit)}`),
      json(`/api/v1/compliance?${query(state.unit)}`)]);
    renderStatistics(statistics);
    renderCompliance(compliance);
    error.hidden = true;
    document.body.dataset.refreshed = String(Number(document.body.dataset.refreshed || 0) + 1);
  } catch (e) {
    error.textContent = 'Không tải được số liệu: ' + e.message;
    error.hidden = false;
  }
}

// Server-sent events read through fetch, since EventSource cannot send the Authorization header.
async function listen() {
  const live = document.getElementById('live');
  const lost = () => { live.textContent = '● Mất kết nối, đang thử lại…'; live.classList.remove('on'); };
  try {
    const response = await fetch('/api/v1/stream', { headers: authorized({ Accept: 'text/event-stream' }) });
    if (!response.ok) { throw new Error(response.status); }
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let pending = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) { break; }
      pending += value;
      const messages = pending.split('\n\n');
      pending = messages.pop();
      messages.forEach(message => {
        const event = (message.split('\n').find(line => line.startsWith('event:')) || '').slice(6).trim();
        if (event === 'hello') { live.textContent = '● Cập nhật trực tiếp'; live.classList.add('on'); }
        if (event === 'changed') { refresh(); }
      });
    }
    lost();
  } catch (e) {
    lost();
  }
  setTimeout(listen, 3000);
}

async function start() {
  const catalog = await json('/api/v1/catalog');
  Object.entries(catalog).forEach(([name, entries]) => {
    state.labels[name] = Object.fromEntries(entries.map(e => [e.code, e.label]));
  });
  const info = await json('/api/v1/dashboard/units' + (state.unit ? `?unit=${encodeURIComponent(state.unit)}` : ''));
  state.unit = info.unit.code;
  state.year = state.year || String(info.currentYear);
  const year = document.getElementById('year');
  year.value = state.year;
  year.addEventListener('change', () => { state.year = year.value; location.search = `?${query(state.unit)}`; });
  const asOf = document.getElementById('asOf');
  asOf.value = state.asOf || '';
  asOf.addEventListener('change', () => { state.asOf = asOf.value; location.search = `?${query(state.unit)}`; });
  renderBreadcrumb(info);
  await refresh();
  listen();
}

start().catch(e => {
  const error = document.getElementById('error');
  error.textContent = 'Không tải được bảng theo dõi: ' + e.message;
  error.hidden = false;
});
