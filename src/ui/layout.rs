//! Page frame: skip link, header with navigation, footer.

use crate::route::Route;
use yew::prelude::*;

#[component]
pub fn SkipLink() -> Html {
    html! { <a class="lien-evitement" href="#contenu" onclick={skip_to_content()}>{ "Aller au contenu" }</a> }
}

/// The skip link must not change the fragment (it holds the route): focus `main` instead.
fn skip_to_content() -> Callback<MouseEvent> {
    Callback::from(|event: MouseEvent| {
        event.prevent_default();
        if let Some(main) = gloo::utils::document().get_element_by_id("contenu") {
            use wasm_bindgen::JsCast;
            if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                main.focus().ok();
            }
        }
    })
}

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub route: Route,
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let links = [
        (Route::Accueil, "Accueil"),
        (Route::Catalogue { query: String::new() }, "Catalogue"),
        (Route::Glossaire, "Glossaire"),
        (Route::APropos, "À propos"),
    ];
    html! {
        <header class="entete">
            <a class="entete__titre" href="#/">{ "Insertion Paris" }<span class="entete__sous-titre">{ "Offre de services et orientation" }</span></a>
            <nav aria-label="Menu principal">
                <ul class="menu">
                    { for links.into_iter().map(|(route, label)| {
                        let current = same_screen(&route, &props.route).then_some("page");
                        html! { <li><a href={route.to_fragment()} aria-current={current}>{ label }</a></li> }
                    }) }
                </ul>
            </nav>
        </header>
    }
}

fn same_screen(a: &Route, b: &Route) -> bool {
    std::mem::discriminant(a) == std::mem::discriminant(b)
}

#[component]
pub fn Footer() -> Html {
    html! {
        <footer class="pied">
            <p>{ "Aucune donnée ne quitte votre appareil. " }<a href={Route::APropos.to_fragment()}>{ "En savoir plus" }</a></p>
        </footer>
    }
}
