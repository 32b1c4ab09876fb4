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
  const h = location.hash;
  const main = d.querySelector('#premier-ecran main');
  if (main && h && h !== '#' && h !== '#/') {
    main.innerHTML = '<section aria-busy="true"><h1 tabindex="-1">Chargement…</h1></section>';
  }
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
