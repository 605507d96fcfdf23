// The story: choosing an event on the axis, in the list or with a slide's Previous and Next shows its slide in
// place (fetched from /timeline/slides/{slug} with the page's filters), marks it on the axis and in the list, keeps
// the URL shareable (?event=) and walks on with the arrow keys. Close hides the slide and returns focus to where
// the reader came from. Slides either side of the current one are fetched ahead, so the story moves at once.
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
const cache = new Map();

export function enhanceStory(panel, marks) {
  let origin = null;

  const filters = () => {
    const params = new URLSearchParams(location.search);
    params.delete('event');
    return params.toString();
  };
  const fetchSlide = (slug) => {
    const url = `/timeline/slides/${encodeURIComponent(slug)}?${filters()}`;
    if (!cache.has(url)) {
      cache.set(url, fetch(url, { headers: { Accept: 'text/html' } }).then((r) => {
        if (!r.ok) throw new Error(String(r.status));
        return r.text();
      }).catch((error) => { cache.delete(url); throw error; }));
    }
    return cache.get(url);
  };

  document.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    const close = e.target.closest('[data-detail-close]');
    if (close && panel.contains(close)) {
      e.preventDefault();
      hide();
      return;
    }
    const link = e.target.closest('a[data-slug], a[data-story-start]');
    if (!link || !(link.closest('[data-timeline], .timeline-list, .slide-nav') || link.hasAttribute('data-story-start'))) return;
    e.preventDefault();
    const slug = link.dataset.slug ?? new URL(link.href).searchParams.get('event');
    const fromStory = link.closest('.slide-nav') ? link.getAttribute('rel') : null;
    if (!fromStory) origin = link;
    select(slug, link.href, fromStory);
  });

  panel.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.target.closest('input, textarea, select')) return;
    const rel = e.key === 'ArrowRight' ? 'next' : e.key === 'ArrowLeft' ? 'prev' : null;
    const link = rel && panel.querySelector(`.slide-nav a[rel="${rel}"]`);
    if (!link) return;
    e.preventDefault();
    select(link.dataset.slug, link.href, rel);
  });

  async function select(slug, fallback, fromStory) {
    let html;
    try {
      html = await fetchSlide(slug);
    } catch {
      location.href = fallback; // the server renders the same slide
      return;
    }
    const slide = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-event-detail]');
    if (!slide) {
      location.href = fallback;
      return;
    }
    show(slug, document.importNode(slide, true), fromStory);
  }

  function mark(slug) {
    for (const el of document.querySelectorAll('[data-timeline] [aria-current="true"], .timeline-list [aria-current="true"]')) el.removeAttribute('aria-current');
    if (!slug) return;
    for (const el of document.querySelectorAll(`[data-timeline] a[data-slug="${CSS.escape(slug)}"]`)) el.setAttribute('aria-current', 'true');
    document.getElementById(`event-${slug}`)?.setAttribute('aria-current', 'true');
    marks?.current(slug);
  }

  function setUrl(slug) {
    const url = new URL(location.href);
    if (slug) url.searchParams.set('event', slug); else url.searchParams.delete('event');
    url.hash = slug ? 'detail' : '';
    history.replaceState(null, '', url);
  }

  function show(slug, slide, fromStory) {
    setUrl(slug);
    mark(slug);
    panel.replaceChildren(slide);
    panel.hidden = false;
    document.title = `${slide.querySelector('h2')?.textContent ?? ''} · ${document.title.split(' · ').slice(-2).join(' · ')}`;
    // Walking the story keeps focus on the same control; anything else starts at the slide's title.
    const focus = (fromStory && panel.querySelector(`.slide-nav a[rel="${fromStory}"]`)) || panel.querySelector('h2');
    focus?.focus({ preventScroll: true });
    panel.scrollIntoView({ block: 'nearest', behavior: reducedMotion ? 'auto' : 'smooth' });
    for (const near of panel.querySelectorAll('.slide-nav a[data-slug]')) fetchSlide(near.dataset.slug).catch(() => {});
  }

  function hide() {
    const slug = panel.querySelector('[data-event-detail]')?.dataset.eventDetail;
    setUrl(null);
    mark(null);
    panel.hidden = true;
    panel.replaceChildren();
    document.title = document.title.split(' · ').slice(-2).join(' · ');
    // Back to where the reader came from, or to the event's mark when the page opened on it.
    const back = (origin?.isConnected && origin) || (slug && marks?.current(slug)) || document.querySelector('[data-story-start]');
    back?.focus({ preventScroll: true });
    back?.scrollIntoView({ block: 'nearest', behavior: reducedMotion ? 'auto' : 'smooth' });
    origin = null;
  }

  // A shared link (?event=) opens on its slide: make its mark the axis' Tab stop and start reading at the title.
  const initial = panel.querySelector('[data-event-detail]');
  if (initial && !panel.hidden) {
    marks?.current(initial.dataset.eventDetail);
    const start = () => initial.isConnected && initial.querySelector('h2')?.focus({ preventScroll: true });
    start();
    // Scrolling to the link's #detail, which Chromium does once the page has loaded, clears focus: set it again after.
    if (location.hash && document.readyState !== 'complete') addEventListener('load', () => requestAnimationFrame(start), { once: true });
  }
}
