//! The thin Yew layer: components render the core's data; one reducer holds the app state.

mod layout;
mod pages;
mod state;

pub use state::{AppAction, AppState};

use crate::route::Route;
use layout::{Footer, Header, SkipLink};
use yew::prelude::*;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The route to show first; the browser entry point passes the current fragment.
    #[prop_or_default]
    pub initial_route: Option<Route>,
}

/// The whole application.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer({
        let route = props.initial_route.clone().unwrap_or(Route::Accueil);
        move || AppState::new(route)
    });

    // Follow the URL fragment (back/forward buttons, links, pasted URLs).
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = browser::on_hash_change(move |route| state.dispatch(AppAction::Navigate(route)));
            move || drop(listener)
        });
    }

    // Each new screen: bring the person to its heading, as a page load would.
    use_effect_with(state.route.clone(), |_| browser::focus_main_heading());

    html! {
        <>
            <SkipLink />
            <Header route={state.route.clone()} />
            <main id="contenu" tabindex="-1">
                { pages::view(&state.route) }
            </main>
            <Footer />
        </>
    }
}

/// Browser-only effects; they compile natively but only run in effects, which SSR skips.
mod browser {
    use crate::route::Route;
    use gloo::events::EventListener;
    use wasm_bindgen::JsCast;

    pub fn current_route() -> Route {
        let hash = gloo::utils::window().location().hash().unwrap_or_default();
        Route::parse(&hash)
    }

    pub fn on_hash_change(mut notify: impl FnMut(Route) + 'static) -> EventListener {
        EventListener::new(&gloo::utils::window(), "hashchange", move |_| notify(current_route()))
    }

    pub fn focus_main_heading() {
        let Some(heading) = gloo::utils::document()
            .query_selector("main h1")
            .ok()
            .flatten()
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return;
        };
        // Only move focus after an in-app navigation, not on first load.
        if gloo::utils::document().active_element().is_some_and(|el| el.tag_name() != "BODY") {
            heading.set_attribute("tabindex", "-1").ok();
            heading.focus().ok();
        }
    }

    #[allow(dead_code)]
    pub fn initial_route() -> Route {
        current_route()
    }
}

/// Starts the app in the page (wasm entry point).
pub fn start() {
    let route = browser::current_route();
    yew::Renderer::<App>::with_props(AppProps { initial_route: Some(route) }).render();
}
