// The exposure page's selection, remembered in this browser only (localStorage) — never sent
// anywhere except in the form the reader submits. Without JavaScript the page works the same,
// just without remembering.
(() => {
  const KEY = 'leakwatch.exposure.v1';
  const form = document.getElementById('exposure-form');
  if (!form) return;
  const list = document.getElementById('exposure-selected');
  const read = () => {
    try {
      const v = JSON.parse(localStorage.getItem(KEY) || '[]');
      return Array.isArray(v)
        ? v.filter((x) => x && typeof x.value === 'string' && typeof x.name === 'string')
        : [];
    } catch {
      return [];
    }
  };
  const save = () => {
    const picked = [...form.querySelectorAll('input[name="s"]:checked')].map((el) => ({
      value: el.value,
      name: el.getAttribute('data-name') || el.value,
    }));
    try {
      localStorage.setItem(KEY, JSON.stringify(picked));
    } catch {
      // Storage can be full or disabled (private mode): the page still works.
    }
  };
  // Restore a remembered selection when the server rendered none.
  if (form.getAttribute('data-selected') === '0' && list) {
    const saved = read();
    for (const item of saved) {
      const li = document.createElement('li');
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = 's';
      box.value = item.value;
      box.checked = true;
      box.setAttribute('data-name', item.name);
      label.append(box, document.createTextNode(item.name));
      li.append(label);
      list.append(li);
    }
    const none = document.getElementById('exposure-none');
    if (none && saved.length > 0) none.hidden = true;
  }
  form.addEventListener('submit', (e) => {
    if (e.submitter && e.submitter.value === 'clear') {
      try {
        localStorage.removeItem(KEY);
      } catch {}
      return;
    }
    save();
  });
  const print = document.getElementById('exposure-print');
  if (print) {
    print.hidden = false;
    print.addEventListener('click', () => window.print());
  }
})();
