//! Page frame: skip link, header with navigation and language choice, footer.

use super::i18n::Langue;
use super::{use_app_state, use_dispatch, use_textes, AppAction};
use crate::i18n::Mots;
use offre_insertion::route::Route;
use yew::prelude::*;

#[component]
pub fn SkipLink() -> Html {
    let t = use_textes();
    html! { <a class="lien-evitement" href="#contenu" onclick={skip_to_content()}>{ t.aller_au_contenu }</a> }
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
    pub langue: Langue,
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let dispatch = use_dispatch();
    let t = props.langue.textes();
    let links = [
        (Route::Accueil, t.nav_accueil),
        (Route::recherche(""), t.nav_catalogue),
        (Route::Questionnaire { etape: 1, reponses: String::new() }, t.nav_questionnaire),
        (Route::Plan, t.nav_plan),
        (Route::Glossaire, t.nav_glossaire),
        (Route::APropos, t.nav_a_propos),
    ];
    let toggle = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(AppAction::BasculerModePro))
    };
    html! {
        <header class="entete">
            <a class="entete__titre" href="#/">{ t.titre_site }<span class="entete__sous-titre">{ t.sous_titre }</span></a>
            <nav aria-label={t.menu_principal}>
                <ul class="menu">
                    { for links.into_iter().map(|(route, label)| {
                        let current = same_screen(&route, &props.route).then_some("page");
                        html! { <li><a href={route.to_fragment()} aria-current={current}>{ label }</a></li> }
                    }) }
                    if props.mode_pro {
                        <li><a href={Route::Selection.to_fragment()} aria-current={same_screen(&Route::Selection, &props.route).then_some("page")}>
                            { (t.nav_selection)(props.selection) }
                        </a></li>
                    }
                </ul>
            </nav>
            <div class="entete__actions sans-impression">
                <ChoixLangue langue={props.langue} />
                <button type="button" class="bouton bouton--discret" aria-pressed={props.mode_pro.to_string()} onclick={toggle}>{ t.mode_pro }</button>
            </div>
        </header>
    }
}

#[derive(Properties, PartialEq)]
pub struct ChoixLangueProps {
    pub langue: Langue,
}

/// FR · EN · AR: one button per language, named in that language (and marked as such, for
/// screen readers), the current one pressed.
#[component]
pub fn ChoixLangue(props: &ChoixLangueProps) -> Html {
    let dispatch = use_dispatch();
    let t = props.langue.textes();
    html! {
        <div class="langues" role="group" aria-label={t.choix_langue}>
            { for Langue::ALL.into_iter().map(|l| {
                let dispatch = dispatch.clone();
                let onclick = Callback::from(move |_| dispatch.dispatch(AppAction::ChangerLangue(l)));
                let pressed = (l == props.langue).to_string();
                html! {
                    <button type="button" class="bouton bouton--discret langues__choix" lang={l.code()} dir={l.dir()} aria-pressed={pressed} {onclick}>{ l.nom() }</button>
                }
            }) }
        </div>
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
    let state = use_app_state();
    let dispatch = use_dispatch();
    let t = state.langue.textes();
    let meta = &donnees.catalogue.meta;
    let memoriser = Callback::from(move |e: Event| {
        dispatch.dispatch(AppAction::MemoriserLangue(e.target_unchecked_into::<web_sys::HtmlInputElement>().checked()))
    });
    html! {
        <footer class="pied">
            <p>{ t.pied_confidentialite }<a href={Route::APropos.to_fragment()}>{ t.en_savoir_plus }</a></p>
            // The catalogue's version arrives with it (the home screen needs none).
            if donnees.etat == crate::EtatDonnees::Pret {
                <p>{ (t.version_catalogue)(&meta.version, &crate::phrases::date_iso(&meta.date, state.langue)) }</p>
            }
            <p class="sans-impression">
                <input type="checkbox" id="memoriser-langue" checked={state.memoriser_langue} onchange={memoriser}
                    disabled={!state.stockage} aria-describedby={(!state.stockage).then_some("stockage-langue")} />
                <label for="memoriser-langue">{ t.memoriser_langue }</label>
                if !state.stockage {
                    <span class="discret" id="stockage-langue">{ " " }{ t.stockage_indisponible }</span>
                }
            </p>
        </footer>
    }
}
