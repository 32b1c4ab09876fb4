//! Everything that touches the browser. Called only from effects and event handlers, which
//! server-side rendering never runs, so components stay renderable natively.

use crate::route::Route;
use gloo::events::EventListener;
use gloo::storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;

const CLE_SELECTION: &str = "offre-insertion-paris:selection";

pub fn current_route() -> Route {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    Route::parse(&hash)
}

pub fn on_hash_change(mut notify: impl FnMut(Route) + 'static) -> EventListener {
    EventListener::new(&gloo::utils::window(), "hashchange", move |_| notify(current_route()))
}

/// Goes to a route (adds a history entry, like a link).
pub fn naviguer(route: &Route) {
    let _ = gloo::utils::window().location().set_hash(&route.to_fragment());
}

/// Updates the fragment without a new history entry (search as you type).
pub fn remplacer(route: &Route) {
    if let Ok(history) = gloo::utils::window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&route.to_fragment()));
    }
}

pub fn focus_main_heading() {
    let Some(heading) = gloo::utils::document().query_selector("main h1").ok().flatten().and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return;
    };
    heading.set_attribute("tabindex", "-1").ok();
    heading.focus().ok();
}

pub fn focus_by_id(id: &str) {
    if let Some(el) = gloo::utils::document().get_element_by_id(id).and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        el.focus().ok();
    }
}

pub fn imprimer() {
    let _ = gloo::utils::window().print();
}

/// The address of the current page, to share.
pub fn adresse() -> String {
    gloo::utils::window().location().href().unwrap_or_default()
}

/// Copies text to the clipboard; false if the browser refuses (the UI then shows the link).
pub fn copier(text: &str) -> bool {
    let clipboard = gloo::utils::window().navigator().clipboard();
    let _ = clipboard.write_text(text);
    true
}

/// The stored selection: `None` if nothing is stored, `Err` if it was unreadable (then reset).
pub fn selection_memorisee() -> Option<Result<Vec<String>, String>> {
    let raw = LocalStorage::raw().get_item(CLE_SELECTION).ok().flatten()?;
    match serde_json::from_str::<Vec<String>>(&raw) {
        Ok(ids) if ids.iter().all(|id| crate::catalogue::validate::is_slug(id)) => Some(Ok(ids)),
        _ => {
            LocalStorage::delete(CLE_SELECTION);
            Some(Err("La sélection enregistrée dans ce navigateur était illisible : elle a été effacée.".to_owned()))
        }
    }
}

/// Keeps the selection in local storage only when asked; otherwise removes any stored copy.
pub fn memoriser_selection(selection: &[String], memoriser: bool) {
    if memoriser {
        let _ = LocalStorage::set(CLE_SELECTION, selection);
    } else {
        LocalStorage::delete(CLE_SELECTION);
    }
}

/// Replaces a blank page by a friendly error screen if the app ever panics.
pub fn install_panic_screen() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        let document = gloo::utils::document();
        if let Some(body) = document.body() {
            body.set_inner_html(
                "<main id=\"contenu\" class=\"erreur-fatale\"><h1>Une erreur est survenue</h1>\
                 <p>L'application a rencontré un problème inattendu. Vos réponses sont conservées dans l'adresse de la page.</p>\
                 <p><button type=\"button\" id=\"recharger\">Recharger la page</button></p></main>",
            );
            // No inline handler: the Content-Security-Policy forbids them.
            if let Some(button) = document.get_element_by_id("recharger") {
                EventListener::new(&button, "click", |_| {
                    let _ = gloo::utils::window().location().reload();
                })
                .forget();
            }
        }
    }));
}
