// Staff workspace: versions (file, publish, audit), diff on a map, rule review, cases, reports, clause search.
// Talks to /auth, /admin, /staff/api and /api/clauses/search; no build step.
const TEXT = {
  zh: {
    title: '分区管控工作台', logout: '退出', portal: '门户', loginTitle: '工作人员登录', loginNote: '版本、规则审核与巡查案件仅限工作人员。',
    user: '用户名', password: '密码', login: '登录', needStaff: '当前账户不是工作人员账户，请用工作人员账户登录。',
    tabVersions: '版本', tabDiff: '差异', tabRules: '规则审核', tabCases: '巡查案件', tabReports: '报告', tabSearch: '条款检索',
    name: '名称', kind: '类型', status: '状态', filed: '备案', effective: '生效日期', actions: '操作', fileTitle: '备案',
    authority: '备案机关', filedDate: '备案日期', reason: '理由', fileBtn: '提交备案', cancel: '取消', publishTitle: '发布',
    publishBtn: '发布', audit: '审计记录', at: '时间', actor: '操作人', action: '动作', what: '内容', why: '理由',
    fromVersion: '原版本', toVersion: '新版本', compare: '比较', layer: '图层', code: '编码', change: '变化', area: '变化面积 m²',
    clause: '条款', before: '原文', after: '新文', version: '版本', state: '状态', PROPOSED: '待审核', ACCEPTED: '已采纳',
    REJECTED: '已驳回', all: '全部', text: '文字', load: '查询', more: '更多', county: '区县代码', exportCsv: '导出 CSV',
    exportGeo: '导出 GeoJSON', detected: '监测日期', reasonCol: '立案原因', summary: '摘要', trackingReport: '年度跟踪报告',
    evaluationFrom: '五年评估：起', evaluationTo: '止', open: '打开', search: '检索',
    DRAFT: '草稿', FILED: '已备案', PUBLISHED: '现行', SUPERSEDED: '已废止', PERIODIC: '定期调整', DYNAMIC: '动态更新',
    trail: '审计', doFile: '备案', doPublish: '发布', adminOnly: '仅管理员可备案、发布', units: '单元', zones: '分区',
    noChanges: '两个版本没有差异', clauseText: '条款原文', proposedRule: '提议规则', acceptedRule: '已采纳规则',
    accept: '采纳', reject: '驳回', acceptCorrected: '修正后采纳', verdict: '结论', industries: '行业代码（逗号分隔，ANY 为任意）',
    natures: '建设性质（NEW, EXPANSION, REBUILD, RELOCATION 或 ANY）', thresholds: '阈值（每行一条，如 capacityMW<=300）',
    reasonRequired: '请填写理由', onlyDrafts: '只有草稿版本可以审核规则（此版本为 {s}）', proposalsInfo: '{c} 条条款，{n} 条提议（{s}）',
    confidence: '置信度', corrected: '已修正', accepted: '已采纳', rejected: '已驳回', moveTo: '转为', note: '说明', photos: '照片引用（逗号分隔，可选）',
    caseCounts: '按状态：{s}', hitsInfo: '版本 {v}：共 {n} 条', saved: '已保存', filedOk: '已备案', publishedOk: '已发布',
    acceptedOk: '已采纳提议 {p}', rejectedOk: '已驳回提议 {p}', movedOk: '案件 {id} 已转为 {s}', failed: '请求失败',
    noteRequired: '请填写说明', byWhom: '{by} 于 {at}', scopeWidened: '空间范围已放宽，需复核',
  },
  en: {
    title: 'Zoning staff workspace', logout: 'Log out', portal: 'Portal', loginTitle: 'Staff login',
    loginNote: 'Versions, rule review and cases are for staff only.', user: 'User', password: 'Password', login: 'Log in',
    needStaff: 'This account is not a staff account; log in with a staff account.',
    tabVersions: 'Versions', tabDiff: 'Diff', tabRules: 'Rule review', tabCases: 'Cases', tabReports: 'Reports', tabSearch: 'Clause search',
    name: 'Name', kind: 'Kind', status: 'Status', filed: 'Filed', effective: 'Effective', actions: 'Actions', fileTitle: 'File',
    authority: 'Authority', filedDate: 'Filing date', reason: 'Reason', fileBtn: 'File', cancel: 'Cancel', publishTitle: 'Publish',
    publishBtn: 'Publish', audit: 'Audit trail', at: 'When', actor: 'Who', action: 'Action', what: 'What', why: 'Why',
    fromVersion: 'From', toVersion: 'To', compare: 'Compare', layer: 'Layer', code: 'Code', change: 'Change', area: 'Changed area m²',
    clause: 'Clause', before: 'Before', after: 'After', version: 'Version', state: 'State', PROPOSED: 'Proposed', ACCEPTED: 'Accepted',
    REJECTED: 'Rejected', all: 'All', text: 'Text', load: 'Load', more: 'More', county: 'County code', exportCsv: 'Export CSV',
    exportGeo: 'Export GeoJSON', detected: 'Detected', reasonCol: 'Reason', summary: 'Summary', trackingReport: 'Yearly tracking report',
    evaluationFrom: 'Evaluation from', evaluationTo: 'to', open: 'Open', search: 'Search',
    DRAFT: 'Draft', FILED: 'Filed', PUBLISHED: 'In force', SUPERSEDED: 'Superseded', PERIODIC: 'Periodic', DYNAMIC: 'Dynamic',
    trail: 'Audit', doFile: 'File', doPublish: 'Publish', adminOnly: 'Only administrators file and publish', units: 'Units', zones: 'Zones',
    noChanges: 'No differences', clauseText: 'Clause text', proposedRule: 'Proposed rule', acceptedRule: 'Accepted rule',
    accept: 'Accept', reject: 'Reject', acceptCorrected: 'Accept corrected', verdict: 'Verdict', industries: 'Industry codes (comma-separated; ANY)',
    natures: 'Natures (NEW, EXPANSION, REBUILD, RELOCATION or ANY)', thresholds: 'Thresholds (one a line, e.g. capacityMW<=300)',
    reasonRequired: 'A reason is required', onlyDrafts: 'Only drafts can be reviewed (this version is {s})',
    proposalsInfo: '{c} clauses, {n} proposals ({s})', confidence: 'Confidence', corrected: 'corrected', accepted: 'Accepted',
    rejected: 'Rejected', moveTo: 'Move to', note: 'Note', photos: 'Photo references (comma-separated, optional)', caseCounts: 'By status: {s}', hitsInfo: 'Version {v}: {n} hits',
    saved: 'Saved', filedOk: 'Filed', publishedOk: 'Published', acceptedOk: 'Accepted proposal {p}', rejectedOk: 'Rejected proposal {p}',
    movedOk: 'Case {id} is now {s}', failed: 'Request failed', noteRequired: 'A note is required', byWhom: '{by} at {at}',
    scopeWidened: 'Scope widened, check it',
  },
};
const COLORS = { added: '#2e7d32', removed: '#b3261e', reshaped: '#d9822b', reclassed: '#6a4bc4', recoded: '#00838f',
  renamed: '#5b7fb8', reassigned: '#8d6e63', changed: '#546e7a' };
const CHANGE_ZH = { added: '新增', removed: '删除', reshaped: '边界调整', reclassed: '类别调整', recoded: '编码变更', renamed: '更名',
  reassigned: '行政区调整', changed: '内容修改' };
const CASE_STATUS = ['OPEN', 'ON_SITE_CHECK', 'CONFIRMED', 'DISMISSED', 'CLOSED'];

let lang = localStorage.getItem('staff.lang') || 'zh';
let me = null;
let csrf = null;
let versions = [];
let auditVersion = null;
let diffMap = null;
let diffLayer = null;
let proposalOffset = 0;
let caseLabels = {};

const $ = (s, root = document) => root.querySelector(s);
const t = (k, vars = {}) => (TEXT[lang][k] ?? TEXT.zh[k] ?? k).replace(/\{(\w+)\}/g, (_, v) => vars[v] ?? '');
const esc = s => String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
/** The part of a bilingual "中文 / English" message in the current language. */
const pick = s => {
  const text = String(s ?? '');
  const i = text.indexOf(' / ');
  if (i < 0) return text;
  return lang === 'zh' ? text.slice(0, i) : text.slice(i + 3);
};

function applyTexts() {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  for (const e of document.querySelectorAll('[data-i18n]')) e.textContent = t(e.dataset.i18n);
  $('#lang').textContent = lang === 'zh' ? 'EN' : '中文';
}

class ApiError extends Error {
  constructor(status, problem) {
    super(pick(problem.detail || problem.title || '') || `${status}`);
    this.status = status;
    this.problem = problem;
  }
}

async function api(method, url, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrf) headers['X-CSRF-Token'] = csrf;
  const r = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  const text = await r.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = { detail: text }; }
  if (!r.ok) throw new ApiError(r.status, json || {});
  return json;
}

function say(text, error = false) {
  const m = $('#message');
  m.textContent = text;
  m.hidden = false;
  m.classList.toggle('error', error);
  document.body.dataset.message = error ? 'error' : 'ok';
}

function fail(e) {
  const title = e.problem && e.problem.title ? pick(e.problem.title) + '：' : '';
  say(`${t('failed')}（${e.status ?? ''}）${title}${e.message}`, true);
  if (e.status === 401) showLogin();
}

// ---- login -------------------------------------------------------------------------------------

async function start() {
  applyTexts();
  try {
    const who = await api('GET', '/auth/me');
    csrf = who.csrfToken || null;
    if (who.user && (who.role === 'STAFF' || who.role === 'ADMIN')) return enter(who);
    showLogin(who.user ? t('needStaff') : '');
  } catch (e) {
    showLogin();
  }
}

function showLogin(note = '') {
  $('#workspace').hidden = true;
  $('#login').hidden = false;
  $('#logout').hidden = !me;
  $('#loginError').textContent = note;
  document.body.dataset.ready = 'login';
}

$('#loginForm').addEventListener('submit', async ev => {
  ev.preventDefault();
  $('#loginError').textContent = '';
  try {
    const who = await api('POST', '/auth/login', { user: $('#user').value, password: $('#password').value });
    csrf = who.csrfToken;
    if (who.role !== 'STAFF' && who.role !== 'ADMIN') {
      me = who;
      showLogin(t('needStaff'));
      return;
    }
    $('#password').value = '';
    enter(who);
  } catch (e) {
    $('#loginError').textContent = e.message;
  }
});

$('#logout').addEventListener('click', async () => {
  try { await api('POST', '/auth/logout'); } catch { /* the session is gone either way */ }
  me = null;
  csrf = null;
  $('#who').textContent = '';
  showLogin();
});

$('#lang').addEventListener('click', () => {
  lang = lang === 'zh' ? 'en' : 'zh';
  localStorage.setItem('staff.lang', lang);
  applyTexts();
  if (me) { renderVersions(); }
});

async function enter(who) {
  me = who;
  $('#who').textContent = `${who.user}（${who.role}）`;
  $('#logout').hidden = false;
  $('#login').hidden = true;
  $('#workspace').hidden = false;
  const year = new Date().getFullYear() - 1;
  $('#trackingYear').value = year;
  $('#evalFrom').value = year - 4;
  $('#evalTo').value = year;
  for (const s of CASE_STATUS) $('#caseStatus').insertAdjacentHTML('beforeend', `<option value="${s}">${s}</option>`);
  await loadVersions();
  document.body.dataset.ready = 'staff';
}

// ---- tabs --------------------------------------------------------------------------------------

for (const b of document.querySelectorAll('.tabs button')) {
  b.addEventListener('click', () => showTab(b.dataset.tab));
}

function showTab(name) {
  for (const b of document.querySelectorAll('.tabs button')) b.classList.toggle('active', b.dataset.tab === name);
  for (const s of document.querySelectorAll('.tab')) s.hidden = s.id !== `tab-${name}`;
  document.body.dataset.tab = name;
  if (name === 'diff') ensureMap();
  if (name === 'cases') loadCases();
}

// ---- versions, filing, publication, audit ------------------------------------------------------

async function loadVersions() {
  try {
    versions = await api('GET', '/admin/versions');
  } catch (e) { fail(e); return; }
  renderVersions();
  const opts = versions.map(v => `<option value="${v.id}">#${v.id} ${esc(v.name)}（${esc(t(v.status))}）</option>`).join('');
  for (const id of ['#diffFrom', '#diffTo', '#rulesVersion', '#searchVersion']) {
    const sel = $(id);
    const keep = sel.value;
    sel.innerHTML = opts;
    if (keep && versions.some(v => String(v.id) === keep)) sel.value = keep;
  }
  const published = versions.find(v => v.status === 'PUBLISHED');
  const draft = [...versions].reverse().find(v => v.status === 'DRAFT');
  if (!$('#diffFrom').dataset.touched) {
    if (published) $('#diffFrom').value = published.id;
    const other = draft || versions[versions.length - 1];
    if (other) $('#diffTo').value = other.id;
  }
  if (!$('#rulesVersion').dataset.touched && draft) $('#rulesVersion').value = draft.id;
  if (!$('#searchVersion').dataset.touched && published) $('#searchVersion').value = published.id;
  if (auditVersion == null && versions.length) auditVersion = versions[versions.length - 1].id;
  await loadAudit(auditVersion);
}

function renderVersions() {
  const admin = me && me.role === 'ADMIN';
  $('#versions tbody').innerHTML = versions.map(v => {
    const acts = [`<button class="btn small" type="button" data-audit="${v.id}">${esc(t('trail'))}</button>`];
    if (admin && v.status === 'DRAFT') acts.push(`<button class="btn small" type="button" data-file="${v.id}">${esc(t('doFile'))}</button>`);
    if (admin && v.status === 'FILED') acts.push(`<button class="btn small" type="button" data-publish="${v.id}">${esc(t('doPublish'))}</button>`);
    return `<tr data-version="${v.id}" data-status="${v.status}" class="${v.id === auditVersion ? 'selected' : ''}"><td>${v.id}</td><td>${esc(v.name)}</td>`
      + `<td>${esc(t(v.kind))}</td><td>${esc(t(v.status))}</td>`
      + `<td>${esc(v.filedAuthority || '')} ${esc(v.filedDate || '')}</td><td>${esc(v.effectiveDate || '')}</td><td>${acts.join('')}</td></tr>`;
  }).join('');
}

$('#versions').addEventListener('click', ev => {
  const b = ev.target.closest('button');
  if (!b) return;
  if (b.dataset.audit) loadAudit(Number(b.dataset.audit));
  if (b.dataset.file) openForm('#fileForm', Number(b.dataset.file));
  if (b.dataset.publish) openForm('#publishForm', Number(b.dataset.publish));
});

function openForm(sel, id) {
  $('#fileForm').hidden = true;
  $('#publishForm').hidden = true;
  const f = $(sel);
  f.dataset.version = id;
  $('.vid', f).textContent = id;
  const today = new Date().toISOString().slice(0, 10);
  for (const d of f.querySelectorAll('input[type=date]')) if (!d.value) d.value = today;
  f.hidden = false;
}

for (const f of ['#fileForm', '#publishForm']) {
  $(f).addEventListener('click', ev => { if (ev.target.matches('[data-cancel]')) $(f).hidden = true; });
}

async function lifecycle(form, action, body) {
  const id = Number(form.dataset.version);
  const v = versions.find(x => x.id === id);
  try {
    await api('POST', `/admin/versions/${id}/${action}`, { ...body, revision: v ? v.revision : undefined });
    form.hidden = true;
    say(`#${id} ${t(action === 'file' ? 'filedOk' : 'publishedOk')}`);
    auditVersion = id;
    await loadVersions();
    document.body.dataset.lifecycle = `${action}:${id}`;
  } catch (e) { fail(e); }
}

$('#fileForm').addEventListener('submit', ev => {
  ev.preventDefault();
  const f = ev.target;
  lifecycle(f, 'file', { authority: f.authority.value, filedDate: f.filedDate.value, reason: f.reason.value });
});
$('#publishForm').addEventListener('submit', ev => {
  ev.preventDefault();
  const f = ev.target;
  lifecycle(f, 'publish', { effectiveDate: f.effectiveDate.value, reason: f.reason.value });
});

async function loadAudit(id) {
  auditVersion = id;
  renderVersions();
  $('#auditOf').textContent = id == null ? '' : `#${id}`;
  try {
    const rows = await api('GET', `/admin/audit${id == null ? '' : `?version=${id}`}`);
    $('#audit tbody').innerHTML = rows.slice().reverse().map(a => `<tr data-action="${esc(a.action)}"><td>${esc(a.at.replace('T', ' ').slice(0, 19))}</td>`
      + `<td>${esc(a.actor)}</td><td>${esc(a.action)}</td><td>${esc(pick(a.what))}</td><td>${esc(a.why || '')}</td></tr>`).join('');
    document.body.dataset.audit = String(rows.length);
  } catch (e) { fail(e); }
}

// ---- diff --------------------------------------------------------------------------------------

function ensureMap() {
  if (diffMap) { diffMap.invalidateSize(); return; }
  diffMap = L.map('diffMap', { preferCanvas: false }).setView([37.8, 112.5], 6);
  L.tileLayer.wms('/wms', { layers: 'zoning:counties', format: 'image/png', transparent: true, version: '1.3.0', tileSize: 512 })
    .addTo(diffMap);
  window.staffMap = diffMap;
  $('#diffLegend').innerHTML = Object.keys(COLORS).map(k => `<span><i style="background:${COLORS[k]}"></i>${esc(lang === 'zh' ? CHANGE_ZH[k] : k)}</span>`).join('');
}

$('#diffFrom').addEventListener('change', e => { e.target.dataset.touched = '1'; });
$('#diffTo').addEventListener('change', () => { $('#diffFrom').dataset.touched = '1'; });

$('#diffForm').addEventListener('submit', async ev => {
  ev.preventDefault();
  ensureMap();
  try {
    const d = await api('GET', `/staff/api/diff?from=${$('#diffFrom').value}&to=${$('#diffTo').value}`);
    renderDiff(d);
  } catch (e) { fail(e); }
});

function renderDiff(d) {
  const label = k => (lang === 'zh' ? d.labels[k].zh : d.labels[k].en);
  const counts = [];
  for (const [key, n] of Object.entries(d.counts)) {
    if (!n) continue;
    const [what, kind] = key.split('.');
    counts.push(`<span data-count="${esc(key)}">${esc(t(what === 'clauses' ? 'clause' : what))} ${esc(label(kind))}：${n}</span>`);
  }
  $('#diffCounts').innerHTML = counts.length ? counts.join('') : `<span>${esc(t('noChanges'))}</span>`;
  if (diffLayer) diffLayer.remove();
  diffLayer = L.geoJSON(d.geojson, {
    style: f => ({ color: COLORS[f.properties.change] || '#333', weight: 2, fillOpacity: 0.35 }),
    onEachFeature: (f, l) => l.bindTooltip(`${esc(f.properties.code || f.properties.id)} ${esc(f.properties.name || '')}：${esc(label(f.properties.change))}`),
  }).addTo(diffMap);
  if (d.geojson.features.length) diffMap.fitBounds(diffLayer.getBounds(), { maxZoom: 12 });
  $('#diffTable tbody').innerHTML = d.geojson.features.map(f => {
    const p = f.properties;
    return `<tr data-change="${esc(p.change)}"><td>${esc(t(p.layer))}</td><td>${esc(p.code || p.id)}</td><td>${esc(p.name || '')}</td>`
      + `<td><i class="dot" style="color:${COLORS[p.change]}">■</i> ${esc(p.changes.map(label).join('、'))}</td>`
      + `<td>${p.changedArea == null ? '' : Math.round(p.changedArea).toLocaleString()}</td></tr>`;
  }).join('');
  $('#clauseDiff tbody').innerHTML = d.clauseChanges.map(c => `<tr><td>${esc(c.id)}</td><td>${esc(label(c.change))}</td>`
    + `<td>${esc(c.before || '')}</td><td>${esc(c.after || '')}</td></tr>`).join('');
  document.body.dataset.diff = String(d.geojson.features.length);
  document.body.dataset.diffLayers = String(document.querySelectorAll('#diffMap path.leaflet-interactive').length);
}

// ---- rule review -------------------------------------------------------------------------------

$('#rulesVersion').addEventListener('change', e => { e.target.dataset.touched = '1'; });
$('#rulesForm').addEventListener('submit', ev => { ev.preventDefault(); proposalOffset = 0; loadProposals(false); });
$('#rulesMore').addEventListener('click', () => loadProposals(true));

async function loadProposals(append) {
  const id = $('#rulesVersion').value;
  if (!append) $('#proposals').innerHTML = '';
  $('#rulesInfo').textContent = '…';
  try {
    const q = new URLSearchParams({ state: $('#rulesState').value, q: $('#rulesQ').value, offset: proposalOffset, limit: 20 });
    const d = await api('GET', `/staff/api/versions/${id}/proposals?${q}`);
    const states = Object.entries(d.states).map(([k, n]) => `${t(k)} ${n}`).join('，');
    $('#rulesInfo').textContent = t('proposalsInfo', { c: d.clauses, n: d.total, s: states })
      + (d.editable ? '' : ' · ' + t('onlyDrafts', { s: t(d.versionStatus) }));
    $('#proposals').insertAdjacentHTML('beforeend', d.proposals.map(p => proposalHtml(p, d.editable)).join(''));
    proposalOffset += d.proposals.length;
    $('#rulesMore').hidden = proposalOffset >= d.total;
    document.body.dataset.proposals = String(document.querySelectorAll('#proposals .proposal').length);
  } catch (e) { fail(e); $('#rulesInfo').textContent = ''; }
}

function proposalHtml(p, editable) {
  const rule = p.acceptedRule || p.rule;
  const nat = Array.isArray(rule.natures) ? rule.natures.join(',') : 'ANY';
  const ind = rule.industries === 'ANY' ? 'ANY' : (rule.industries.include || []).join(',');
  const thr = (rule.conditions || []).map(c => `${c.attribute}${c.op}${c.value}`).join('\n');
  const review = p.review ? `<p class="muted">${esc(t('byWhom', { by: p.review.by, at: p.review.at.replace('T', ' ').slice(0, 19) }))}：${esc(p.review.why || '')}</p>` : '';
  const form = editable && p.state === 'PROPOSED' ? `
    <form class="review" data-proposal="${esc(p.proposalId)}">
      <label><span>${esc(t('reason'))}</span><input name="reason" required></label>
      <div class="row">
        <button class="btn primary" type="submit" data-act="accept">${esc(t('accept'))}</button>
        <button class="btn bad" type="submit" data-act="reject">${esc(t('reject'))}</button>
        <button class="btn" type="button" data-edit>${esc(t('acceptCorrected'))}</button>
      </div>
      <fieldset class="corrections" hidden>
        <label><span>${esc(t('verdict'))}</span><select name="verdict">${['PROHIBITED', 'RESTRICTED', 'CONDITIONAL', 'COMPLIANT']
          .map(v => `<option${v === rule.verdict ? ' selected' : ''}>${v}</option>`).join('')}</select></label>
        <label><span>${esc(t('industries'))}</span><input name="industries" value="${esc(ind)}"></label>
        <label><span>${esc(t('natures'))}</span><input name="natures" value="${esc(nat)}"></label>
        <label><span>${esc(t('thresholds'))}</span><textarea name="thresholds">${esc(thr)}</textarea></label>
        <button class="btn primary" type="submit" data-act="correct">${esc(t('acceptCorrected'))}</button>
      </fieldset>
    </form>` : '';
  return `<div class="proposal" data-proposal="${esc(p.proposalId)}" data-rule="${esc(p.ruleId)}" data-state="${p.state}">
    <div><span class="state">${esc(t(p.state))}</span>${p.corrected ? `（${esc(t('corrected'))}）` : ''} · <code>${esc(p.proposalId)}</code> → <code>${esc(p.ruleId)}</code>
      · ${esc(t('confidence'))} ${p.confidence} · ${esc(p.verdictCue || '')}</div>
    <div class="pair">
      <div><div class="muted">${esc(t('clauseText'))} ${esc(p.clauseId)}</div><div class="clause">${esc(p.clauseText)}</div>
        ${(p.warnings || []).map(w => `<div class="warn">! ${esc(pick(w))}</div>`).join('')}
        ${p.scopeWidened ? `<div class="warn">! ${esc(t('scopeWidened'))}</div>` : ''}</div>
      <div><div class="muted">${esc(t(p.acceptedRule ? 'acceptedRule' : 'proposedRule'))}</div>
        <pre>${esc(JSON.stringify({ verdict: rule.verdict, industries: rule.industries, natures: rule.natures,
          conditions: rule.conditions, scope: rule.scope }, null, 1))}</pre></div>
    </div>${review}${form}</div>`;
}

$('#proposals').addEventListener('click', ev => {
  if (ev.target.matches('[data-edit]')) {
    const fs = $('.corrections', ev.target.closest('form'));
    fs.hidden = !fs.hidden;
  }
  if (ev.target.matches('button[type=submit]')) ev.target.closest('form').dataset.act = ev.target.dataset.act;
});

$('#proposals').addEventListener('submit', async ev => {
  ev.preventDefault();
  const f = ev.target;
  const act = ev.submitter ? ev.submitter.dataset.act : f.dataset.act;
  const reason = f.reason.value.trim();
  if (!reason) { say(t('reasonRequired'), true); f.reason.focus(); return; }
  const id = $('#rulesVersion').value;
  const body = { proposalId: f.dataset.proposal, reason };
  if (act === 'correct') {
    body.corrections = { verdict: f.verdict.value, industries: f.industries.value, natures: f.natures.value,
      thresholds: f.thresholds.value.split('\n').map(s => s.trim()).filter(Boolean) };
  }
  try {
    await api('POST', `/staff/api/versions/${id}/proposals/${act === 'reject' ? 'reject' : 'accept'}`, body);
    say(t(act === 'reject' ? 'rejectedOk' : 'acceptedOk', { p: f.dataset.proposal }));
    const box = f.closest('.proposal');
    box.dataset.state = act === 'reject' ? 'REJECTED' : 'ACCEPTED';
    $('.state', box).textContent = t(box.dataset.state) + (act === 'correct' ? `（${t('corrected')}）` : '');
    f.remove();
    document.body.dataset.reviewed = `${box.dataset.state}:${body.proposalId}`;
    await loadVersions();
  } catch (e) { fail(e); }
});

// ---- cases -------------------------------------------------------------------------------------

$('#casesForm').addEventListener('submit', ev => { ev.preventDefault(); loadCases(); });

function caseQuery() {
  const q = new URLSearchParams();
  if ($('#caseStatus').value) q.set('status', $('#caseStatus').value);
  if ($('#caseCounty').value.trim()) q.set('county', $('#caseCounty').value.trim());
  return q;
}

async function loadCases() {
  const q = caseQuery();
  $('#exportCsv').href = `/staff/api/cases/export?format=csv&${q}`;
  $('#exportGeo').href = `/staff/api/cases/export?format=geojson&${q}`;
  try {
    const d = await api('GET', `/staff/api/cases?${q}`);
    caseLabels = d.statusLabels;
    const name = s => (lang === 'zh' ? caseLabels[s] || s : s);
    for (const o of $('#caseStatus').options) if (o.value) o.textContent = name(o.value);
    $('#caseCounts').textContent = t('caseCounts', { s: Object.entries(d.counts).map(([k, n]) => `${name(k)} ${n}`).join('，') });
    $('#cases tbody').innerHTML = d.cases.map(c => `<tr data-case="${c.id}" data-status="${c.status}"><td>${c.id}</td><td>${esc(c.detectedOn)}</td>`
      + `<td>${esc(name(c.status))}</td><td>${esc(lang === 'zh' ? c.reasonZh : c.reason)}</td><td>${esc(c.countyCode || '')}</td>`
      + `<td>${esc(c.summary)}</td><td>${c.next.length ? `<form class="move" data-case="${c.id}" data-revision="${c.revision}">`
        + `<select name="to">${c.next.map(s => `<option value="${s}">${esc(name(s))}</option>`).join('')}</select>`
        + `<input name="note" placeholder="${esc(t('note'))}"><input name="photos" placeholder="${esc(t('photos'))}"><button class="btn small" type="submit">${esc(t('moveTo'))}</button></form>` : ''}</td></tr>`).join('');
    document.body.dataset.cases = String(d.cases.length);
  } catch (e) { fail(e); }
}

$('#cases').addEventListener('submit', async ev => {
  ev.preventDefault();
  const f = ev.target;
  if (!f.note.value.trim()) { say(t('noteRequired'), true); return; }
  try {
    const c = await api('POST', `/staff/api/cases/${f.dataset.case}/move`, { to: f.to.value, note: f.note.value, photos: f.photos.value, revision: Number(f.dataset.revision) });
    say(t('movedOk', { id: c.id, s: lang === 'zh' ? c.statusZh : c.status }));
    await loadCases();
  } catch (e) { fail(e); }
});

// ---- reports and clause search -----------------------------------------------------------------

$('#trackingForm').addEventListener('submit', ev => {
  ev.preventDefault();
  window.open(`/reports/tracking?year=${encodeURIComponent($('#trackingYear').value)}`, '_blank', 'noopener');
});
$('#evaluationForm').addEventListener('submit', ev => {
  ev.preventDefault();
  window.open(`/reports/evaluation?from=${encodeURIComponent($('#evalFrom').value)}&to=${encodeURIComponent($('#evalTo').value)}`, '_blank', 'noopener');
});

$('#searchVersion').addEventListener('change', e => { e.target.dataset.touched = '1'; });
$('#searchForm').addEventListener('submit', async ev => {
  ev.preventDefault();
  const q = new URLSearchParams({ version: $('#searchVersion').value, q: $('#searchQ').value });
  try {
    const d = await api('GET', `/api/clauses/search?${q}`);
    $('#searchInfo').textContent = t('hitsInfo', { v: d.version, n: d.total });
    // snippetHtml is HTML-escaped by the server except for the <em> highlights
    $('#searchHits').innerHTML = d.hits.map(h => `<li data-clause="${esc(h.clauseId)}"><div class="muted">${esc(h.clauseId)} · ${esc(h.levelZh || '')}`
      + ` · ${esc(h.dimensionZh || '')} ${esc(h.unitName || '')}</div><div>${h.snippetHtml}</div></li>`).join('');
    document.body.dataset.search = String(d.total);
  } catch (e) { fail(e); }
});

window.addEventListener('load', start);
