// If the program cannot start: a message, never a blank page (README).
(() => {
  const d = document;
  let b;
  const echec = () => {
    if (b || d.documentElement.dataset.appDemarree) return;
    b = d.createElement('div');
    b.id = 'echec-demarrage';
    b.className = 'erreur-fatale';
    b.innerHTML = "<h1>L'application n'a pas pu démarrer</h1><p>Connexion coupée, ou navigateur trop ancien."
      + '</p><p><button>Recharger la page</button></p><p><a href="pages/index.html">Parcourir le catalogue sans JavaScript</a></p>';
    b.querySelector('button').onclick = () => location.reload();
    d.body.prepend(b);
  };
  // The home screen rendered ahead paints at once; for another screen, its frame and a quiet
  // line until the program takes over (never the wrong screen, never a blank page).
  const chargement = () => {
    const h = location.hash;
    const main = d.querySelector('#premier-ecran main');
    if (main && !d.documentElement.dataset.appDemarree && h.startsWith('#/') && h.length > 2) {
      main.innerHTML = '<section aria-busy="true"><h1 tabindex="-1">Chargement…</h1></section>';
    }
  };
  chargement();
  // The complete program (the questionnaire, the referent's tools), asked by the first one when
  // a screen needs it; it takes over from it (crates/web/src/programme.rs).
  self.offreInsertionComplet = () => import('./complet.js').then((m) => m.default({ module_or_path: './complet_bg.wasm' }));
  // A tap on the screen rendered ahead, before the program has its handlers: kept, then played
  // again on the program's own button once it has taken over (never a tap that does nothing).
  // A search sent is kept too, rather than reloading the page and losing what was typed.
  const enAttente = [];
  const cle = (e) => e.id || e.getAttribute('aria-controls') || e.lang + '|' + e.textContent.trim();
  const premier = (e) => !d.documentElement.dataset.appDemarree && !b && e.target.closest && e.target.closest('#premier-ecran');
  d.addEventListener('click', (e) => {
    const c = premier(e) && e.target.closest('button[type=button], input[type=checkbox]');
    if (!c) return;
    enAttente.push(['click', cle(c)]);
    d.documentElement.dataset.tapEnAttente = '1';
  }, true);
  d.addEventListener('submit', (e) => {
    if (!premier(e)) return;
    e.preventDefault();
    enAttente.push(['submit', '']);
    d.documentElement.dataset.tapEnAttente = '1';
  }, true);
  const rejouer = () => {
    // Targets found before any is played: a language tapped changes the others' words.
    const boutons = [...d.querySelectorAll('button[type=button], input[type=checkbox]')];
    const cibles = enAttente.splice(0).map(([quoi, c]) => (quoi === 'submit'
      ? d.querySelector('main form[role=search]')
      : boutons.find((e) => cle(e) === c)));
    for (const c of cibles) c && (c.tagName === 'FORM' ? c.requestSubmit() : c.click());
    delete d.documentElement.dataset.tapEnAttente;
  };
  new MutationObserver((l, o) => { if (d.documentElement.dataset.appDemarree) { o.disconnect(); rejouer(); } })
    .observe(d.documentElement, { attributes: true, attributeFilter: ['data-app-demarree'] });
  // A door followed before the program: the quiet line, not the home screen any longer.
  addEventListener('hashchange', chargement);
  // A new version waits in sw.js: offered; accepted, it takes over and the page reloads. Taken
  // over by another tab: this page's files are gone, the reload is offered too.
  try {
    const sw = navigator.serviceWorker;
    const avant = sw && sw.controller;
    sw && sw.ready.then((r) => {
      let accepte;
      const offrir = () => {
        self.offreInsertionActiver = () => { accepte = 1; r.waiting ? r.waiting.postMessage('offre-insertion:activer') : location.reload(); };
        d.documentElement.dataset.nouvelleVersion = '1';
        dispatchEvent(new Event('offre-insertion:nouvelle-version'));
      };
      const attente = () => r.waiting && sw.controller && offrir();
      attente();
      r.addEventListener('updatefound', () => r.installing?.addEventListener('statechange', attente));
      sw.addEventListener('controllerchange', () => (accepte ? location.reload() : avant && offrir()));
    });
  } catch (e) { /* sandboxed frame: no service worker */ }
  addEventListener('error', (e) => (e instanceof ErrorEvent || e.target instanceof HTMLScriptElement) && echec(), true);
  addEventListener('unhandledrejection', echec);
  setTimeout(echec, 15000);
})();
