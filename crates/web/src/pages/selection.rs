//! The professional's selection for a person (kept in the tab, printable, shareable as a link
//! of services only), and the page such a link opens for the person.

use crate::i18n::{Langue, Mots};
use crate::phrases::date_iso;
use crate::widgets::{lieu_en_clair, Fr};
use crate::{browser, use_app_state, use_dispatch, use_donnees, AppAction};
use offre_insertion::feuille::{entrees, Entree};
use offre_insertion::route::Route;
use yew::prelude::*;

/// One entry as the person's sheet shows it: what, where, for whom, how.
fn entree_html(e: Entree, langue: Langue, retirer: Option<Callback<MouseEvent>>) -> Html {
    let t = langue.textes();
    let (route, lieu, statut, description, source) = match e {
        Entree::Service(s) => (Route::Service { id: s.id.clone() }, &s.lieu, s.statut, &s.description, &s.source),
        Entree::Structure(s) => (Route::Structure { id: s.id.clone() }, &s.lieu, s.statut, &s.description, &s.source),
    };
    html! {
        <li class="carte" key={e.id().to_owned()}>
            <Fr tag="h2" class="carte__titre"><a href={route.to_fragment()}>{ e.nom().to_owned() }</a></Fr>
            <p class="carte__meta">{ lieu_en_clair(lieu, langue) }</p>
            { crate::widgets::badge_statut(statut, source, t) }
            <Fr tag="p">{ description.clone() }</Fr>
            if let Entree::Service(s) = e {
                if let Some(cond) = &s.conditions_acces { <p><strong>{ t.conditions }</strong><Fr>{ cond.clone() }</Fr></p> }
                if let Some(m) = &s.mobilisation_precisions { <p><strong>{ t.comment }</strong><Fr>{ m.clone() }</Fr></p> }
            }
            if let Some(onclick) = retirer {
                <p class="sans-impression">
                    <button type="button" class="bouton bouton--discret" {onclick}>
                        { t.retirer }<span class="visuellement-cache">{ " : " }<Fr>{ e.nom().to_owned() }</Fr></span>
                    </button>
                </p>
            }
        </li>
    }
}

/// A link that was copied (or not): the words, and the link to select by hand.
fn lien_copie(lien: &str, copie: bool, texte_si_copie: &'static str, langue: Langue) -> Html {
    let t = langue.textes();
    html! {
        <div class="notice sans-impression" role="status">
            <p>{ if copie { texte_si_copie } else { t.lien_non_copie } }</p>
            <p><label for="lien-partage">{ t.lien_a_partager }</label><input id="lien-partage" type="text" readonly=true value={lien.to_owned()} /></p>
        </div>
    }
}

/// Copies the address of `route`, then keeps (address, copied?) in `etat`.
pub fn copier_le_lien(route: Route, etat: UseStateHandle<Option<(String, bool)>>) -> Callback<MouseEvent> {
    Callback::from(move |_| {
        let lien = browser::adresse_de(&route);
        let etat = etat.clone();
        browser::copier(&lien.clone(), move |copie| etat.set(Some((lien, copie))));
    })
}

/// The professional's selection, printable as one sheet for the person.
#[component]
pub fn SelectionPage() -> Html {
    let donnees = use_donnees();
    let state = use_app_state();
    let dispatch = use_dispatch();
    let langue = state.langue;
    let t = langue.textes();
    let c = &donnees.catalogue;
    let partage = use_state(|| None::<(String, bool)>);
    let liste = entrees(c, &state.selection);
    let memoriser = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            dispatch.dispatch(AppAction::MemoriserSelection(
                e.target_unchecked_into::<web_sys::HtmlInputElement>().checked(),
            ))
        })
    };
    let vider = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(AppAction::ViderSelection))
    };
    let retirer = |id: &str| {
        let (dispatch, id) = (dispatch.clone(), id.to_owned());
        Callback::from(move |_| dispatch.dispatch(AppAction::BasculerSelection(id.clone())))
    };
    let ids: Vec<String> = liste.iter().map(|e| e.id().to_owned()).collect();
    let partager = copier_le_lien(Route::ServicesProposes { ids }, partage.clone());
    let imprimer = Callback::from(|_| browser::imprimer());
    html! {
        <>
            <div class="impression-seulement entete-impression">
                <p><strong>{ t.services_proposes_titre }</strong></p>
                <p>{ t.version_catalogue.avec(&[("v", &c.meta.version), ("d", &date_iso(&c.meta.date, langue))]) }</p>
            </div>
            <h1>{ t.selection_titre }</h1>
            if liste.is_empty() {
                <p>{ t.selection_vide }</p>
                <p><a href={Route::recherche("").to_fragment()}>{ t.parcourir_catalogue }</a></p>
            } else {
                <ul class="cartes">
                    { for liste.iter().map(|e| entree_html(*e, langue, Some(retirer(e.id())))) }
                </ul>
                <div class="actions sans-impression">
                    <button type="button" class="bouton" onclick={imprimer}>{ t.imprimer_selection }</button>
                    <a class="bouton" href={Route::Feuille { reponses: String::new(), ids: state.selection.clone(), langue }.to_fragment()}>{ langue.textes().feuille_ouvrir }</a>
                    <button type="button" class="bouton" onclick={partager}>{ t.partager_selection }</button>
                    <button type="button" class="bouton bouton--discret" onclick={vider}>{ t.vider_selection }</button>
                </div>
                if let Some((lien, copie)) = &*partage {
                    { lien_copie(lien, *copie, t.lien_services_copie, langue) }
                }
            }
            <p class="sans-impression">
                <input type="checkbox" id="memoriser" checked={state.memoriser_selection} onchange={memoriser}
                    disabled={!state.stockage} aria-describedby={(!state.stockage).then_some("stockage-selection")} />
                <label for="memoriser">{ t.garder_selection }</label>
                if !state.stockage {
                    <span class="discret" id="stockage-selection">{ " " }{ t.stockage_indisponible }</span>
                }
            </p>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct ProposesProps {
    pub ids: Vec<String>,
}

/// What a shared selection opens: the services chosen for the person, and nothing about them.
#[component]
pub fn ServicesProposesPage(props: &ProposesProps) -> Html {
    let donnees = use_donnees();
    let state = use_app_state();
    let dispatch = use_dispatch();
    let langue = state.langue;
    let t = langue.textes();
    let c = &donnees.catalogue;
    let liste = entrees(c, &props.ids);
    let inconnus = props.ids.len() - liste.len();
    let reprendre = {
        let ids: Vec<String> = liste.iter().map(|e| e.id().to_owned()).collect();
        Callback::from(move |_| {
            dispatch.dispatch(AppAction::AjouterASelection(ids.clone()));
            browser::naviguer(&Route::Selection);
        })
    };
    let imprimer = Callback::from(|_| browser::imprimer());
    html! {
        <>
            <div class="impression-seulement entete-impression">
                <p><strong>{ t.services_proposes_titre }</strong></p>
                <p>{ t.version_catalogue.avec(&[("v", &c.meta.version), ("d", &date_iso(&c.meta.date, langue))]) }</p>
            </div>
            <h1>{ t.services_pour_vous }</h1>
            if inconnus > 0 {
                <p class="notice" role="status">{ t.services_inconnus.n(inconnus) }</p>
            }
            if liste.is_empty() {
                <p>{ t.lien_sans_service }</p>
                <p><a href={Route::recherche("").to_fragment()}>{ t.parcourir_catalogue }</a></p>
            } else {
                <p>{ t.services_pour_vous_intro }</p>
                <ul class="cartes">{ for liste.iter().map(|e| entree_html(*e, langue, None)) }</ul>
                <div class="actions sans-impression">
                    <button type="button" class="bouton" onclick={imprimer}>{ t.imprimer }</button>
                    if state.mode_pro {
                        <button type="button" class="bouton bouton--discret" onclick={reprendre}>{ t.ajouter_a_ma_selection }</button>
                    }
                </div>
            }
        </>
    }
}
