//! Everything that touches the browser. Called only from effects and event handlers, which
//! server-side rendering never runs, so components stay renderable natively.

use gloo::events::EventListener;
use offre_insertion::route::Route;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

const CLE_SELECTION: &str = "offre-insertion-paris:selection";

thread_local! {
    /// Where the app is drawn: the page's body, or a container inside a host page's element.
    static RACINE: std::cell::RefCell<Option<web_sys::Element>> = const { std::cell::RefCell::new(None) };
    /// In a host page, navigation stays in memory: the host's address is never touched.
    static MEMOIRE: std::cell::RefCell<Option<yew::Callback<Route>>> = const { std::cell::RefCell::new(None) };
    /// In a host page, the folder the app's files come from (`data-base`, set by embed.js).
    static BASE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
    /// The scroll position of the screen that back or forward is returning to.
    static DEFILEMENT: std::cell::Cell<Option<f64>> = const { std::cell::Cell::new(None) };
    /// The search box's text and focus on the home screen rendered ahead, until the program's own
    /// box is drawn.
    static SAISIE: std::cell::RefCell<Option<(String, bool)>> = const { std::cell::RefCell::new(None) };
    /// The error screen is shown at most once; never by the first program once the complete one
    /// has taken over (its listeners stay, forgotten: the page is the other program's).
    static ERREUR_AFFICHEE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Search as you type: the address to write once typing pauses.
    static ADRESSE_EN_ATTENTE: std::cell::RefCell<Option<AdresseEnAttente>> = const { std::cell::RefCell::new(None) };
}

/// True when mounted in a host page's element (routing in memory).
pub fn integre() -> bool {
    RACINE.with(|r| r.borrow().is_some())
}

/// Routes navigation to `navigate` instead of the address bar (embedded mode).
pub fn router_en_memoire(navigate: yew::Callback<Route>) {
    MEMOIRE.with(|m| *m.borrow_mut() = Some(navigate));
}

fn query(selector: &str) -> Option<web_sys::Element> {
    RACINE.with(|r| match &*r.borrow() {
        Some(root) => root.query_selector(selector).ok().flatten(),
        None => gloo::utils::document().query_selector(selector).ok().flatten(),
    })
}

/// The device's local time, for « Ouvert maintenant ».
pub fn maintenant() -> Option<offre_insertion::catalogue::horaires::Instant> {
    let d = js_sys::Date::new_0();
    let annee = d.get_full_year() as i32;
    (annee > 0).then(|| offre_insertion::catalogue::horaires::Instant {
        annee,
        mois: d.get_month() as u8 + 1,
        jour: d.get_date() as u8,
        jour_semaine: ((d.get_day() + 6) % 7) as u8,
        minute: (d.get_hours() * 60 + d.get_minutes()) as u16,
    })
}

pub fn current_route() -> Route {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    Route::parse(&hash)
}

pub fn on_hash_change(mut notify: impl FnMut(Route) + 'static) -> EventListener {
    EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
        // Back or forward to a screen already seen: its entry says where it was scrolled.
        let y = gloo::utils::window()
            .history()
            .ok()
            .and_then(|h| h.state().ok())
            .and_then(|etat| js_sys::Reflect::get(&etat, &"defilement".into()).ok())
            .and_then(|y| y.as_f64());
        DEFILEMENT.with(|d| d.set(y));
        notify(current_route())
    })
}

/// The browser cannot put a redrawn screen back where it was: the app does, from each history
/// entry's scroll position, noted when the screen is left (a link followed, `naviguer`).
pub fn garder_les_positions() -> EventListener {
    let window = gloo::utils::window();
    if let Ok(history) = window.history() {
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
    let options = gloo::events::EventListenerOptions::run_in_capture_phase();
    EventListener::new_with_options(&gloo::utils::document(), "click", options, |event| {
        let lien = event
            .composed_path()
            .iter()
            .find_map(|t| t.dyn_into::<web_sys::Element>().ok().filter(|e| e.tag_name() == "A"));
        if lien.and_then(|a| a.get_attribute("href")).is_some_and(|h| h.starts_with("#/")) {
            noter_defilement();
        }
    })
}

/// Notes in the current history entry how far the page is scrolled.
fn noter_defilement() {
    let window = gloo::utils::window();
    let (Ok(y), Ok(history)) = (window.scroll_y(), window.history()) else { return };
    let etat = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&etat, &"defilement".into(), &y.into());
    let _ = history.replace_state(&etat, "");
}

/// Where to scroll the screen just shown, when back or forward led to it (once).
pub fn defilement_a_restaurer() -> Option<f64> {
    DEFILEMENT.with(|d| d.take())
}

/// Back where the person was: the heading takes the focus without moving the page, then the
/// page scrolls to its old position.
pub fn revenir_a(y: f64) {
    if let Some(h1) = query("main h1").and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        h1.set_attribute("tabindex", "-1").ok();
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        h1.focus_with_options(&options).ok();
    }
    gloo::utils::window().scroll_to_with_x_and_y(0.0, y);
}

/// Goes to a route (adds a history entry, like a link).
pub fn naviguer(route: &Route) {
    if let Some(cb) = MEMOIRE.with(|m| m.borrow().clone()) {
        cb.emit(route.clone());
        return;
    }
    noter_defilement();
    // What was typed just before stays in the entry that back returns to.
    ecrire_l_adresse_en_attente();
    let _ = gloo::utils::window().location().set_hash(&route.to_fragment());
}

/// Updates the fragment without a new history entry.
pub fn remplacer(route: &Route) {
    if integre() {
        return;
    }
    ADRESSE_EN_ATTENTE.with(|a| a.borrow_mut().take());
    remplacer_l_adresse(&route.to_fragment());
}

/// Updates the fragment without a new history entry once typing pauses (search as you type):
/// the results are drawn at once, but rewriting the address costs more than drawing them, and
/// Chrome slows down, then ignores, an address rewritten more than 200 times in 10 seconds.
pub fn remplacer_en_tapant(route: &Route) {
    if integre() {
        return;
    }
    ADRESSE_EN_ATTENTE.with(|a| {
        let mut a = a.borrow_mut();
        match a.as_mut() {
            // Typing goes on: the timer already set is kept (one per pause, not one per
            // keystroke, which a keystroke paid for).
            Some(attente) => {
                attente.fragment = route.to_fragment();
                attente.derniere_frappe = js_sys::Date::now();
            }
            None => {
                *a = Some(AdresseEnAttente {
                    fragment: route.to_fragment(),
                    remplacee: gloo::utils::window().location().hash().unwrap_or_default(),
                    derniere_frappe: js_sys::Date::now(),
                    _minuterie: gloo::timers::callback::Timeout::new(PAUSE_MS, ecrire_l_adresse_en_attente),
                })
            }
        }
    });
}

/// The pause in typing after which the address is written, in milliseconds.
const PAUSE_MS: u32 = 250;

struct AdresseEnAttente {
    fragment: String,
    /// The address it replaces: if the person has gone elsewhere since, it is not written.
    remplacee: String,
    derniere_frappe: f64,
    /// Held, not read: dropping it (a route written at once, `remplacer`) cancels it.
    _minuterie: gloo::timers::callback::Timeout,
}

/// Writes the address waiting for a pause in typing, unless the person has gone elsewhere since;
/// waits again if a key was pressed since the timer was set.
fn ecrire_l_adresse_en_attente() {
    let Some(attente) = ADRESSE_EN_ATTENTE.with(|a| a.borrow_mut().take()) else { return };
    let depuis = js_sys::Date::now() - attente.derniere_frappe;
    if depuis < f64::from(PAUSE_MS) {
        let reste = (f64::from(PAUSE_MS) - depuis).ceil() as u32;
        let minuterie = gloo::timers::callback::Timeout::new(reste, ecrire_l_adresse_en_attente);
        ADRESSE_EN_ATTENTE.with(|a| *a.borrow_mut() = Some(AdresseEnAttente { _minuterie: minuterie, ..attente }));
        return;
    }
    if gloo::utils::window().location().hash().unwrap_or_default() == attente.remplacee {
        remplacer_l_adresse(&attente.fragment);
    }
}

fn remplacer_l_adresse(fragment: &str) {
    if let Ok(history) = gloo::utils::window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment));
    }
}

pub fn focus_main_heading() {
    let Some(heading) = query("main h1").and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return;
    };
    heading.set_attribute("tabindex", "-1").ok();
    heading.focus().ok();
}

/// Presses a button again (a form sent before the data it needed had arrived).
pub fn cliquer(selector: &str) {
    if let Some(el) = query(selector).and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        el.click();
    }
}

pub fn focus_by_id(id: &str) {
    if let Some(el) = query(&format!("#{id}")).and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        el.focus().ok();
    }
}

/// What the person typed in the search box of the home screen rendered ahead (`catalog
/// premier-ecran`), read before the program replaces it (mounting clears the page's body in the
/// same task, so no frame is ever blank), and whether the box had the focus.
pub fn garder_saisie_premier_ecran() {
    let document = gloo::utils::document();
    let saisie = document
        .query_selector("#premier-ecran input[type=search]")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|i| (i.value(), document.active_element().is_some_and(|a| a == **i)));
    SAISIE.with(|s| *s.borrow_mut() = saisie);
}

/// The program has drawn its first screen: give back what was typed, and let the start-up
/// guard (`demarrage.js`) stand down.
pub fn reprendre_premier_ecran() {
    reprendre_au_prochain_affichage(0);
}

/// Before the next paint, once the search box is drawn (components may take a few turns).
fn reprendre_au_prochain_affichage(essais: u32) {
    let suite = Closure::once_into_js(move || {
        let nouveau = query("main input[type=search]");
        if nouveau.is_none() && essais < 30 && SAISIE.with(|s| s.borrow().is_some()) {
            return reprendre_au_prochain_affichage(essais + 1);
        }
        if let Some(html) = gloo::utils::document().document_element() {
            let _ = html.set_attribute("data-app-demarree", "1");
        }
        let Some((valeur, avait_le_focus)) = SAISIE.with(|s| s.borrow_mut().take()) else { return };
        if let Some(i) = nouveau.and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()) {
            if !valeur.is_empty() {
                i.set_value(&valeur);
            }
            if avait_le_focus {
                let _ = i.focus();
            }
        }
    });
    if gloo::utils::window().request_animation_frame(suite.unchecked_ref()).is_err() {
        if let Some(html) = gloo::utils::document().document_element() {
            let _ = html.set_attribute("data-app-demarree", "1");
        }
    }
}

/// Loads the page again (after a failed download).
pub fn recharger() {
    let _ = gloo::utils::window().location().reload();
}

pub fn imprimer() {
    let _ = gloo::utils::window().print();
}

/// The address of the current page, to share.
pub fn adresse() -> String {
    gloo::utils::window().location().href().unwrap_or_default()
}

/// Copies text to the clipboard, then tells `fin` whether it worked. The browser may refuse
/// (permission denied, page not focused, no clipboard outside a secure context): an expected
/// answer, handled here so it is never an unhandled rejection (see `surveiller_erreurs`).
pub fn copier(text: &str, fin: impl FnOnce(bool) + 'static) {
    let clipboard = gloo::utils::window().navigator().clipboard();
    if clipboard.is_undefined() {
        fin(false);
        return;
    }
    // One callback for both outcomes: writeText resolves with `undefined` and rejects with a
    // `DOMException`. Kept alive for the promise (leaked: a few bytes per click on « share »).
    let mut fin = Some(fin);
    let reponse = Closure::<dyn FnMut(JsValue)>::new(move |v: JsValue| {
        if let Some(f) = fin.take() {
            f(v.is_undefined());
        }
    });
    let _ = clipboard.write_text(text).then2(&reponse, &reponse);
    reponse.forget();
}

/// How long something is kept: on this device (local storage, only when the person asked), or
/// for this tab only (session storage: a reload keeps it, closing the tab ends it).
#[derive(Clone, Copy, PartialEq)]
enum Garde {
    Appareil,
    Onglet,
}

/// The browser's storage of that kind, if it lets the app use it. Absent, refused (a
/// `SecurityError` when third-party data is blocked, some private modes) or failing: `None`,
/// never an exception. Every access to storage goes through here.
fn stockage(garde: Garde) -> Option<web_sys::Storage> {
    let window = web_sys::window()?;
    match garde {
        Garde::Appareil => window.local_storage(),
        Garde::Onglet => window.session_storage(),
    }
    .ok()
    .flatten()
}

/// Whether anything can be kept on this device.
pub fn stockage_disponible() -> bool {
    stockage(Garde::Appareil).is_some()
}

fn lire(garde: Garde, cle: &str) -> Option<String> {
    stockage(garde)?.get_item(cle).ok().flatten()
}

/// Writes, or says it could not (storage refused, quota exceeded).
fn ecrire(garde: Garde, cle: &str, valeur: &str) -> bool {
    stockage(garde).is_some_and(|s| s.set_item(cle, valeur).is_ok())
}

fn effacer(garde: Garde, cle: &str) {
    if let Some(s) = stockage(garde) {
        let _ = s.remove_item(cle);
    }
}

const CLE_ONGLET: &str = "offre-insertion-paris:espace-pro";

/// The professional workspace this tab kept: mode professionnel, then the selection's
/// identifiers (`pro epi-flandre garantie-jeunes`). Unreadable identifiers are dropped.
pub fn espace_de_l_onglet() -> Option<(bool, Vec<String>)> {
    let raw = lire(Garde::Onglet, CLE_ONGLET)?;
    let mut mots = raw.split_whitespace();
    let mode_pro = mots.next()? == "pro";
    let ids = mots.filter(|id| offre_insertion::catalogue::validate::is_slug(id)).map(str::to_owned).collect();
    Some((mode_pro, ids))
}

/// Keeps the workspace for this tab (nothing to keep: nothing stored).
pub fn garder_dans_l_onglet(mode_pro: bool, selection: &[String]) {
    if !mode_pro && selection.is_empty() {
        effacer(Garde::Onglet, CLE_ONGLET);
    } else {
        let mode = if mode_pro { "pro" } else { "-" };
        let _ = ecrire(Garde::Onglet, CLE_ONGLET, &format!("{mode} {}", selection.join(" ")));
    }
}

/// The address of a route in this app (to share it): this page with that fragment.
pub fn adresse_de(route: &Route) -> String {
    let page = adresse();
    let page = page.split('#').next().unwrap_or_default();
    format!("{page}{}", route.to_fragment())
}

/// The stored selection: `None` if nothing is stored, `Err` if it was unreadable (then reset).
/// Stored as identifiers separated by spaces (identifiers never contain one).
pub fn selection_memorisee() -> Option<Result<Vec<String>, crate::state::Message>> {
    let raw = lire(Garde::Appareil, CLE_SELECTION)?;
    let ids: Vec<String> = raw.split_whitespace().map(str::to_owned).collect();
    match ids.iter().all(|id| offre_insertion::catalogue::validate::is_slug(id)) {
        true => Some(Ok(ids)),
        false => {
            effacer(Garde::Appareil, CLE_SELECTION);
            Some(Err(crate::state::Message::SelectionIllisible))
        }
    }
}

/// Keeps the selection in local storage only when asked; otherwise removes any stored copy.
/// Returns false when it was asked and the browser refused.
pub fn memoriser_selection(selection: &[String], memoriser: bool) -> bool {
    if memoriser {
        ecrire(Garde::Appareil, CLE_SELECTION, &selection.join(" "))
    } else {
        effacer(Garde::Appareil, CLE_SELECTION);
        true
    }
}

/// Replaces a blank page by a friendly error screen if the app ever panics.
pub fn install_panic_screen() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        afficher_erreur_fatale();
    }));
}

/// Shows the friendly error screen (title, text, reload button) in place of the app: the whole
/// page, or in a host page only the app's own container. Once: later failures leave it as is.
pub fn afficher_erreur_fatale() {
    use crate::i18n::{Langue, Mots};
    if ERREUR_AFFICHEE.with(|a| a.replace(true)) {
        return;
    }
    let document = gloo::utils::document();
    // In a host page, its container (set as soon as it exists): the host's body is not ours.
    let Some(racine) = RACINE.with(|r| r.borrow().clone()).or_else(|| document.body().map(Into::into)) else {
        return;
    };
    // In the language the app was in (on its `.app` element).
    let langue = query(".app[lang]")
        .and_then(|e| e.get_attribute("lang"))
        .and_then(|code| Langue::from_code(&code))
        .unwrap_or(Langue::Fr);
    let (titre, texte, recharger) = langue.textes().erreur_fatale;
    racine.set_inner_html(&format!(
        "<main id=\"contenu\" class=\"erreur-fatale\" lang=\"{}\" dir=\"{}\"><h1>{titre}</h1>\
         <p>{texte}</p><p><button type=\"button\" id=\"recharger\">{recharger}</button></p></main>",
        langue.code(),
        langue.dir()
    ));
    // No inline handler: the Content-Security-Policy forbids them.
    if let Ok(Some(button)) = racine.query_selector("#recharger") {
        EventListener::new(&button, "click", |_| {
            let _ = gloo::utils::window().location().reload();
        })
        .forget();
    }
}

/// Ends on the error screen when the app itself fails with a JavaScript exception, not only a
/// panic. What counts: an uncaught exception thrown from the app's own files (`app.js`,
/// `complet.js`, their wasm, `embed.js`: the event's `filename`), and an unhandled rejection
/// whose reason's stack passes through them. What does not: the host page's scripts (embedded mode), browser
/// extensions, other scripts' errors muted by the browser (no file name), a resource that
/// failed to load (no `filename`), and the app's expected refusals (clipboard, service
/// worker), handled where their promise is made so they are never unhandled.
pub fn surveiller_erreurs() {
    let window = gloo::utils::window();
    for nom in ["error", "unhandledrejection"] {
        EventListener::new(&window, nom, |event| {
            let texte = |v: &JsValue, cle: &str| js_sys::Reflect::get(v, &cle.into()).ok().and_then(|t| t.as_string());
            let source = texte(event, "filename").map(|f| f + ":").or_else(|| {
                let raison = js_sys::Reflect::get(event, &"reason".into()).ok()?;
                texte(&raison, "stack")
            });
            if source.is_some_and(|s| source_de_l_app(&s)) {
                afficher_erreur_fatale();
            }
        })
        .forget();
    }
}

/// The packs the build named: the host element's `data-donnees` (embedded), else the page's
/// `<meta name="offre-insertion-donnees">`.
#[cfg(target_arch = "wasm32")]
pub fn attribut_donnees() -> Option<String> {
    let document = gloo::utils::document();
    if let Some(hote) = document.query_selector("[data-offre-services]").ok().flatten() {
        if let Some(v) = hote.get_attribute("data-donnees") {
            return Some(v);
        }
    }
    let meta = document.query_selector(r#"meta[name="offre-insertion-donnees"]"#).ok().flatten()?;
    meta.get_attribute("content")
}

/// The address of one of the app's files (relative to the page, or to `embed.js`'s folder).
#[cfg(target_arch = "wasm32")]
pub fn url_fichier(nom: &str) -> String {
    match BASE.with(|b| b.borrow().clone()) {
        Some(base) => format!("{base}{nom}"),
        None => nom.to_owned(),
    }
}

/// Whether a file name (followed by `:`) or a stack names one of the app's files, exactly (a
/// host script may sit beside them): a stack frame reads `address:line:column`.
fn source_de_l_app(source: &str) -> bool {
    // The app's files are next to the page, or where `embed.js` was loaded from (`data-base`).
    let dossier = BASE.with(|b| b.borrow().clone()).unwrap_or_else(|| {
        let page = adresse();
        let page = page.split(['?', '#']).next().unwrap_or_default();
        let fin = page.bytes().rposition(|b| b == b'/').map_or(0, |i| i + 1);
        page[..fin].to_owned()
    });
    // The whole address then `:`: a file of another folder or name never matches.
    ["app.js:", "app_bg.wasm:", "complet.js:", "complet_bg.wasm:", "embed.js:"]
        .iter()
        .any(|f| source.contains(&(dossier.clone() + f)))
}

/// In an iframe whose address asks for it (`?hauteur=auto`), tells the parent page the app's
/// height so it can size the frame: a message between windows, nothing goes over the network.
pub fn signaler_hauteur() {
    let window = gloo::utils::window();
    let in_frame = window.parent().ok().flatten().is_some_and(|p| p != window);
    let asked = window.location().search().unwrap_or_default().contains("hauteur=auto");
    if !(in_frame && asked) {
        return;
    }
    let height = gloo::utils::document().document_element().map_or(0, |e| e.scroll_height());
    if let Ok(Some(parent)) = window.parent() {
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"offre-insertion:hauteur".into());
        let _ = js_sys::Reflect::set(&message, &"hauteur".into(), &height.into());
        let _ = parent.post_message(&message, "*");
    }
}

/// Calls `f` when the window is resized (to re-send the height).
pub fn on_resize(mut f: impl FnMut() + 'static) -> EventListener {
    EventListener::new(&gloo::utils::window(), "resize", move |_| f())
}

/// Options of a mount element: `<div data-offre-services data-territoire="75" …>`.
pub struct Montage {
    pub conteneur: web_sys::Element,
    pub route: Route,
    pub compact: bool,
}

/// Finds the host page's mount element, if any, and prepares an isolated container in its
/// shadow root with the app's stylesheet (host styles and ours never mix).
pub fn preparer_montage() -> Option<Montage> {
    let document = gloo::utils::document();
    let hote = document.query_selector("[data-offre-services]").ok().flatten()?;
    let attr = |name: &str| hote.get_attribute(name).filter(|v| !v.is_empty());
    // The complete program taking over from the first finds the shadow root made: emptied.
    let shadow = match hote.shadow_root() {
        Some(shadow) => {
            shadow.set_inner_html("");
            shadow
        }
        None => hote.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).ok()?,
    };
    let base = attr("data-base").unwrap_or_default();
    let style = document.create_element("link").ok()?;
    style.set_attribute("rel", "stylesheet").ok()?;
    style.set_attribute("href", &format!("{base}main.css")).ok()?;
    shadow.append_child(&style).ok()?;
    let conteneur = document.create_element("div").ok()?;
    conteneur.set_class_name("racine-integree");
    if let Some(couleur) = attr("data-couleur")
        .filter(|c| c.starts_with('#') && c.len() <= 9 && c[1..].chars().all(|x| x.is_ascii_hexdigit()))
    {
        if let Ok(el) = conteneur.clone().dyn_into::<web_sys::HtmlElement>() {
            let _ = el.style().set_property("--couleur-accent", &couleur);
        }
    }
    shadow.append_child(&conteneur).ok()?;
    RACINE.with(|r| *r.borrow_mut() = Some(conteneur.clone()));
    let filtres = offre_insertion::search::Filtres {
        departement: attr("data-territoire"),
        thematique: attr("data-thematique"),
        ..Default::default()
    };
    let route = if filtres == offre_insertion::search::Filtres::default() {
        Route::Accueil
    } else {
        Route::Catalogue { q: String::new(), filtres }
    };
    BASE.with(|b| *b.borrow_mut() = Some(base).filter(|b| !b.is_empty()));
    // Links inside the app change the screen, never the host page's address.
    EventListener::new_with_options(
        &conteneur,
        "click",
        gloo::events::EventListenerOptions::enable_prevent_default(),
        |event| {
            let Some(anchor) = event
                .composed_path()
                .iter()
                .find_map(|t| t.dyn_into::<web_sys::Element>().ok().filter(|e| e.tag_name() == "A"))
            else {
                return;
            };
            if let Some(href) = anchor.get_attribute("href").filter(|h| h.starts_with("#/") || h == "#contenu") {
                event.prevent_default();
                if href != "#contenu" {
                    naviguer(&Route::parse(&href));
                }
            }
        },
    )
    .forget();
    Some(Montage { conteneur, route, compact: hote.has_attribute("data-compact") })
}

/// Offline after one visit: registers the service worker. A frame sandboxed without
/// `allow-same-origin` has none (reading `navigator.serviceWorker` throws there), and a browser
/// may refuse the registration: the app then simply works online.
pub fn enregistrer_service_worker() {
    use wasm_bindgen::JsCast;
    let navigator = gloo::utils::window().navigator();
    let Ok(container) = js_sys::Reflect::get(&navigator, &"serviceWorker".into()) else { return };
    let Ok(container) = container.dyn_into::<web_sys::ServiceWorkerContainer>() else { return };
    // A refusal (private mode, blocked storage) only means no offline copy: not a failure.
    // `promise.catch(Boolean)`: any function will do as the handler, no Rust closure needed.
    let promesse = container.register("sw.js");
    if let (Ok(catch), Ok(ignorer)) =
        (js_sys::Reflect::get(&promesse, &"catch".into()), js_sys::Reflect::get(&js_sys::global(), &"Boolean".into()))
    {
        let _ = catch.unchecked_ref::<js_sys::Function>().call1(&promesse, &ignorer);
    }
}

/// A service worker controls the page: what the page fetches is kept for offline use. None in
/// a sandboxed frame (reading `navigator.serviceWorker` throws) or where the browser refused it.
pub fn copie_hors_ligne_possible() -> bool {
    let navigator = gloo::utils::window().navigator();
    js_sys::Reflect::get(&navigator, &"serviceWorker".into())
        .and_then(|c| js_sys::Reflect::get(&c, &"controller".into()))
        .is_ok_and(|c| c.is_object())
}

/// A new version of the app is installed and waits (`demarrage.js` marks the page and says so).
pub fn nouvelle_version_prete() -> bool {
    gloo::utils::document().document_element().is_some_and(|h| h.has_attribute("data-nouvelle-version"))
}

pub fn sur_nouvelle_version(mut f: impl FnMut() + 'static) -> EventListener {
    EventListener::new(&gloo::utils::window(), "offre-insertion:nouvelle-version", move |_| f())
}

/// The person accepted the new version: `demarrage.js` lets its worker take over, then reloads.
pub fn passer_a_la_nouvelle_version() {
    use wasm_bindgen::JsCast;
    let activer = js_sys::Reflect::get(&js_sys::global(), &"offreInsertionActiver".into());
    match activer.ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok()) {
        Some(f) => drop(f.call0(&wasm_bindgen::JsValue::NULL)),
        None => recharger(),
    }
}

const CLE_LANGUE: &str = "offre-insertion-paris:langue";

/// The language stored on this device, if the person asked to keep it.
pub fn langue_memorisee() -> Option<super::i18n::Langue> {
    let raw = lire(Garde::Appareil, CLE_LANGUE)?;
    let langue = super::i18n::Langue::from_code(&raw);
    if langue.is_none() {
        effacer(Garde::Appareil, CLE_LANGUE);
    }
    langue
}

/// Sets `lang` and `dir` on the page (standalone) and keeps or forgets the choice (`voulue`,
/// kept even while its words download or if they cannot be had); false when it was asked to
/// keep it and the browser refused.
pub fn appliquer_langue(
    langue: super::i18n::Langue,
    voulue: super::i18n::Langue,
    memoriser: bool,
    integre: bool,
) -> bool {
    if !integre {
        if let Some(html) = gloo::utils::document().document_element() {
            let _ = html.set_attribute("lang", langue.code());
            let _ = html.set_attribute("dir", langue.dir());
        }
    }
    if memoriser {
        ecrire(Garde::Appareil, CLE_LANGUE, voulue.code())
    } else {
        effacer(Garde::Appareil, CLE_LANGUE);
        true
    }
}

/// Asks the page's scripts for the complete program (`crate::programme`), which takes over what
/// `mettre_a_jour_la_reprise` wrote: Err if it could not be fetched or started (no connection,
/// not kept offline).
#[cfg(target_arch = "wasm32")]
pub async fn demander_programme_complet() -> Result<(), String> {
    let window = gloo::utils::window();
    let demander = js_sys::Reflect::get(&window, &"offreInsertionComplet".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or("la page n'a pas de chargeur pour le programme complet")?;
    let promesse = demander.call0(&JsValue::NULL).map_err(|e| format!("{e:?}"))?;
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&promesse))
        .await
        .map(drop)
        .map_err(|e| format!("{e:?}"))
}

/// What the complete program will take over, as it now stands (kept up to date while it comes).
#[cfg(target_arch = "wasm32")]
pub fn mettre_a_jour_la_reprise(reprise: &str) {
    let _ = js_sys::Reflect::set(&gloo::utils::window(), &"offreInsertionReprise".into(), &reprise.into());
}

/// How the complete program stops this one when it takes over.
pub fn arreter_sur_demande(arreter: impl FnOnce() + 'static) {
    let arreter = move || {
        ERREUR_AFFICHEE.with(|a| a.set(true));
        arreter();
    };
    let _ =
        js_sys::Reflect::set(&gloo::utils::window(), &"offreInsertionArreter".into(), &Closure::once_into_js(arreter));
}

/// The complete program takes over: the first one stops (its screen and listeners go, in this
/// same task, so no frame is blank), and what it handed over, if it ran.
pub fn prendre_la_releve() -> Option<crate::programme::Reprise> {
    let window = gloo::utils::window();
    let cle: JsValue = "offreInsertionArreter".into();
    if let Some(arreter) = js_sys::Reflect::get(&window, &cle).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    {
        let _ = js_sys::Reflect::delete_property(&window, &cle);
        let _ = arreter.call0(&JsValue::NULL);
    }
    js_sys::Reflect::get(&window, &"offreInsertionReprise".into())
        .ok()
        .and_then(|r| r.as_string())
        .and_then(|r| crate::programme::Reprise::lire(&r))
}
