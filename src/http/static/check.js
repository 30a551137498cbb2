// leakwatch /check: hashes an email address in the browser and asks the server only for the
// 5-hex-character range its SHA-256 falls in (k-anonymity). The address and the full hash never
// leave the page. Normalisation mirrors src/exposed-emails/normalize.ts: NFKC, trim, lower-case; an
// address with "+tag" is also checked without it, since lists may have been imported either way.
(() => {
  /** normalizeEmail() of src/exposed-emails/normalize.ts; null when the input is not an address. */
  function normalize(s, stripPlus) {
    const n = String(s).normalize('NFKC').trim().toLowerCase();
    const at = n.indexOf('@');
    if (at < 0 || at !== n.lastIndexOf('@') || /\s/.test(n)) return null;
    let local = n.slice(0, at);
    const domain = n.slice(at + 1);
    if (!local || !domain) return null;
    if (stripPlus) {
      const plus = local.indexOf('+');
      if (plus > 0) local = local.slice(0, plus);
    }
    return `${local}@${domain}`;
  }

  /** The forms to check: as typed, and without "+tag" when it has one. */
  function variants(s) {
    const keep = normalize(s, false);
    if (keep === null) return [];
    const strip = normalize(s, true);
    return strip && strip !== keep ? [keep, strip] : [keep];
  }

  async function sha256Hex(text) {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  }

  /** Parses a range answer into suffix → incident ids. */
  function parseRange(body) {
    const out = new Map();
    for (const line of body.split('\n')) {
      const colon = line.indexOf(':');
      if (colon !== 59) continue;
      out.set(line.slice(0, 59), line.slice(60).split(',').filter(Boolean));
    }
    return out;
  }

  if (typeof window !== 'undefined') window.leakwatchCheck = { normalize, variants, parseRange };
  if (typeof document === 'undefined') return;

  const form = document.getElementById('check-form');
  const input = document.getElementById('check-email');
  const result = document.getElementById('check-result');
  if (!form || !input || !result) return;
  const msg = (key) => form.dataset[key] || '';

  function show(text, kind) {
    result.replaceChildren();
    const p = document.createElement('p');
    p.className = kind === 'found' ? 'notice-box verdict verdict-affected' : 'notice-box';
    p.textContent = text;
    result.append(p);
    return p;
  }

  function showIncidents(ids) {
    show(msg('msgFound'), 'found');
    const ul = document.createElement('ul');
    ul.className = 'plain-list';
    for (const id of ids) {
      const known = document.querySelector(`#check-incidents li[data-incident-id="${CSS.escape(id)}"] a`);
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = known ? known.getAttribute('href') : `/incidents/${encodeURIComponent(id)}`;
      a.textContent = known ? known.textContent : id;
      li.append(a);
      ul.append(li);
    }
    result.append(ul);
  }

  if (!window.crypto || !crypto.subtle) {
    show(msg('msgInsecure'));
    return;
  }

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const forms = variants(input.value);
    if (forms.length === 0) {
      show(msg('msgInvalid'));
      input.focus();
      return;
    }
    show(msg('msgWorking'));
    try {
      const hashes = await Promise.all(forms.map(sha256Hex));
      const ranges = new Map();
      for (const h of hashes) {
        const prefix = h.slice(0, 5);
        if (!ranges.has(prefix)) {
          ranges.set(
            prefix,
            fetch(`/api/v1/range/${prefix}`, { credentials: 'omit', headers: { Accept: 'text/plain' } }).then(
              (r) => {
                if (!r.ok) throw new Error(`range ${r.status}`);
                return r.text();
              },
            ),
          );
        }
      }
      const found = new Set();
      for (const h of hashes) {
        const entries = parseRange(await ranges.get(h.slice(0, 5)));
        for (const id of entries.get(h.slice(5)) || []) found.add(id);
      }
      if (found.size > 0) showIncidents([...found]);
      else show(msg('msgNotFound'));
    } catch {
      show(msg('msgError'));
    }
  });
})();
