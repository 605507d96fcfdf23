// Enhances the server-rendered timeline: zoom (buttons, ctrl+wheel or pinch, + and -), pan (drag, arrow keys),
// decluttering by zoom level (CSS keyed on data-zoom), and the selected event's detail shown in place.
// Without this script every mark is a link to ?event=slug, which the server renders the same way.
const levels = [1, 2, 4, 8, 16];
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;

const timeline = document.querySelector('[data-timeline]');
const panel = document.querySelector('[data-detail-panel]');
if (timeline) enhanceAxis(timeline);
if (panel) enhanceSelection(panel);

function enhanceAxis(root) {
  const viewport = root.querySelector('[data-axis-viewport]');
  const track = viewport.firstElementChild;
  const output = root.querySelector('[data-zoom-label]');
  root.querySelector('[data-axis-tools]').hidden = false;
  let level = 0;

  function zoomTo(next, anchor = 0.5) {
    next = Math.max(0, Math.min(levels.length - 1, next));
    if (next === level) return;
    // Keep the date under the anchor (the pointer, or the middle) where it is on screen.
    const x = viewport.scrollLeft + viewport.clientWidth * anchor;
    const ratio = x / track.offsetWidth;
    level = next;
    track.style.setProperty('--zoom', String(levels[level]));
    root.dataset.zoom = String(levels[level]);
    output.value = `${levels[level]}×`;
    viewport.scrollLeft = ratio * track.offsetWidth - viewport.clientWidth * anchor;
  }

  const pan = (fraction) => viewport.scrollBy({ left: viewport.clientWidth * fraction, behavior: reducedMotion ? 'auto' : 'smooth' });
  const anchorAt = (clientX) => (clientX - viewport.getBoundingClientRect().left) / viewport.clientWidth;

  root.querySelector('[data-zoom-in]').addEventListener('click', () => zoomTo(level + 1));
  root.querySelector('[data-zoom-out]').addEventListener('click', () => zoomTo(level - 1));
  root.querySelector('[data-zoom-reset]').addEventListener('click', () => zoomTo(0));

  // Ctrl+wheel is also what trackpad pinches send; a plain wheel keeps scrolling the page.
  viewport.addEventListener('wheel', (e) => {
    if (!e.ctrlKey && !e.metaKey) return;
    e.preventDefault();
    zoomTo(level + (e.deltaY < 0 ? 1 : -1), anchorAt(e.clientX));
  }, { passive: false });

  viewport.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const onMark = e.target.closest('a[data-slug]');
    if (onMark && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      // From a mark, the arrows walk to the previous or next event that is visible at this zoom.
      const marks = [...viewport.querySelectorAll('a[data-slug]')].filter((m) => m.offsetParent !== null);
      const next = marks[marks.indexOf(onMark) + (e.key === 'ArrowRight' ? 1 : -1)];
      if (next) {
        e.preventDefault();
        next.focus();
        next.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: reducedMotion ? 'auto' : 'smooth' });
      }
      return;
    }
    const actions = {
      ArrowLeft: () => pan(-0.25), ArrowRight: () => pan(0.25),
      Home: () => { viewport.scrollLeft = 0; }, End: () => { viewport.scrollLeft = viewport.scrollWidth; },
      '+': () => zoomTo(level + 1), '=': () => zoomTo(level + 1), '-': () => zoomTo(level - 1), '0': () => zoomTo(0),
    };
    if (actions[e.key]) {
      e.preventDefault();
      actions[e.key]();
    }
  });

  // Drag to pan with mouse or one finger; two fingers pinch to zoom. A drag never counts as a click on a mark.
  const pointers = new Map();
  let dragged = false;
  let startX = 0;
  let startScroll = 0;
  let pinchStart = 0;
  let pinchLevel = 0;
  viewport.addEventListener('pointerdown', (e) => {
    pointers.set(e.pointerId, e.clientX);
    if (pointers.size === 1) {
      dragged = false;
      startX = e.clientX;
      startScroll = viewport.scrollLeft;
    } else if (pointers.size === 2) {
      const [a, b] = [...pointers.values()];
      pinchStart = Math.abs(a - b);
      pinchLevel = level;
    }
  });
  viewport.addEventListener('pointermove', (e) => {
    if (!pointers.has(e.pointerId)) return;
    pointers.set(e.pointerId, e.clientX);
    if (pointers.size === 2 && pinchStart > 0) {
      const [a, b] = [...pointers.values()];
      zoomTo(pinchLevel + Math.round(Math.log2(Math.abs(a - b) / pinchStart)), anchorAt((a + b) / 2));
      dragged = true;
    } else if (pointers.size === 1 && Math.abs(e.clientX - startX) > 5) {
      dragged = true;
      viewport.classList.add('dragging');
      viewport.scrollLeft = startScroll - (e.clientX - startX);
    }
  });
  const release = (e) => {
    pointers.delete(e.pointerId);
    if (pointers.size === 0) viewport.classList.remove('dragging');
  };
  viewport.addEventListener('pointerup', release);
  viewport.addEventListener('pointercancel', release);
  viewport.addEventListener('click', (e) => {
    if (dragged) {
      e.preventDefault();
      e.stopImmediatePropagation();
      dragged = false;
    }
  }, true);

  const current = viewport.querySelector('a[aria-current="true"]');
  if (current) current.scrollIntoView({ block: 'nearest', inline: 'center' });
}

function enhanceSelection(detail) {
  document.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    const close = e.target.closest('[data-detail-close]');
    if (close) {
      e.preventDefault();
      show(null);
      return;
    }
    const link = e.target.closest('a[data-slug]');
    if (link) {
      e.preventDefault();
      select(link.dataset.slug, link.href);
    }
  });

  async function select(slug, fallback) {
    try {
      const response = await fetch(`/events/${encodeURIComponent(slug)}`, { headers: { Accept: 'text/html' } });
      if (!response.ok) throw new Error(String(response.status));
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const article = page.querySelector('[data-event-detail]');
      if (!article) throw new Error('no detail');
      show(slug, document.importNode(article, true));
    } catch {
      location.href = fallback; // the server renders the same selection
    }
  }

  function show(slug, article) {
    const url = new URL(location.href);
    if (slug) url.searchParams.set('event', slug); else url.searchParams.delete('event');
    url.hash = slug ? 'detail' : '';
    history.replaceState(null, '', url);
    for (const el of document.querySelectorAll('[aria-current="true"]')) el.removeAttribute('aria-current');
    if (!slug) {
      detail.hidden = true;
      detail.replaceChildren();
      return;
    }
    for (const el of document.querySelectorAll(`a[data-slug="${CSS.escape(slug)}"]`)) {
      (el.closest('li.event') ?? el).setAttribute('aria-current', 'true');
    }
    const close = document.createElement('p');
    close.className = 'close';
    close.innerHTML = '<a data-detail-close>Close</a>';
    url.searchParams.delete('event');
    url.hash = '';
    close.firstElementChild.href = url.pathname + url.search;
    detail.replaceChildren(article, close);
    detail.hidden = false;
    const heading = detail.querySelector('h2');
    heading?.focus({ preventScroll: true });
    detail.scrollIntoView({ block: 'nearest', behavior: reducedMotion ? 'auto' : 'smooth' });
  }
}
