//! One component per screen.

mod apropos;
mod catalogue;
pub mod feuille;
mod fiche;
mod glossaire;
mod plan;
mod questionnaire;
mod resultats;
pub mod selection;

use crate::i18n::Mots;
use offre_insertion::route::Route;
use yew::prelude::*;

/// The home screen and « page introuvable » need no catalogue; the others wait for it.
pub fn a_besoin_du_catalogue(route: &Route) -> bool {
    !matches!(route, Route::Accueil | Route::Introuvable { .. })
}

/// A light entry's fiche and a feuille de route show contacts and excerpts: they wait for a
/// light territory's complements, which come right after its pack (the lists do not).
pub fn a_besoin_des_complements(route: &Route, d: &crate::Donnees) -> bool {
    match route {
        Route::Service { id } | Route::Structure { id } => d.fiches_a_part.contains_key(id),
        Route::Feuille { .. } => true,
        _ => false,
    }
}

/// A postal code of the answers that the index places in its département only: France's
/// communes would say which commune (or that the code does not exist).
pub fn a_besoin_de_la_france(route: &Route, d: &crate::Donnees) -> bool {
    let (Route::Questionnaire { reponses, .. } | Route::Resultats { reponses }) = route else { return false };
    let code = offre_insertion::share::decode(reponses).0.code_postal;
    d.france.is_some()
        && code.is_some_and(|cp| {
            offre_insertion::geo::localiser(&d.catalogue, &cp)
                .is_ok_and(|l| l.arrondissement.is_none() && l.commune.is_none())
        })
}

/// Results wait for France's communes they need: a shared link gives the same results as the
/// screen it was copied from.
pub fn attend_la_france(route: &Route, d: &crate::Donnees) -> bool {
    matches!(route, Route::Resultats { .. }) && a_besoin_de_la_france(route, d)
}

/// The screen of a route. The screens with no state of their own are functions of the data
/// and the app's state: each component weighs on the download (its own copy of Yew's
/// lifecycle), a function does not.
pub fn view(
    route: &Route,
    d: &crate::Donnees,
    state: &crate::AppState,
    dispatch: &crate::widgets::Dispatch,
    attente_france: bool,
) -> Html {
    let t = state.langue.textes();
    // A screen of the complete program, in the first one: its frame while it comes (it loads
    // the catalogue itself), or why it could not.
    if crate::programme::attendu(route) {
        return attente(state.programme_indisponible, (t.chargement_ecran, t.ecran_echec_titre), t);
    }
    let attente_complements = d.complements != crate::EtatDonnees::Pret && a_besoin_des_complements(route, d);
    if attente_france || attente_complements || a_besoin_du_catalogue(route) && d.etat != crate::EtatDonnees::Pret {
        // The complements' failure matters only to a screen that waits for them.
        let echec = matches!(d.etat, crate::EtatDonnees::Echec(_))
            || attente_complements && matches!(d.complements, crate::EtatDonnees::Echec(_));
        return attente(echec, (t.chargement_catalogue, t.catalogue_echec_titre), t);
    }
    match route {
        Route::Accueil => accueil(t),
        Route::Catalogue { q, filtres } => {
            html! { <catalogue::CataloguePage q={q.clone()} filtres={filtres.clone()} /> }
        }
        Route::Service { id } => html! { <fiche::FicheService id={id.clone()} /> },
        Route::Structure { id } => html! { <fiche::FicheStructure id={id.clone()} /> },
        // Drawn by the complete program; the first one shows the frame while it comes.
        Route::Questionnaire { .. }
        | Route::Resultats { .. }
        | Route::Plan
        | Route::Selection
        | Route::ServicesProposes { .. }
        | Route::Feuille { .. } => {
            crate::programme::ecrans_complets().map_or_else(Html::default, |ecrans| ecrans(route))
        }
        Route::Glossaire => glossaire::glossaire(d, state.langue),
        Route::APropos => apropos::a_propos(d, state, dispatch),
        Route::Introuvable { fragment } => introuvable(fragment, t),
    }
}

/// The screens of the complete program (`Route::du_programme_complet`): the first program never
/// names this function, so their code stays out of it (`crate::programme`).
pub fn ecrans_complets(route: &Route) -> Html {
    match route {
        Route::Questionnaire { etape, reponses } => {
            html! { <questionnaire::QuestionnairePage etape={*etape} reponses={reponses.clone()} /> }
        }
        Route::Resultats { reponses } => html! { <resultats::ResultatsPage reponses={reponses.clone()} /> },
        Route::Selection => html! { <selection::SelectionPage /> },
        Route::ServicesProposes { ids } => html! { <selection::ServicesProposesPage ids={ids.clone()} /> },
        Route::Feuille { reponses, ids, langue } => {
            html! { <feuille::FeuillePage reponses={reponses.clone()} ids={ids.clone()} langue={*langue} /> }
        }
        Route::Plan => html! { <plan::PlanPage /> },
        _ => Html::default(),
    }
}

/// While the catalogue (or the complete program) downloads: the frame and a quiet line, never a
/// blank page; if the download fails, why in plain words, a retry and the pages that need no
/// program. `titres`: while it comes, and if it failed.
fn attente(echec: bool, titres: (&'static str, &'static str), t: &crate::i18n::Textes) -> Html {
    if !echec {
        return html! {
            <section aria-busy="true">
                <h1 tabindex="-1">{ titres.0 }</h1>
                <p class="discret">{ t.chargement_lent }</p>
            </section>
        };
    }
    let recharger = Callback::from(|_| super::browser::recharger());
    html! {
        <section class="notice" role="alert">
            <h1 tabindex="-1">{ titres.1 }</h1>
            <p>{ t.catalogue_echec_texte }</p>
            <p><button type="button" onclick={recharger}>{ t.reessayer }</button></p>
            <p><a href="pages/index.html">{ t.sans_application }</a></p>
        </section>
    }
}

/// Where the home page's six doors lead (their words are in the language tables).
fn portes() -> [Route; 6] {
    let q = |reponses: &str| Route::Questionnaire { etape: 1, reponses: reponses.to_owned() };
    [
        // `porte=`: the question the door answers is not asked again.
        q("proj=emploi&porte=proj"),
        q("res=rsa&porte=res"),
        Route::recherche("jeunes"),
        q("proj=formation&porte=proj"),
        q("proj=creation_activite&porte=proj"),
        Route::recherche(""),
    ]
}

fn accueil(t: &crate::i18n::Textes) -> Html {
    let onsubmit = Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        let q = gloo::utils::document()
            .get_element_by_id("recherche-accueil")
            .and_then(|i| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(i).ok())
            .map(|i| i.value())
            .unwrap_or_default();
        super::browser::naviguer(&Route::recherche(q.trim()));
    });
    html! {
        <>
            <h1>{ t.accueil_titre }</h1>
            <p class="chapeau">{ t.accueil_chapeau }</p>
            <form class="recherche" role="search" {onsubmit}>
                <label for="recherche-accueil">{ t.recherche_label }</label>
                <div class="recherche__ligne">
                    <input id="recherche-accueil" type="search" name="q" autocomplete="off" placeholder={t.recherche_exemple} />
                    <button type="submit" class="bouton">{ t.rechercher }</button>
                </div>
            </form>
            // Above the fold on a phone: the search and the questionnaire, then the doors.
            <p class="accueil__questionnaire">
                <a class="bouton" href={Route::Questionnaire { etape: 1, reponses: String::new() }.to_fragment()}>{ t.questionnaire_cta }</a>
            </p>
            <p class="discret">{ t.questionnaire_duree }</p>
            <h2>{ t.par_ou_commencer }</h2>
            <ul class="portes">
                { for t.portes.iter().zip(portes()).map(|((titre, aide), route)| html! {
                    <li><a class="porte" href={route.to_fragment()}><span class="porte__titre">{ *titre }</span><span class="porte__aide">{ *aide }</span></a></li>
                }) }
            </ul>
        </>
    }
}

/// « Page introuvable », with the fragment asked and ways on.
pub fn introuvable(fragment: &str, t: &crate::i18n::Textes) -> Html {
    html! {
        <>
            <h1>{ t.introuvable_titre }</h1>
            <p>{ t.introuvable_texte.0 }<code>{ fragment.to_owned() }</code>{ t.introuvable_texte.1 }</p>
            <ul>
                <li><a href="#/">{ t.retour_accueil }</a></li>
                <li><a href={Route::recherche("").to_fragment()}>{ t.parcourir_catalogue }</a></li>
            </ul>
        </>
    }
}
