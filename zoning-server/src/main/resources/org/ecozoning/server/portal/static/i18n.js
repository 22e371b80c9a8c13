// Interface texts, Simplified Chinese first; English via the language switch.
export const TEXT = {
  zh: {
    title: '生态环境分区管控', services: '服务', searchPh: '单元编码、名称、区县或经纬度', locate: '定位', layers: '图层',
    legend: '图例', assess: '选址研判', drawPoint: '画点', drawLine: '画线', drawPolygon: '画面', drawDone: '完成',
    upload: '上传文件（GeoJSON、KML、Shapefile.zip、界址点TXT、CSV）', crs: '坐标系', crsAuto: '自动（文件声明 / EPSG:4490）',
    industry: '行业（GB/T 4754-2017）', industryPh: '输入代码或名称，如 2521 或 炼焦', industryTree: '按门类浏览',
    nature: '建设性质', NEW: '新建', EXPANSION: '扩建', REBUILD: '改建', RELOCATION: '迁建',
    capacity: '装机容量（兆瓦，可选）', run: '研判', share: '分享链接', report: '报告', close: '关闭',
    noUnit: '此处不在任何环境管控单元内', zonesHere: '所在要素分区', county: '区县', unitsHere: '所在管控单元',
    locating: '正在定位…', locDenied: '无法获取位置（未授权或不可用）', locNone: '此浏览器不支持定位',
    needSite: '请先画出或上传项目位置', needIndustry: '请选择行业', siteReady: '项目位置：', shareCopied: '分享链接已复制',
    findings: '研判依据', clauses: '适用清单条款', warnings: '提示', noFindings: '没有规则提出限制，须遵守基本准入要求',
    drawHint: '在地图上点击添加顶点，然后点「完成」', failed: '请求失败', chosen: '已选：', suggested: '推荐', lowConfidence: '低置信度', clauses: '条款', clausesTitle: '准入清单条款检索',
    clausePh: '如 焦化 汾河', clauseTotal: '现行版本 {v} 中共 {n} 条', decisive: '决定性',
    zone_layer: '图层', units_layer: '环境管控单元', counties_layer: '县级行政区', features: '个要素',
    account: '账户', user: '用户名', password: '密码', login: '登录', logout: '退出登录', loginFailed: '登录失败',
    myProjects: '我的项目', noProjects: '暂无保存的项目', unnamed: '（未命名项目）', projectName: '项目名称（可选）',
    reportId: '报告编号', downloadPdf: '下载PDF报告', viewReport: '查看报告', shareLink: '分享链接',
    notSaved: '本次研判未保存', loggedInAs: '已登录：',
  },
  en: {
    title: 'Eco-environmental zoning', services: 'Services', searchPh: 'Unit code, name, county or lon,lat', locate: 'Locate',
    layers: 'Layers', legend: 'Legend', assess: 'Site check', drawPoint: 'Point', drawLine: 'Line', drawPolygon: 'Area',
    drawDone: 'Done', upload: 'Upload (GeoJSON, KML, zipped Shapefile, boundary-point TXT, CSV)', crs: 'CRS',
    crsAuto: 'Auto (declared / EPSG:4490)', industry: 'Industry (GB/T 4754-2017)', industryPh: 'Code or name, e.g. 2521',
    industryTree: 'Browse by section', nature: 'Nature', NEW: 'New', EXPANSION: 'Expansion', REBUILD: 'Rebuild',
    RELOCATION: 'Relocation', capacity: 'Capacity (MW, optional)', run: 'Assess', share: 'Share link', report: 'Report',
    close: 'Close', noUnit: 'No control unit here', zonesHere: 'Element zones here', county: 'County',
    unitsHere: 'Control units here', locating: 'Locating…', locDenied: 'Location unavailable (denied or not available)',
    locNone: 'This browser cannot locate', needSite: 'Draw or upload the site first', needIndustry: 'Choose an industry',
    siteReady: 'Site: ', shareCopied: 'Share link copied', findings: 'Findings', clauses: 'Applicable clauses',
    warnings: 'Notes', noFindings: 'No rule objects; the basic requirements apply', drawHint: 'Tap the map to add vertices, then Done',
    failed: 'Request failed', chosen: 'Chosen: ', suggested: 'Suggested', lowConfidence: 'Low confidence', clauses: 'Clauses',
    clausesTitle: 'Search access-list clauses', clausePh: 'e.g. 焦化 汾河', clauseTotal: '{n} clauses in version {v} in force', decisive: 'decisive', zone_layer: 'Layer',
    units_layer: 'Control units', counties_layer: 'Counties', features: 'features',
    account: 'Account', user: 'User name', password: 'Password', login: 'Log in', logout: 'Log out', loginFailed: 'Login failed',
    myProjects: 'My projects', noProjects: 'No saved projects yet', unnamed: '(unnamed project)', projectName: 'Project name (optional)',
    reportId: 'Report ID', downloadPdf: 'Download PDF', viewReport: 'View report', shareLink: 'Share link',
    notSaved: 'This assessment was not saved', loggedInAs: 'Logged in: ',
  },
};
let lang = localStorage.getItem('lang') === 'en' ? 'en' : 'zh';
export const getLang = () => lang;
export const t = (k) => TEXT[lang][k] ?? TEXT.zh[k] ?? k;
/** Chinese or English member of an API object: pick(o, 'label') reads labelZh / labelEn. */
export const pick = (o, base) => (lang === 'en' ? o[base + 'En'] : o[base + 'Zh']) ?? o[base + 'Zh'] ?? o[base];
export function setLang(l) { lang = l; localStorage.setItem('lang', l); apply(); }
export function apply() {
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  document.querySelectorAll('[data-i18n]').forEach((e) => { e.textContent = t(e.dataset.i18n); });
  document.querySelectorAll('[data-i18n-ph]').forEach((e) => { e.placeholder = t(e.dataset.i18nPh); });
  const b = document.getElementById('lang'); if (b) b.textContent = lang === 'en' ? '中文' : 'EN';
}
