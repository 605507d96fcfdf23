// One Tab stop for all the marks on the axis (a roving tabindex): Tab reaches the selected event, or the first;
// the arrow keys move between events in date order, Home and End go to the ends, Enter opens the event.
const next = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

export function enhanceMarks(axis) {
  const marks = [...axis.querySelectorAll('a.tl-mark')];
  if (marks.length === 0) return null;
  const hint = document.createElement('span');
  hint.className = 'visually-hidden';
  hint.textContent = ' Tab to the events on the axis; the arrow keys move between them and Enter opens one.';
  axis.querySelector('figcaption')?.append(hint);

  const stop = (mark) => {
    for (const m of marks) m.tabIndex = m === mark ? 0 : -1;
  };
  stop(marks.find((m) => m.getAttribute('aria-current') === 'true') ?? marks[0]);

  axis.addEventListener('focusin', (e) => {
    const mark = e.target.closest('a.tl-mark');
    if (mark) stop(mark);
  });
  axis.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const index = marks.indexOf(e.target.closest('a.tl-mark'));
    if (index < 0) return;
    const to = e.key === 'Home' ? 0 : e.key === 'End' ? marks.length - 1 : next[e.key] ? index + next[e.key] : -1;
    if (to < 0 || to >= marks.length) return;
    e.preventDefault();
    marks[to].focus();
  });

  return {
    /** Makes the event's mark the one Tab reaches; returns it. */
    current(slug) {
      const mark = marks.find((m) => m.dataset.slug === slug);
      if (mark) stop(mark);
      return mark;
    },
  };
}
