// Portal page: map of units over the counties (WMS), tap → access lists, search, locate, site check.
import { t, pick, apply, setLang, getLang } from './i18n.js';

const $ = (id) => document.getElementById(id);
const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
const state = { site: null, siteLayer: null, industry: null, draw: null, drawPts: [], drawLayer: null, report: null };

// the signed-in account (session cookie set by /auth/login); its CSRF token goes with every POST
const auth = { user: null, role: 'PUBLIC', csrf: null };
function withCsrf(opts = {}) {
  const headers = { ...(opts.headers || {}) };
  if (opts.method && opts.method !== 'GET' && auth.csrf) headers['X-CSRF-Token'] = auth.csrf;
  return { ...opts, headers, credentials: 'same-origin' };
}
async function api(path, opts) {
  const r = await fetch('/api' + path, withCsrf(opts));
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error(body.detail || body.title || (t('failed') + ' ' + r.status));
  return body;
}
function toast(msg) {
  const e = $('toast'); e.textContent = msg; e.hidden = false;
  clearTimeout(toast.timer); toast.timer = setTimeout(() => { e.hidden = true; }, 3500);
}
function sheet(id) {
  for (const s of ['layers', 'info', 'assess', 'clauses', 'account']) $(s).hidden = s !== id || !$(s).hidden;
}

// ---- map ------------------------------------------------------------------------------------
window.portalTimes = {};
const map = L.map('map', { zoomControl: true, attributionControl: false, preferCanvas: true });
window.portalMap = map;
const wms = (layer, on) => {
  const l = L.tileLayer.wms('/wms', { layers: layer, format: 'image/png', transparent: true, version: '1.3.0', tileSize: 512 });
  l.on('tileload', () => {
    if (!window.portalTimes.mapShown) window.portalTimes.mapShown = Math.round(performance.now());
    document.body.dataset.tiles = 'loaded';
  });
  if (on) l.addTo(map);
  return l;
};
const layers = [
  { name: 'zoning:counties', key: 'counties_layer', layer: wms('zoning:counties', true), on: true },
  { name: 'zoning:control_units', key: 'units_layer', layer: wms('zoning:control_units', true), on: true },
];

async function init() {
  apply();
  const meta = await api('/meta');
  const b = meta.bbox;
  if (b && b.length === 4) map.fitBounds([[b[1], b[0]], [b[3], b[2]]]); else map.setView([37.8, 112.5], 7);
  for (const z of meta.zoneLayers) layers.push({ name: z.layer, zoneTitle: z, layer: wms(z.layer, false), on: false });
  renderLayers();
  await refreshAccount();
  document.body.dataset.ready = 'map';
  await restoreFromHash();
}
function renderLayers() {
  const list = $('layerList'); list.innerHTML = '';
  const legend = $('legend'); legend.innerHTML = '';
  layers.forEach((l, i) => {
    const title = l.zoneTitle ? pick(l.zoneTitle, 'title') : t(l.key);
    const row = document.createElement('label'); row.className = 'layer';
    row.innerHTML = `<input type="checkbox" data-layer="${i}" ${l.on ? 'checked' : ''}><span>${esc(title)}</span>`;
    row.querySelector('input').addEventListener('change', (ev) => {
      l.on = ev.target.checked; if (l.on) l.layer.addTo(map); else map.removeLayer(l.layer); renderLegend();
    });
    list.append(row);
  });
  renderLegend();
}
function renderLegend() {
  const legend = $('legend'); legend.innerHTML = '';
  for (const l of layers.filter((x) => x.on)) {
    const img = new Image(); img.alt = l.name; img.loading = 'lazy';
    img.src = `/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&FORMAT=image/png&LAYER=${encodeURIComponent(l.name)}`;
    img.onerror = () => img.remove();
    legend.append(img);
  }
}

// ---- tap → units and access lists -------------------------------------------------------------
map.on('click', (e) => {
  if (state.draw) { addVertex(e.latlng); return; }
  showAt(e.latlng.lng, e.latlng.lat);
});
let tapMarker = null;
async function showAt(lon, lat) {
  if (tapMarker) map.removeLayer(tapMarker);
  tapMarker = L.circleMarker([lat, lon], { radius: 7, color: '#b3261e', weight: 3 }).addTo(map);
  try {
    const r = await api(`/units/at?lon=${lon}&lat=${lat}`);
    renderInfo(r);
  } catch (err) { toast(err.message); }
}
function renderInfo(r) {
  const parts = [`<button class="btn small close" type="button" data-close>${t('close')}</button>`];
  parts.push(`<p class="muted">${r.lon.toFixed(5)}, ${r.lat.toFixed(5)}${r.county ? ' · ' + esc(r.county.cityName) + ' ' + esc(r.county.name) : ''}</p>`);
  if (!r.units.length) parts.push(`<p>${t('noUnit')}</p>`);
  for (const u of r.units) {
    parts.push(`<div class="unit" data-unit="${esc(u.code)}"><h2>${esc(u.name)}</h2>
      <p><span class="cls cls${u.classDigit}">${esc(pick(u, 'class'))}</span> <code>${esc(u.code)}</code> ${esc(u.cityName)} ${esc(u.countyName)}</p>`);
    for (const lv of u.lists) {
      const n = lv.dimensions.reduce((a, d) => a + d.clauses.length, 0);
      parts.push(`<details class="level" ${lv.level === 'UNIT' ? 'open' : ''}><summary>${esc(pick(lv, 'level'))} · ${esc(lv.scopeName)} (${n})</summary>`);
      for (const d of lv.dimensions) {
        parts.push(`<details class="dim" ${lv.level === 'UNIT' && d.clauses.length ? 'open' : ''}><summary>${esc(pick(d, 'label'))} (${d.clauses.length})</summary>`);
        for (const c of d.clauses) parts.push(`<p class="clause">${esc(c.text)}</p>`);
        parts.push('</details>');
      }
      parts.push('</details>');
    }
    parts.push('</div>');
  }
  if (r.zones.length) {
    parts.push(`<h3>${t('zonesHere')}</h3><ul>`);
    for (const z of r.zones) parts.push(`<li>${esc(z.name)} <span class="muted">${esc(pick(z, 'type'))}</span></li>`);
    parts.push('</ul>');
  }
  const info = $('info'); info.innerHTML = parts.join('');
  info.querySelector('[data-close]').onclick = () => { info.hidden = true; };
  $('layers').hidden = true; $('assess').hidden = true; info.hidden = false;
}

// ---- search ---------------------------------------------------------------------------------
let searchTimer;
$('q').addEventListener('input', () => { clearTimeout(searchTimer); searchTimer = setTimeout(search, 250); });
$('search').addEventListener('submit', (e) => { e.preventDefault(); search(true); });
async function search(go) {
  const q = $('q').value.trim(); const hits = $('hits');
  if (!q) { hits.hidden = true; return; }
  const r = await api('/search?q=' + encodeURIComponent(q)).catch((err) => { toast(err.message); return { results: [] }; });
  hits.innerHTML = '';
  for (const h of r.results) {
    const li = document.createElement('li'); li.textContent = h.label + (h.classZh ? ' · ' + pick(h, 'class') : '');
    li.onclick = () => choose(h); hits.append(li);
  }
  hits.hidden = !r.results.length;
  if (go && r.results.length === 1) choose(r.results[0]);
}
function choose(h) {
  $('hits').hidden = true;
  if (h.bbox && h.bbox.length === 4) map.fitBounds([[h.bbox[1], h.bbox[0]], [h.bbox[3], h.bbox[2]]]);
  const c = h.center;
  if (c) { if (!h.bbox) map.setView([c[1], c[0]], 13); showAt(c[0], c[1]); }
}

// ---- locate me ------------------------------------------------------------------------------
$('locate').onclick = () => {
  if (!navigator.geolocation) { toast(t('locNone')); return; }
  toast(t('locating'));
  navigator.geolocation.getCurrentPosition(
    (p) => { map.setView([p.coords.latitude, p.coords.longitude], 13); showAt(p.coords.longitude, p.coords.latitude); },
    () => toast(t('locDenied')), { enableHighAccuracy: true, timeout: 10000 });
};
$('layersBtn').onclick = () => sheet('layers');

// ---- clause search (version in force) -------------------------------------------------------
$('clausesBtn').onclick = () => { sheet('clauses'); $('clauseQ').focus(); };
let clauseTimer;
$('clauseQ').addEventListener('input', () => { clearTimeout(clauseTimer); clauseTimer = setTimeout(clauseSearch, 300); });
$('clauseForm').addEventListener('submit', (e) => { e.preventDefault(); clauseSearch(); });
async function clauseSearch() {
  const q = $('clauseQ').value.trim(); const ul = $('clauseHits'); ul.innerHTML = ''; $('clauseTotal').textContent = '';
  if (!q) return;
  let r;
  try { r = await api('/clauses/search?q=' + encodeURIComponent(q)); } catch (err) { $('clauseTotal').textContent = err.message; return; }
  if ($('clauseQ').value.trim() !== q) return;
  $('clauseTotal').textContent = t('clauseTotal').replace('{n}', r.total).replace('{v}', r.version);
  for (const h of r.hits) {
    const li = document.createElement('li');
    // snippetHtml is HTML-escaped by the server except for the <em> highlights
    li.innerHTML = `<div class="muted">${esc(h.levelZh || '')} · ${esc(h.dimensionZh || '')}${h.unitCode ? ' · ' + esc(h.unitCode) + ' ' + esc(h.unitName || '') : ''}</div>`
      + `<div class="snippet">${h.snippetHtml}</div>`;
    ul.append(li);
  }
}
$('assessBtn').onclick = () => sheet('assess');
$('lang').onclick = () => {
  setLang(getLang() === 'en' ? 'zh' : 'en'); renderLayers(); renderAccount(); if (state.report) renderReport(state.report);
};

// ---- account: log in / out (/auth), my projects (/api/my/assessments) -------------------------
async function refreshAccount() {
  try {
    const r = await fetch('/auth/me', { credentials: 'same-origin' });
    const b = await r.json();
    auth.user = b.user || null; auth.role = b.role || 'PUBLIC'; auth.csrf = b.csrfToken || null;
  } catch { auth.user = null; auth.role = 'PUBLIC'; auth.csrf = null; }
  renderAccount();
}
function renderAccount() {
  const btn = $('accountBtn');
  btn.textContent = auth.user ? auth.user : t('login');
  document.body.dataset.user = auth.user || '';
  $('loginForm').hidden = !!auth.user;
  $('accountInfo').hidden = !auth.user;
  $('whoami').textContent = auth.user ? t('loggedInAs') + auth.user : '';
}
$('accountBtn').onclick = () => { sheet('account'); if (auth.user && !$('account').hidden) loadMyProjects(); };
$('loginForm').addEventListener('submit', async (e) => {
  e.preventDefault();
  $('loginError').textContent = '';
  try {
    const r = await fetch('/auth/login', { method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: $('loginUser').value.trim(), password: $('loginPassword').value }) });
    const b = await r.json().catch(() => ({}));
    if (!r.ok) throw new Error(b.detail || t('loginFailed'));
    auth.user = b.user; auth.role = b.role; auth.csrf = b.csrfToken;
    $('loginPassword').value = '';
    renderAccount(); loadMyProjects();
  } catch (err) { $('loginError').textContent = err.message; }
});
$('logout').onclick = async () => {
  await fetch('/auth/logout', withCsrf({ method: 'POST' })).catch(() => null);
  auth.user = null; auth.role = 'PUBLIC'; auth.csrf = null;
  $('myProjects').innerHTML = ''; renderAccount();
};
async function loadMyProjects() {
  const ul = $('myProjects'); const note = $('myProjectsNote');
  try {
    const r = await api('/my/assessments?limit=50');
    ul.innerHTML = '';
    note.textContent = r.assessments.length ? '' : t('noProjects');
    for (const a of r.assessments) {
      const li = document.createElement('li'); li.dataset.ref = a.reference || '';
      const when = new Date(a.createdAt).toLocaleString(getLang() === 'en' ? 'en' : 'zh-CN');
      li.innerHTML = `<b>${esc(a.name || t('unnamed'))}</b> <span class="v v-${esc(a.verdict)}">${esc(getLang() === 'en' ? a.verdict : (a.verdictZh || a.verdict))}</span>`
        + `<br><span class="muted">${esc(when)} · ${esc(a.industryCode || '')} ${esc(a.industryName || '')}</span><br>`
        + (a.links ? `<a href="${esc(a.links.html)}" target="_blank" rel="noopener">${t('viewReport')}</a><a href="${esc(a.links.pdf)}" download>PDF</a>` : '');
      ul.append(li);
    }
    document.body.dataset.projects = String(r.assessments.length);
  } catch (err) { note.textContent = err.message; }
}

// ---- site: draw or upload -------------------------------------------------------------------
document.querySelectorAll('[data-draw]').forEach((b) => { b.onclick = () => startDraw(b.dataset.draw, b); });
function startDraw(kind, btn) {
  state.draw = kind; state.drawPts = [];
  document.querySelectorAll('[data-draw]').forEach((x) => x.classList.toggle('active', x === btn));
  $('drawDone').hidden = kind === 'point';
  toast(t('drawHint'));
  $('assess').hidden = true; // free the map for drawing on a phone
  if (kind !== 'point') showDoneFloating(true);
}
function showDoneFloating(on) {
  let b = $('floatDone');
  if (!b) {
    b = document.createElement('button'); b.id = 'floatDone'; b.className = 'btn primary'; b.type = 'button';
    b.onclick = finishDraw; document.querySelector('.tools').prepend(b);
  }
  b.textContent = t('drawDone'); b.hidden = !on;
}
function addVertex(ll) {
  state.drawPts.push([ll.lng, ll.lat]);
  if (state.draw === 'point') { finishDraw(); return; }
  if (state.drawLayer) map.removeLayer(state.drawLayer);
  const lls = state.drawPts.map((p) => [p[1], p[0]]);
  state.drawLayer = (state.draw === 'polygon' && lls.length > 2 ? L.polygon(lls) : L.polyline(lls)).addTo(map);
}
$('drawDone').onclick = finishDraw;
function finishDraw() {
  const p = state.drawPts; const kind = state.draw;
  state.draw = null; showDoneFloating(false);
  document.querySelectorAll('[data-draw]').forEach((x) => x.classList.remove('active'));
  if (state.drawLayer) { map.removeLayer(state.drawLayer); state.drawLayer = null; }
  let g = null;
  if (kind === 'point' && p.length) g = { type: 'Point', coordinates: p[0] };
  else if (kind === 'line' && p.length >= 2) g = { type: 'LineString', coordinates: p };
  else if (kind === 'polygon' && p.length >= 3) g = { type: 'Polygon', coordinates: [[...p, p[0]]] };
  if (g) setSite(g, kind);
  $('assess').hidden = false;
}
function setSite(geometry, label) {
  state.site = geometry;
  if (state.siteLayer) map.removeLayer(state.siteLayer);
  state.siteLayer = L.geoJSON(geometry, { style: { color: '#7b1fa2', weight: 3, fillOpacity: 0.15 } }).addTo(map);
  const b = state.siteLayer.getBounds();
  if (b.isValid()) map.fitBounds(b, { maxZoom: 15, padding: [30, 30] });
  $('siteInfo').textContent = t('siteReady') + geometry.type + (label ? ' · ' + label : '');
  document.body.dataset.site = geometry.type;
}
$('file').addEventListener('change', async (e) => {
  const f = e.target.files[0]; if (!f) return;
  try {
    const r = await api(`/upload/parse?name=${encodeURIComponent(f.name)}&crs=${encodeURIComponent($('crs').value)}`,
      { method: 'POST', body: f, headers: { 'Content-Type': 'application/octet-stream' } });
    setSite(r.geometry, `${f.name} · ${r.crs} · ${r.features} ${t('features')}`);
  } catch (err) { toast(err.message); $('siteInfo').textContent = err.message; }
});

// ---- industry picker ------------------------------------------------------------------------
let indTimer;
$('industryQ').addEventListener('input', () => { clearTimeout(indTimer); indTimer = setTimeout(industrySearch, 250); });
async function industrySearch() {
  const q = $('industryQ').value.trim(); const ul = $('industryHits'); ul.innerHTML = '';
  if (!q) return;
  const looksLikeText = q.length >= 4 && /[\u4e00-\u9fff]/.test(q);
  const [r, s] = await Promise.all([
    api('/industries?q=' + encodeURIComponent(q)).catch(() => ({ results: [] })),
    looksLikeText ? api('/industries/suggest?q=' + encodeURIComponent(q)).catch(() => null) : Promise.resolve(null)]);
  if ($('industryQ').value.trim() !== q) return;
  // suggestions from the description: shown as 推荐 / suggested with their confidence, never picked silently
  if (s && s.suggestions) {
    for (const x of s.suggestions.slice(0, 3)) {
      const li = document.createElement('li'); li.dataset.code = x.code; li.className = 'suggested';
      const tag = x.aboveThreshold ? t('suggested') : t('lowConfidence');
      li.innerHTML = `<span class="tag">${esc(tag)} ${Math.round(x.confidence * 100)}%</span> <b>${esc(x.code)}</b> ${esc(x.name)}`
        + ` <span class="muted">${esc(x.matchedWords.join('、'))}</span>`;
      li.onclick = () => chooseIndustry({ code: x.code, name: x.name }); ul.append(li);
    }
    if (!s.confident && s.messageZh) {
      const li = document.createElement('li'); li.className = 'muted'; li.textContent = pick(s, 'message'); ul.append(li);
    }
  }
  for (const i of r.results) {
    const li = document.createElement('li'); li.dataset.code = i.code;
    li.innerHTML = `<b>${esc(i.code)}</b> ${esc(i.name)} <span class="muted">${esc(i.levelZh)}${i.path.length ? ' · ' + esc(i.path.join(' › ')) : ''}</span>`;
    li.onclick = () => chooseIndustry(i); ul.append(li);
  }
}
function chooseIndustry(i) {
  state.industry = i; $('industryHits').innerHTML = ''; $('industryQ').value = '';
  $('industryChosen').textContent = t('chosen') + i.code + ' ' + i.name;
}
$('industryTree').addEventListener('toggle', async (e) => {
  const ul = e.target.querySelector('.tree'); if (!e.target.open || ul.childElementCount) return;
  await fillTree(ul, '');
});
async function fillTree(ul, parent) {
  const r = await api('/industries/tree?parent=' + encodeURIComponent(parent));
  for (const i of r.children) {
    const li = document.createElement('li'); li.innerHTML = `<span><b>${esc(i.code)}</b> ${esc(i.name)}</span>`;
    li.firstChild.onclick = async (ev) => {
      ev.stopPropagation();
      if (!i.hasChildren) { chooseIndustry(i); return; }
      let sub = li.querySelector('ul');
      if (sub) { sub.hidden = !sub.hidden; return; }
      sub = document.createElement('ul'); sub.className = 'tree'; li.append(sub); await fillTree(sub, i.code);
    };
    ul.append(li);
  }
}

// ---- assess, report, share ------------------------------------------------------------------
function input() {
  const cap = parseFloat($('capacity').value);
  const name = $('projectName').value.trim();
  return { geometry: state.site, industry: state.industry?.code, industryName: state.industry?.name,
    nature: $('nature').value, capacityMW: Number.isFinite(cap) ? cap : null, name: name || null };
}
$('run').onclick = run;
async function run() {
  if (!state.site) { toast(t('needSite')); return; }
  if (!state.industry) { toast(t('needIndustry')); return; }
  const { industryName, ...body } = input();
  try {
    const r = await api('/assess', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    state.report = r; renderReport(r);
  } catch (err) { toast(err.message); $('result').innerHTML = `<p class="verdict v-OUTSIDE">${esc(err.message)}</p>`; }
}
function renderReport(r) {
  const en = getLang() === 'en';
  const p = [`<div class="verdict v-${r.verdict}" id="verdict">${esc(en ? r.verdictEn : r.verdictZh)}</div>`,
    `<p>${esc(en ? r.summaryEn : r.summaryZh)}</p>`];
  if (r.units?.length) p.push('<p>' + r.units.map((u) => `<span class="cls cls${u.unitClass === 'PRIORITY_PROTECTION' ? 1 : u.unitClass === 'KEY_CONTROL' ? 2 : 3}">${esc(u.unitClassZh)}</span> ${esc(u.code)} ${esc(u.name)}`).join('<br>') + '</p>');
  p.push(`<h3>${t('findings')}</h3>`);
  if (!r.findings.length) p.push(`<p>${t('noFindings')}</p>`);
  for (const f of r.findings) {
    p.push(`<div class="finding"><b>${esc(f.verdictZh)}</b> · ${esc(en ? f.titleEn : f.titleZh)}<br>${esc(en ? f.reasonEn : f.reasonZh)}<br><span class="muted">${esc(en ? f.requirementEn : f.requirementZh)}</span></div>`);
  }
  if (r.warnings?.length) p.push(`<h3>${t('warnings')}</h3><ul>` + r.warnings.map((w) => `<li>${esc(en ? w.messageEn : w.messageZh)}</li>`).join('') + '</ul>');
  if (r.clauses?.length) {
    p.push(`<details><summary>${t('clauses')} (${r.clauses.length})</summary>`);
    for (const c of r.clauses) p.push(`<p class="clause">${c.decisive ? '<b>[' + t('decisive') + ']</b> ' : ''}${esc(c.levelZh)} · ${esc(c.scopeName)} · ${esc(c.dimensionZh)}：${esc(c.text)}</p>`);
    p.push('</details>');
  }
  p.splice(2, 0, savedBox(r.savedAssessment));
  $('result').innerHTML = p.join('');
  document.body.dataset.verdict = r.verdict;
  document.body.dataset.reference = r.savedAssessment?.reference || '';
  $('verdict').scrollIntoView({ block: 'start' });
}
/** Report ID, PDF download and share link of a saved assessment (the report JSON's savedAssessment member). */
function savedBox(saved) {
  if (!saved) return '';
  if (!saved.saved) return `<p class="muted" id="notSaved">${t('notSaved')}</p>`;
  const path = '/api/assessments/' + encodeURIComponent(saved.reference);
  const share = location.origin + path + '?f=html';
  return `<div class="saved" id="savedBox"><p>${t('reportId')}：<code id="reportRef">${esc(saved.reference)}</code></p>`
    + `<div class="row"><a id="pdfLink" class="btn primary" href="${esc(path)}?f=pdf" download>${t('downloadPdf')}</a>`
    + `<a id="htmlLink" class="btn" href="${esc(path)}?f=html" target="_blank" rel="noopener">${t('viewReport')}</a></div>`
    + `<label><span>${t('shareLink')}</span><input id="shareLink" readonly value="${esc(share)}"></label></div>`;
}
$('share').onclick = async () => {
  const saved = state.report?.savedAssessment;
  if (saved?.saved) {
    const link = $('shareLink').value;
    try { await navigator.clipboard.writeText(link); toast(t('shareCopied')); } catch { toast(link); }
    return;
  }
  if (!state.site) { toast(t('needSite')); return; }
  const enc = btoa(unescape(encodeURIComponent(JSON.stringify(input()))));
  history.replaceState(null, '', '#a=' + enc);
  try { await navigator.clipboard.writeText(location.href); toast(t('shareCopied')); } catch { toast(location.href); }
};
$('print').onclick = () => window.print();
async function restoreFromHash() {
  const m = location.hash.match(/^#a=(.+)$/); if (!m) return;
  try {
    const v = JSON.parse(decodeURIComponent(escape(atob(m[1]))));
    if (v.geometry) setSite(v.geometry);
    if (v.industry) chooseIndustry({ code: v.industry, name: v.industryName || '' });
    if (v.nature) $('nature').value = v.nature;
    if (v.name) $('projectName').value = v.name;
    if (v.capacityMW != null) $('capacity').value = v.capacityMW;
    $('assess').hidden = false; await run();
  } catch { /* a damaged link only loses the restored input */ }
}
init().catch((err) => toast(err.message));
