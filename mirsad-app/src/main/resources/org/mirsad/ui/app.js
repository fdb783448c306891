// Mirsad web UI. Every piece of article text is untrusted (scraped pages): it only ever reaches the
// page as text nodes (textContent / createTextNode), never through innerHTML, and links are built
// from ids with encodeURIComponent, never taken from data. The server's CSP allows no other script.
'use strict';

const FACET_NAMES = {
  outlet: 'المنبر', month: 'الشهر', day: 'اليوم', entity: 'الأعلام', story: 'القصة', event: 'نوع الحدث', agency: 'الوكالة'
};
const TYPE_NAMES = { PER: 'شخص', LOC: 'مكان', ORG: 'مؤسسة', MISC: 'أخرى' };

// ---- DOM helpers: text only ----

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'href') node.setAttribute('href', safeHref(v));
    else node.setAttribute(k, String(v));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** Only same-site paths: a javascript: or data: URL from anywhere never becomes a link. */
function safeHref(v) {
  const s = String(v);
  return s.startsWith('/') && !s.startsWith('//') ? s : '#';
}

/** Very long texts (a scraped page may hold a megabyte in its "headline") are shown cut. */
function clip(text, max) {
  const s = String(text || '');
  return s.length <= max ? s : s.slice(0, max) + ' … [' + (s.length - max) + ' حرفًا إضافيًا لم تُعرض]';
}

/** Latin names, numbers and dates keep their own direction inside Arabic text. */
function bdi(text) {
  return el('bdi', {}, text);
}

function link(path, ...children) {
  return el('a', { href: path }, ...children);
}

const articlePath = id => '/articles/' + encodeURIComponent(id);
const storyPath = id => '/stories/' + encodeURIComponent(id);
const entityPath = id => '/entities/' + encodeURIComponent(id);

function main() {
  return document.getElementById('main');
}

function show(...nodes) {
  const m = main();
  m.replaceChildren(...nodes.flat().filter(Boolean));
}

function setTitle(text) {
  document.title = (text ? String(text).slice(0, 80) + ' — ' : '') + 'مرصاد';
}

async function api(path) {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await res.json();
  } catch (e) {
    throw new Error('الخادم أعاد ردًّا غير مفهوم (' + res.status + ')');
  }
  if (!res.ok) {
    const msg = body && body.error ? body.error.message : 'HTTP ' + res.status;
    const err = new Error(msg);
    err.status = res.status;
    throw err;
  }
  return body;
}

function errorBox(e) {
  return el('p', { class: 'error', role: 'alert' }, e.status === 404 ? 'غير موجود: ' : 'خطأ: ', bdi(e.message));
}

function meta(a) {
  const parts = [];
  parts.push(a.outlet ? bdi(a.outlet) : 'منبر غير معروف');
  parts.push(' · ');
  parts.push(a.date ? el('time', { datetime: a.date }, bdi(a.date)) : 'بلا تاريخ');
  return el('span', { class: 'meta' }, parts);
}

/** The snippet as text with <mark> around the [start, end) offsets the server gives. */
function marked(text, highlights) {
  const p = el('p', { class: 'snippet', dir: 'auto' });
  let pos = 0;
  for (const [start, end] of (highlights || [])) {
    if (start < pos || end > text.length || end <= start) continue;
    append(p, [text.slice(pos, start), el('mark', {}, text.slice(start, end))]);
    pos = end;
  }
  append(p, [text.slice(pos)]);
  return p;
}

// ---- search page ----

async function searchPage(params) {
  const q = params.get('q') || '';
  document.getElementById('q').value = q;
  const apiParams = new URLSearchParams(params);
  if (!apiParams.has('limit')) apiParams.set('limit', '20');
  let r;
  try {
    r = await api('/api/search?' + apiParams.toString());
  } catch (e) {
    setTitle('بحث');
    show(errorBox(e));
    return;
  }
  setTitle(q || 'كل الأخبار');
  const results = el('section', { class: 'results', 'aria-label': 'النتائج' });
  const sort = params.get('sort') || 'relevance';
  const sortLink = (value, label) => {
    const p = new URLSearchParams(params);
    p.set('sort', value);
    p.delete('offset');
    return el('a', { href: '/?' + p.toString(), class: sort === value ? 'on' : null }, label);
  };
  append(results, [el('div', { class: 'summary' },
    el('p', { class: 'count' }, bdi(String(r.total) + (r.total_exact === false ? '+' : '')), ' مقالة', q ? [' لـ ', el('q', { dir: 'auto' }, q)] : '',
      r.timed_out ? ' (نتائج جزئية: انتهت مهلة البحث)' : ''),
    el('p', { class: 'sort' }, 'الترتيب: ', sortLink('relevance', 'الصلة'), ' | ', sortLink('date', 'الأحدث')))]);
  append(results, [activeFilters(params, r.facets)]);
  if (r.hits.length === 0) {
    append(results, [el('p', { class: 'notice' }, 'لا نتائج. جرّب كلمات أقل أو تهجئة أخرى.')]);
  }
  for (const h of r.hits) {
    append(results, [el('article', { class: 'hit' },
      el('h2', { dir: 'auto' }, link(articlePath(h.id), h.headline || '(بلا عنوان)')),
      el('div', {}, meta(h), h.carried_by > 1
        ? [' ', el('span', { class: 'carried', title: (h.outlets || []).join('، ') }, 'نشرته ', bdi(String(h.carried_by)), ' منابر')] : '',
        h.story ? [' · ', link(storyPath(h.story), 'القصة')] : ''),
      h.snippet ? marked(h.snippet, h.highlights) : null)]);
  }
  append(results, [pager(params, r)]);
  show(el('div', { class: 'layout' }, results, facetsPanel(params, r.facets, r.facets_exact !== false)));
}

function activeFilters(params, facets) {
  const box = el('p', { class: 'filters' });
  for (const dim of Object.keys(FACET_NAMES)) {
    for (const value of params.getAll(dim)) {
      const p = new URLSearchParams(params);
      p.delete(dim);
      for (const other of params.getAll(dim)) if (other !== value) p.append(dim, other);
      p.delete('offset');
      const label = labelOf(facets, dim, value);
      append(box, [el('span', { class: 'chip' }, FACET_NAMES[dim], ': ', bdi(label), ' ', el('a', { href: '/?' + p.toString(), 'aria-label': 'إزالة' }, '×'))]);
    }
  }
  return box.childNodes.length ? box : null;
}

function labelOf(facets, dim, value) {
  const v = ((facets || {})[dim] || []).find(f => f.value === value);
  return v ? v.label : value;
}

function facetsPanel(params, facets, facetsExact = true) {
  const aside = el('aside', { class: 'facets', 'aria-label': 'تصفية' });
  for (const [dim, values] of Object.entries(facets || {})) {
    if (!values || values.length === 0) continue;
    const ul = el('ul');
    for (const v of values) {
      const p = new URLSearchParams(params);
      const active = params.getAll(dim).includes(v.value);
      if (!active) p.append(dim, v.value);
      p.delete('offset');
      append(ul, [el('li', { class: active ? 'active' : null },
        el('a', { href: '/?' + p.toString(), dir: 'auto' }, v.label),
        el('span', { class: 'count' }, bdi((facetsExact ? '' : '≈') + String(v.count))))]);
    }
    append(aside, [el('section', { class: 'facet' }, el('h3', {}, FACET_NAMES[dim] || dim), ul)]);
  }
  return aside;
}

function pager(params, r) {
  const nav = el('nav', { class: 'pager', 'aria-label': 'الصفحات' });
  const move = offset => {
    const p = new URLSearchParams(params);
    p.set('offset', String(offset));
    return '/?' + p.toString();
  };
  if (r.offset > 0) append(nav, [link(move(Math.max(0, r.offset - r.limit)), '→ السابق')]);
  const more = r.offset + r.hits.length < r.total || (r.total_exact === false && r.hits.length === r.limit);
  if (more) append(nav, [link(move(r.offset + r.limit), 'التالي ←')]);
  return nav;
}

// ---- article page ----

async function articlePage(id) {
  let a;
  try {
    a = await api('/api/articles/' + encodeURIComponent(id));
  } catch (e) {
    setTitle('مقالة');
    show(errorBox(e));
    return;
  }
  setTitle(clip(a.headline, 80));
  const marks = markers(a);
  const body = el('article', { class: 'full' },
    el('h1', { dir: 'auto' }, clip(a.headline, 1000) || '(بلا عنوان)'),
    el('p', {}, meta({ outlet: a.outlet, date: a.date && a.date.value }),
      a.date && a.date.evidence ? el('span', { class: 'muted' }, ' (', el('span', { dir: 'auto' }, a.date.evidence), ')') : '',
      a.story ? [' · ', link(storyPath(a.story), 'القصة كاملة')] : '',
      a.duplicate_of ? [' · ', link(articlePath(a.duplicate_of), 'النسخة الأصلية')] : ''),
    a.lede ? el('p', { class: 'lede', dir: 'auto' }, annotate(clip(a.lede, 50000), marks)) : null);
  for (const block of blocksOf(a)) {
    append(body, [block.kind === 'SUBHEAD'
      ? el('h3', { class: 'subhead', dir: 'auto' }, clip(block.text, 1000))
      : el('p', { dir: 'auto' }, annotate(clip(block.text, 50000), marks))]);
  }
  if ((a.captions || []).length) {
    const caps = el('aside', { class: 'captions', 'aria-label': 'تعليقات الصور' }, el('h2', { class: 'muted' }, 'تعليقات الصور'));
    for (const c of a.captions) {
      append(caps, [el('figure', {}, el('figcaption', { dir: 'auto' }, clip(c.text, 2000), c.credit ? [' ', el('span', { class: 'credit' }, '(', c.credit, ')')] : ''))]);
    }
    append(body, [caps]);
  }
  show(el('div', { class: 'layout' }, el('div', { class: 'results' }, body), articleSide(a)));
}

/** Paragraphs and subheads in reading order (the index stores them as "blocks"). */
function blocksOf(a) {
  if (Array.isArray(a.blocks)) return a.blocks;
  return [...(a.subheads || []).map(text => ({ kind: 'SUBHEAD', text })), ...(a.paragraphs || []).map(text => ({ kind: 'PARAGRAPH', text }))];
}

/** What to mark in the text: entity mentions (linked) and quotations. */
function markers(a) {
  const list = [];
  for (const e of a.entities || []) {
    for (const m of new Set([...(e.mentions || [])])) {
      if (m && m.length > 1) list.push({ text: m, kind: 'entity', entity: e });
    }
  }
  for (const q of a.quotes || []) {
    if (q.text && q.text.length > 3) list.push({ text: q.text, kind: 'quote', quote: q });
  }
  // Longest first, so "ديميتري بيسكوف" wins over "بيسكوف".
  return list.sort((x, y) => y.text.length - x.text.length);
}

/** Text nodes and marked spans, built with textContent only. */
function annotate(text, marks) {
  const spans = [];
  for (const m of marks) {
    let from = 0;
    for (;;) {
      const i = text.indexOf(m.text, from);
      if (i < 0) break;
      const end = i + m.text.length;
      if (!spans.some(s => i < s.end && end > s.start)) spans.push({ start: i, end, m });
      from = end;
    }
  }
  spans.sort((x, y) => x.start - y.start);
  const out = [];
  let pos = 0;
  for (const s of spans) {
    out.push(text.slice(pos, s.start));
    const piece = text.slice(s.start, s.end);
    if (s.m.kind === 'entity') {
      out.push(el('a', { class: 'ent ent-' + s.m.entity.type, href: entityPath(s.m.entity.id), title: s.m.entity.canonical }, piece));
    } else {
      out.push(el('span', { class: 'quote', title: s.m.quote.speaker ? 'قول ' + s.m.quote.speaker : 'اقتباس' }, piece));
    }
    pos = s.end;
  }
  out.push(text.slice(pos));
  return out;
}

function articleSide(a) {
  const side = el('aside', { class: 'facets side' });
  if ((a.entities || []).length) {
    const ul = el('ul', { class: 'plain' });
    for (const e of a.entities) {
      append(ul, [el('li', {}, link(entityPath(e.id), e.canonical || e.id), ' ', el('span', { class: 'muted' }, TYPE_NAMES[e.type] || e.type || ''))]);
    }
    append(side, [el('section', { class: 'facet' }, el('h3', {}, 'الأعلام'), ul)]);
  }
  if ((a.quotes || []).length) {
    const box = el('section', { class: 'facet' }, el('h3', {}, 'الاقتباسات'));
    for (const q of a.quotes) {
      append(box, [el('blockquote', { dir: 'auto' }, q.text, el('div', { class: 'muted' }, '— ',
        q.speaker_entity ? link(entityPath(q.speaker_entity), q.speaker || q.speaker_entity) : (q.speaker || 'غير معروف')))]);
    }
    append(side, [box]);
  }
  if ((a.events || []).length) {
    const ul = el('ul', { class: 'plain' });
    for (const ev of a.events) {
      append(ul, [el('li', { dir: 'auto' }, bdi(ev.type), ': ', ev.source || '؟', ' ← ', ev.target || '؟')]);
    }
    append(side, [el('section', { class: 'facet' }, el('h3', {}, 'الأحداث'), ul)]);
  }
  if ((a.agencies || []).length) {
    append(side, [el('section', { class: 'facet' }, el('h3', {}, 'الوكالات'), el('p', {}, a.agencies.map(x => el('span', { class: 'chip' }, bdi(x)))))]);
  }
  const sources = el('ol');
  for (const c of a.copies || [{ id: a.id, outlet: a.outlet, source: a.source }]) {
    const src = c.source || {};
    const lines = src.lines ? ' ' + src.lines[0] + '–' + src.lines[1] : '';
    append(sources, [el('li', {}, c.id === a.id ? el('strong', {}, bdi(c.outlet || '؟')) : link(articlePath(c.id), bdi(c.outlet || '؟')),
      ' ', el('code', {}, (src.url || src.path || '') + lines))]);
  }
  append(side, [el('section', { class: 'facet sources' }, el('h3', {}, 'المصادر (', bdi(String((a.copies || [1]).length)), ')'), sources)]);
  return side;
}

// ---- stories ----

async function storiesPage() {
  setTitle('القصص');
  let r;
  try {
    r = await api('/api/stories?limit=100');
  } catch (e) {
    show(errorBox(e));
    return;
  }
  const list = el('section', { class: 'results' }, el('h1', {}, 'القصص'));
  if (r.stories.length === 0) append(list, [el('p', { class: 'notice' }, 'لا قصص بعد.')]);
  for (const s of r.stories) {
    append(list, [el('article', { class: 'hit' }, el('h2', { dir: 'auto' }, link(storyPath(s.id), s.headline)),
      el('p', { class: 'meta' }, bdi(String(s.articles)), ' مقالة · ', s.first_date ? [bdi(s.first_date), ' – ', bdi(s.last_date)] : 'بلا تاريخ',
        ' · ', s.outlets.map((o, i) => [i ? '، ' : '', bdi(o)])))]);
  }
  show(list);
}

async function storyPage(id) {
  let s;
  try {
    s = await api('/api/stories/' + encodeURIComponent(id));
  } catch (e) {
    setTitle('قصة');
    show(errorBox(e));
    return;
  }
  setTitle(s.headline);
  const head = el('header', {}, el('h1', { dir: 'auto' }, s.headline), el('p', { class: 'meta' }, bdi(String(s.article_count)), ' مقالة'));
  const timeline = el('section', { class: 'timeline' }, el('h2', {}, 'المقالات يومًا بيوم'), timelineChart(s.timeline));
  const byOutlet = el('section', {}, el('h2', {}, 'حسب المنبر'));
  for (const group of s.by_outlet) {
    const ul = el('ul', { class: 'plain' });
    for (const a of group.articles) {
      append(ul, [el('li', {}, link(articlePath(a.id), el('span', { dir: 'auto' }, a.headline)), ' ', el('span', { class: 'meta' }, a.date ? bdi(a.date) : 'بلا تاريخ'))]);
    }
    append(byOutlet, [el('div', { class: 'card' }, el('h3', {}, group.outlet ? bdi(group.outlet) : 'منبر غير معروف'), ul)]);
  }
  const ents = el('section', { class: 'facet' }, el('h3', {}, 'الأعلام في القصة'),
    el('ul', {}, (s.entities || []).map(v => el('li', {}, link(entityPath(v.value), v.label), el('span', { class: 'count' }, bdi(String(v.count)))))));
  show(head, el('div', { class: 'layout' }, el('div', { class: 'results' }, timeline, byOutlet), el('aside', { class: 'facets' }, ents)));
}

/** A bar per day from the first to the last dated article; inline SVG built node by node. */
function timelineChart(points) {
  const NS = 'http://www.w3.org/2000/svg';
  const svgEl = (tag, attrs, text) => {
    const n = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
    if (text !== undefined) n.textContent = text;
    return n;
  };
  if (!points || points.length === 0) return el('p', { class: 'muted' }, 'لا تواريخ معروفة لمقالات هذه القصة.');
  const days = [];
  const counts = new Map(points.map(p => [p.day, p.count]));
  const first = new Date(points[0].day + 'T00:00:00Z');
  const last = new Date(points[points.length - 1].day + 'T00:00:00Z');
  const span = Math.round((last - first) / 86400000);
  if (span > 730) { // too many days for bars: one bar per dated point
    points.forEach(p => days.push(p.day));
  } else {
    for (let d = 0; d <= span; d++) days.push(new Date(first.getTime() + d * 86400000).toISOString().slice(0, 10));
  }
  const W = 720, H = 200, PAD = 30;
  const max = Math.max(...points.map(p => p.count));
  const bw = Math.max(2, (W - 2 * PAD) / days.length);
  // direction=ltr: coordinates and text anchors are laid out left to right whatever the page does.
  const svg = svgEl('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'عدد المقالات في كل يوم', direction: 'ltr' });
  svg.appendChild(svgEl('line', { x1: PAD, y1: H - PAD, x2: W - PAD, y2: H - PAD, stroke: '#999' }));
  days.forEach((day, i) => {
    const c = counts.get(day) || 0;
    // Time runs right to left, as the page reads.
    const x = W - PAD - (i + 1) * bw;
    if (c > 0) {
      const h = (H - 2 * PAD) * c / max;
      const bar = svgEl('rect', { class: 'bar', x: x + bw * 0.1, y: H - PAD - h, width: bw * 0.8, height: h });
      bar.appendChild(svgEl('title', {}, day + ': ' + c));
      svg.appendChild(bar);
      svg.appendChild(svgEl('text', { x: x + bw / 2, y: H - PAD - h - 4, 'text-anchor': 'middle' }, String(c)));
    }
    if (days.length <= 14) {
      svg.appendChild(svgEl('text', { x: x + bw / 2, y: H - 10, 'text-anchor': 'middle' }, day.slice(5)));
    }
  });
  if (days.length <= 14) return svg;
  svg.appendChild(svgEl('text', { x: W - PAD, y: H - 8, 'text-anchor': 'end' }, days[0]));
  if (days.length > 1) svg.appendChild(svgEl('text', { x: PAD, y: H - 8, 'text-anchor': 'start' }, days[days.length - 1]));
  svg.appendChild(svgEl('text', { x: W - PAD, y: PAD - 10, 'text-anchor': 'end' }, 'الأقصى: ' + max));
  return svg;
}

// ---- entities ----

async function entitiesPage(params) {
  setTitle('الأعلام');
  const type = params.get('type');
  let r;
  try {
    r = await api('/api/entities?limit=200' + (type ? '&type=' + encodeURIComponent(type) : ''));
  } catch (e) {
    show(errorBox(e));
    return;
  }
  const types = el('p', {}, ['', 'PER', 'LOC', 'ORG', 'MISC'].map(t => [' ', link('/entities' + (t ? '?type=' + t : ''), t ? TYPE_NAMES[t] : 'الكل')]));
  const ul = el('ul', { class: 'plain' });
  for (const e of r.entities) {
    append(ul, [el('li', {}, link(entityPath(e.id), e.canonical), ' ', latinName(e.latin), el('span', { class: 'muted' }, TYPE_NAMES[e.type] || '', ' · ', bdi(String(e.articles)), ' مقالة'))]);
  }
  if (r.entities.length === 0) append(ul, [el('li', { class: 'notice' }, 'لا أعلام بعد.')]);
  show(el('h1', {}, 'الأعلام'), types, el('div', { class: 'card' }, ul));
}

/** An entity's Latin name, left to right, before its type; nothing when it has none. */
function latinName(latin) {
  return latin ? [el('span', { class: 'latin', dir: 'ltr', lang: 'en' }, latin), ' '] : null;
}

async function entityPage(id) {
  let e;
  try {
    e = await api('/api/entities/' + encodeURIComponent(id));
  } catch (err) {
    setTitle('علم');
    show(errorBox(err));
    return;
  }
  setTitle(e.canonical);
  const variants = el('section', { class: 'card' }, el('h2', {}, 'صيغ الاسم (', bdi(String(e.variants.length)), ')'),
    el('p', {}, e.variants.map(v => el('span', { class: 'chip', dir: 'auto' }, v.text, ' ', el('span', { class: 'muted' }, bdi(String(v.articles)))))));
  const quotes = el('section', { class: 'card' }, el('h2', {}, 'أقواله (', bdi(String(e.quotes.length)), ')'));
  for (const q of e.quotes) {
    append(quotes, [el('blockquote', { dir: 'auto' }, q.text, el('div', { class: 'muted' }, '— ', link(articlePath(q.article.id), q.article.headline)))]);
  }
  if (e.quotes.length === 0) append(quotes, [el('p', { class: 'muted' }, 'لا اقتباسات منسوبة.')]);
  const articles = el('section', { class: 'card' }, el('h2', {}, 'المقالات (', bdi(String(e.article_count)), ')'),
    el('ul', { class: 'plain' }, e.articles.map(a => el('li', {}, link(articlePath(a.id), el('span', { dir: 'auto' }, a.headline)), ' ', meta(a)))));
  const related = el('section', { class: 'facet' }, el('h3', {}, 'أعلام ذات صلة'),
    el('ul', {}, e.related.map(v => el('li', {}, link(entityPath(v.value), v.label), el('span', { class: 'count' }, bdi(String(v.count)))))));
  show(el('h1', { dir: 'auto' }, e.canonical, ' ', latinName(e.latin), el('span', { class: 'muted' }, TYPE_NAMES[e.type] || e.type || '')),
    el('p', {}, link('/?q=' + encodeURIComponent('entity:"' + e.id + '"'), 'ابحث في مقالاته')),
    el('div', { class: 'layout' }, el('div', { class: 'results' }, variants, quotes, articles), el('aside', { class: 'facets' }, related)));
}

// ---- router ----

function route() {
  const path = location.pathname;
  const params = new URLSearchParams(location.search);
  const m = path.match(/^\/(articles|stories|entities)\/([^/]+)$/);
  if (m) {
    const id = decodeURIComponent(m[2]);
    return m[1] === 'articles' ? articlePage(id) : m[1] === 'stories' ? storyPage(id) : entityPage(id);
  }
  if (path === '/stories') return storiesPage();
  if (path === '/entities') return entitiesPage(params);
  return searchPage(params);
}

document.addEventListener('DOMContentLoaded', () => {
  route().catch(e => show(errorBox(e)));
});
