// Progressive enhancement for search boxes: fills each box's <datalist> with names from /suggest?q=
// (kana, romaji and English all find the same service). Without JavaScript the form still works.
(() => {
  const boxes = document.querySelectorAll('input[data-suggest]');
  for (const input of boxes) {
    const list = document.getElementById(input.getAttribute('data-suggest'));
    if (!list) continue;
    // Optional words for each kind of suggestion (the follow form tells companies from services):
    // data-suggest-kinds='{"organization":"会社・団体","service":"サービス"}'.
    let kinds = null;
    try {
      kinds = JSON.parse(input.getAttribute('data-suggest-kinds') || 'null');
    } catch {
      kinds = null;
    }
    let timer = 0;
    let last = '';
    let controller = null;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const q = input.value.trim();
        if (q === last || q.length < 1) return;
        last = q;
        if (controller) controller.abort();
        controller = new AbortController();
        try {
          const res = await fetch(`/suggest?q=${encodeURIComponent(q)}`, {
            signal: controller.signal,
            headers: { accept: 'application/json' },
          });
          if (!res.ok) return;
          const data = await res.json();
          list.replaceChildren();
          for (const s of data.suggestions || []) {
            const opt = document.createElement('option');
            opt.value = s.name;
            const notes = [s.matched && s.matched !== s.name ? s.matched : '', kinds?.[s.kind] || ''];
            const note = notes.filter(Boolean).join(' · ');
            if (note) opt.label = `${s.name} (${note})`;
            list.appendChild(opt);
          }
        } catch {
          // Suggestions are a convenience: a failed request leaves the plain search working.
        }
      }, 150);
    });
  }
})();
