// If the program cannot start (wasm not fetched or not instantiated, no WebAssembly), Trunk's
// loader throws and the page would stay blank: say so, with a reload button and the static
// pages, which need no JavaScript. Silent when the app renders its `main#contenu`.
(() => {
  const demarree = () => document.querySelector('main#contenu');
  let fait = false;
  const echec = () => {
    if (fait || demarree()) return;
    fait = true;
    const bloc = document.createElement('div');
    bloc.id = 'echec-demarrage';
    bloc.className = 'erreur-fatale';
    bloc.setAttribute('role', 'alert');
    bloc.innerHTML = "<h1>L'application n'a pas pu démarrer</h1><p>La connexion a peut-être été "
      + 'interrompue, ou ce navigateur ne permet pas de la faire fonctionner.</p><p><button type="button">'
      + 'Recharger la page</button></p><p>Vous pouvez aussi <a href="pages/index.html">parcourir tout le '
      + 'catalogue</a> : une page par service et par structure, sans JavaScript.</p>';
    bloc.querySelector('button').addEventListener('click', () => location.reload());
    document.body.prepend(bloc);
  };
  // Any uncaught error before the app is up, including a script that failed to load (captured:
  // such errors do not bubble).
  addEventListener('error', (e) => { if (e instanceof ErrorEvent || e.target instanceof HTMLScriptElement) echec(); }, true);
  addEventListener('unhandledrejection', echec);
  if (typeof WebAssembly !== 'object') echec();
  // A slow network may still get there: then the app replaces the message.
  setTimeout(echec, 15000);
  new MutationObserver((_, obs) => {
    if (!demarree()) return;
    document.getElementById('echec-demarrage')?.remove();
    fait = true;
    obs.disconnect();
  }).observe(document.body, { childList: true, subtree: true });
})();
