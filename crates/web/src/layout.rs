//! Page frame: skip link, header with navigation and language choice, footer.

use super::i18n::Langue;
use super::{use_dispatch, AppAction};
use crate::i18n::Mots;
use offre_insertion::route::Route;
use yew::prelude::*;

/// The frame's parts are functions, not components: each component weighs on the download.
pub fn lien_d_evitement(t: &crate::i18n::Textes) -> Html {
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

/// The frame's top, phone first: the site's name, a menu button and the languages on one row
/// (≤ 100 px tall at 390 px wide); the menu opens below it. On a wide screen the menu is
/// always shown and the button hidden (styles/main.css).
#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let dispatch = use_dispatch();
    let t = props.langue.textes();
    let ouvert = use_state(|| false);
    {
        // A new screen closes the menu.
        let ouvert = ouvert.clone();
        use_effect_with(props.route.clone(), move |_| ouvert.set(false));
    }
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
    let basculer_menu = {
        let ouvert = ouvert.clone();
        Callback::from(move |_| ouvert.set(!*ouvert))
    };
    html! {
        <header class="entete">
            <div class="entete__barre">
                <a class="entete__titre" href="#/">{ t.titre_site }<span class="entete__sous-titre">{ t.sous_titre }</span></a>
                <button type="button" class="bouton bouton--discret entete__menu sans-impression" aria-expanded={ouvert.to_string()}
                    aria-controls="menu-principal" onclick={basculer_menu}>
                    <span aria-hidden="true">{ "☰ " }</span>{ t.menu }
                </button>
                { choix_langue(props.langue, &dispatch) }
            </div>
            <nav id="menu-principal" aria-label={t.menu_principal} class={classes!("entete__nav", ouvert.then_some("entete__nav--ouvert"))}>
                <ul class="menu">
                    { for links.into_iter().map(|(route, label)| {
                        let current = same_screen(&route, &props.route).then_some("page");
                        html! { <li><a href={route.to_fragment()} aria-current={current}>{ label }</a></li> }
                    }) }
                    if props.mode_pro {
                        <li><a href={Route::Selection.to_fragment()} aria-current={same_screen(&Route::Selection, &props.route).then_some("page")}>
                            { t.nav_selection.n(props.selection) }
                        </a></li>
                    }
                </ul>
                <button type="button" class="bouton bouton--discret sans-impression" aria-pressed={props.mode_pro.to_string()} onclick={toggle}>{ t.mode_pro }</button>
            </nav>
        </header>
    }
}

/// FR · EN · AR: one button per language, named in that language (and marked as such, for
/// screen readers), the current one pressed. On a phone each shows a short form of its name
/// (« EN », « عربي »), the start or a part of the full name it keeps for screen readers.
fn choix_langue(langue: Langue, dispatch: &crate::widgets::Dispatch) -> Html {
    let t = langue.textes();
    html! {
        <div class="langues sans-impression" role="group" aria-label={t.choix_langue}>
            { for Langue::ALL.into_iter().map(|l| {
                let dispatch = dispatch.clone();
                let onclick = Callback::from(move |_| crate::choisir_langue(l, dispatch.clone()));
                let pressed = (l == langue).to_string();
                let court = match l { Langue::Fr => "FR", Langue::En => "EN", Langue::Ar => "عربي" };
                html! {
                    <button type="button" class="bouton bouton--discret langues__choix" lang={l.code()} dir={l.dir()} aria-pressed={pressed} {onclick}>
                        <span class="langues__court" aria-hidden="true">{ court }</span><span class="langues__long">{ l.nom() }</span>
                    </button>
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

pub fn pied(donnees: &crate::Donnees, state: &crate::AppState, dispatch: &crate::widgets::Dispatch) -> Html {
    let (t, dispatch) = (state.langue.textes(), dispatch.clone());
    let meta = &donnees.catalogue.meta;
    let memoriser = Callback::from(move |e: Event| {
        dispatch.dispatch(AppAction::MemoriserLangue(e.target_unchecked_into::<web_sys::HtmlInputElement>().checked()))
    });
    html! {
        <footer class="pied">
            <p>{ t.pied_confidentialite }<a href={Route::APropos.to_fragment()}>{ t.en_savoir_plus }</a></p>
            // The catalogue's version arrives with it (the home screen needs none).
            if donnees.etat == crate::EtatDonnees::Pret {
                <p>{ t.version_catalogue.avec(&[("v", &meta.version), ("d", &crate::phrases::date_iso(&meta.date, state.langue))]) }</p>
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
