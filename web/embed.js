// Mounts the app in a host page: <div data-offre-services …></div> + this script (type=module).
// The app draws itself in the element's shadow root, keeps its navigation in memory (the host
// page's address never changes) and sends nothing anywhere.
const base = new URL('.', import.meta.url).href;
for (const el of document.querySelectorAll('[data-offre-services]')) el.dataset.base = base;
const { default: init } = await import(new URL('app.js', base).href);
await init({ module_or_path: new URL('app_bg.wasm', base) });
