/**
 * Script installed in every benchmarked page before its own scripts run (addInitScript).
 *
 * It is a string, not a function, on purpose: tsx compiles with esbuild's keepNames, which
 * wraps nested functions in `__name(...)` calls that do not exist inside the page, so a
 * serialised TypeScript function would throw there.
 *
 * window.__bench collects:
 * - `events`: Event Timing entries (durationThreshold 16, the minimum the API allows, so a
 *   keystroke faster than that leaves no entry at all);
 * - `keydowns`: the timeStamp of every keydown, which bounds each keystroke: an entry belongs
 *   to keystroke i when it starts in [keydown i, keydown i+1);
 * - `clicks`: button clicks with their timeStamp, to time Save from the user's click;
 * - `longTasks`: Long Tasks API entries (tasks over 50 ms), for scrolling the list;
 * - `maxListRows`: the most rows the navigation's lists held at any animation frame;
 * - `ready` and `complete`: when the form was first filled and editable, and fully rendered.
 */
export const PROBE_SCRIPT = String.raw`
(() => {
  const bench = { events: [], keydowns: [], clicks: [], longTasks: [], maxListRows: 0, observerError: null, longTaskError: null };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ startTime: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) {
    bench.longTaskError = String(error);
  }
  // Rows of the lists in the page's navigation (the connection list). Counted every frame, so
  // it must cost next to nothing: live collections of a few elements, no selector matching.
  const navs = document.getElementsByTagName('nav');
  const sampleRows = () => {
    let rows = 0;
    for (const nav of navs) for (const list of nav.getElementsByTagName('ul')) rows += list.childElementCount;
    if (rows > bench.maxListRows) bench.maxListRows = rows;
    watchForm();
    requestAnimationFrame(sampleRows);
  };
  requestAnimationFrame(sampleRows);

  // The form's loading, watched from inside the page on every animation frame and reported
  // through a binding (bench/page.ts), so that timing it costs the page nothing but this check:
  // no polling by Playwright, whose first evaluation after a navigation injects its own script
  // (a ~60 ms task, in the trace) into the very load being measured.
  // - ready: the "Connection name" and first "Option value" inputs hold values and are enabled;
  // - complete: the last section's field is there (and, in a plain option list, the last row).
  // Both stop checking once seen, so they cost nothing while keystrokes are measured.
  bench.ready = null;
  bench.complete = null;
  const report = (what, detail) => {
    if (typeof window.__benchReport === 'function') window.__benchReport(what, detail);
  };
  const watchForm = () => {
    if (bench.complete) return;
    if (!bench.ready) {
      const name = bench.firstByName('Connection name');
      if (!bench.editable(name) || name.value === '') return;
      const option = bench.firstByName('Option value');
      if (!bench.editable(option) || option.value === '') return;
      bench.ready = { t: performance.now(), name: name.value, firstOptionValue: option.value };
      report('ready', bench.ready);
    }
    if (!bench.firstByName('Connect SQL')) return;
    let lastOptionValue = null;
    // A virtualised option list (from 100 rows) renders only the rows in its box: its last row
    // is not in the DOM until scrolled to, so only a plain list is checked for it.
    if (!document.querySelector('[data-option-scroller]')) {
      const values = document.querySelectorAll('input[name$=".value"][name^="options."]');
      lastOptionValue = values.length > 0 ? values[values.length - 1].value : '';
    }
    bench.complete = { t: performance.now(), lastOptionValue };
    report('complete', bench.complete);
  };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        bench.events.push({
          name: e.name,
          startTime: e.startTime,
          duration: e.duration,
          processingStart: e.processingStart,
          processingEnd: e.processingEnd,
          interactionId: e.interactionId || 0,
        });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch (error) {
    bench.observerError = String(error);
  }
  addEventListener('keydown', (e) => { bench.keydowns.push(e.timeStamp); }, { capture: true });
  addEventListener('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest('button') : null;
    if (button) bench.clicks.push({ text: (button.textContent || '').trim(), t: e.timeStamp });
  }, { capture: true });

  // Accessible name, close enough for form controls: aria-label, aria-labelledby, <label>.
  bench.nameOf = (el) => {
    const clean = (s) => (s || '').replace(/[\s*\u2009\u00a0]+$/, '').trim();
    if (el.getAttribute('aria-label')) return clean(el.getAttribute('aria-label'));
    const ids = el.getAttribute('aria-labelledby');
    if (ids) {
      return clean(ids.split(/\s+/).map((id) => document.getElementById(id)?.textContent || '').join(' '));
    }
    return clean(Array.from(el.labels || []).map((l) => l.textContent || '').join(' '));
  };
  bench.controls = () =>
    Array.from(document.querySelectorAll('input:not([type=hidden]), textarea, select'));
  // Stops at the first match: polled on every frame while the form loads, it must not cost
  // the page being measured more than a glance.
  bench.firstByName = (name) => {
    for (const el of document.querySelectorAll('input:not([type=hidden]), textarea, select')) {
      if (bench.nameOf(el) === name) return el;
    }
    return null;
  };
  bench.editable = (el) => !!el && !el.disabled && !el.readOnly;

  bench.messageTexts = () =>
    Array.from(document.querySelectorAll('[role=status], [role=alert]'))
      .map((el) => ({ role: el.getAttribute('role'), text: (el.textContent || '').trim() }))
      .filter((m) => m.text !== '');
  // The first new outcome of a save, with the time: a status matching \`savedPattern\` or any
  // alert that was not there before (snapshot). Progress notes ("Checking…") do not count.
  bench.newMessage = (snapshot, savedPattern) => {
    const saved = new RegExp(savedPattern);
    const fresh = bench.messageTexts().find(
      (m) => !snapshot.includes(m.role + ':' + m.text) && (m.role === 'alert' || saved.test(m.text)),
    );
    return fresh ? { ...fresh, t: performance.now() } : false;
  };

  bench.reset = () => { bench.events = []; bench.keydowns = []; };

  // The scroll box of the connection list: the nearest scrollable ancestor of its rows.
  bench.listScroller = () => {
    let el = document.querySelector('nav [role=list]');
    while (el && el !== document.body) {
      if (el.scrollHeight > el.clientHeight + 1 && getComputedStyle(el).overflowY !== 'visible') return el;
      el = el.parentElement;
    }
    return null;
  };

  // Scrolls the connection list from top to bottom, \`step\` pixels per animation frame, and
  // reports the long tasks that started meanwhile.
  bench.scrollListToEnd = (step) => new Promise((resolve, reject) => {
    const box = bench.listScroller();
    if (bench.longTaskError) { reject(new Error('Long Tasks API unavailable: ' + bench.longTaskError)); return; }
    if (!box) { reject(new Error('no scrollable connection list')); return; }
    box.scrollTop = 0;
    requestAnimationFrame(() => {
      const started = performance.now();
      let frames = 0;
      const next = () => {
        frames += 1;
        const bottom = box.scrollHeight - box.clientHeight;
        if (box.scrollTop >= bottom - 1) {
          // One more frame, so the last rows render before the window closes.
          requestAnimationFrame(() => {
            const ended = performance.now();
            const tasks = bench.longTasks.filter((t) => t.startTime >= started && t.startTime <= ended);
            resolve({ ms: ended - started, frames, scrollHeight: box.scrollHeight, longTasks: tasks });
          });
          return;
        }
        box.scrollTop = Math.min(bottom, box.scrollTop + step);
        requestAnimationFrame(next);
      };
      requestAnimationFrame(next);
    });
  });
})();
`;

export interface EventTimingRecord {
  name: string;
  startTime: number;
  duration: number;
  processingStart: number;
  processingEnd: number;
  interactionId: number;
}

export interface ProbeSnapshot {
  events: EventTimingRecord[];
  keydowns: number[];
  observerError: string | null;
}

export interface LongTaskRecord {
  startTime: number;
  duration: number;
}

export interface ScrollRecord {
  ms: number;
  frames: number;
  scrollHeight: number;
  longTasks: LongTaskRecord[];
}
