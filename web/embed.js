// Mounts the app in a host page: <div data-offre-services …></div> + this script (type=module).
// The app draws itself in the element's shadow root, keeps its navigation in memory (the host
// page's address never changes) and sends nothing anywhere.
const base = new URL('.', import.meta.url).href;
// The catalogue's packs (the index first), named by the build; downloaded now, while the
// program downloads (crates/web/src/chargement.rs takes them over).
const donnees = '__DONNEES__';
const paquets = (self.offreInsertionPaquets = new Map());
// Not the language packs: fetched when a language is chosen. A pack fetched only when asked
// (`69=donnees/…`): if a mount element serves its département (`data-territoire`).
const servis = new Set([...document.querySelectorAll('[data-offre-services]')].map((el) => el.dataset.territoire));
for (const x of donnees.split(/\s+/).filter((x) => x && x !== '__DONNEES__' && !x.endsWith('.langue'))) {
  const [dep, nom] = x.includes('=') ? x.split('=') : [null, x];
  if (dep !== null && !servis.has(dep)) continue;
  paquets.set(nom, fetch(new URL(nom, base)).then((r) => (r.ok ? r.arrayBuffer() : null), () => null));
}
for (const el of document.querySelectorAll('[data-offre-services]')) {
  el.dataset.base = base;
  el.dataset.donnees = donnees;
}
// The complete program (the questionnaire, the referent's tools), asked by the first one when
// a screen needs it; it takes over from it in the same element (crates/web/src/programme.rs).
self.offreInsertionComplet = () => import(new URL('complet.js', base).href)
  .then((m) => m.default({ module_or_path: new URL('complet_bg.wasm', base) }));
const { default: init } = await import(new URL('app.js', base).href);
await init({ module_or_path: new URL('app_bg.wasm', base) });
