//! Page frame: skip link, header with navigation, footer.

use super::{use_dispatch, AppAction};
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
        super::browser::focus_by_id("contenu");
    })
}

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub route: Route,
    pub mode_pro: bool,
    pub selection: usize,
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let dispatch = use_dispatch();
    let links = [
        (Route::Accueil, "Accueil"),
        (Route::recherche(""), "Catalogue"),
        (Route::Questionnaire { etape: 1, reponses: String::new() }, "Questionnaire"),
        (Route::Plan, "Plan"),
        (Route::Glossaire, "Glossaire"),
        (Route::APropos, "À propos"),
    ];
    let toggle = Callback::from(move |_| dispatch.dispatch(AppAction::BasculerModePro));
    html! {
        <header class="entete">
            <a class="entete__titre" href="#/">{ "Insertion Paris" }<span class="entete__sous-titre">{ "Offre de services et orientation" }</span></a>
            <nav aria-label="Menu principal">
                <ul class="menu">
                    { for links.into_iter().map(|(route, label)| {
                        let current = same_screen(&route, &props.route).then_some("page");
                        html! { <li><a href={route.to_fragment()} aria-current={current}>{ label }</a></li> }
                    }) }
                    if props.mode_pro {
                        <li><a href={Route::Selection.to_fragment()} aria-current={same_screen(&Route::Selection, &props.route).then_some("page")}>
                            { format!("Sélection ({})", props.selection) }
                        </a></li>
                    }
                </ul>
            </nav>
            <button type="button" class="bouton bouton--discret sans-impression" aria-pressed={props.mode_pro.to_string()} onclick={toggle}>
                { "Mode professionnel" }
            </button>
        </header>
    }
}

fn same_screen(a: &Route, b: &Route) -> bool {
    let group = |r: &Route| match r {
        Route::Resultats { .. } => std::mem::discriminant(&Route::Questionnaire { etape: 1, reponses: String::new() }),
        Route::Service { .. } | Route::Structure { .. } => std::mem::discriminant(&Route::recherche("")),
        other => std::mem::discriminant(other),
    };
    group(a) == group(b)
}

#[component]
pub fn Footer() -> Html {
    let donnees = super::use_donnees();
    let meta = &donnees.catalogue.meta;
    html! {
        <footer class="pied">
            <p>{ "Aucune donnée ne quitte votre appareil. " }<a href={Route::APropos.to_fragment()}>{ "En savoir plus" }</a></p>
            <p>{ format!("Catalogue version {} du {}", meta.version, super::widgets::date_fr(&meta.date)) }</p>
        </footer>
    }
}
