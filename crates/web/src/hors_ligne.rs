//! « Tout télécharger pour consulter hors ligne »: after a visit the service worker keeps the
//! program, the packs read and the fiches opened; a large territory's other fiches (its lots)
//! and France's communes come only when asked, here, with progress.

use crate::i18n::Mots;
use crate::state::{AppAction, AppState, HorsLigne};
use crate::widgets::Dispatch;
use crate::Donnees;
use yew::prelude::*;

/// The files the catalogue in use has not fetched yet, whatever was opened: each lot of fiches
/// once, and France's communes. Those already kept come back from the service worker at once.
pub fn a_telecharger(d: &Donnees) -> Vec<String> {
    let mut fichiers: Vec<String> = d.fiches_a_part.values().chain(&d.france).cloned().collect();
    offre_insertion::text::trier(&mut fichiers, |a, b| a.cmp(b));
    fichiers.dedup();
    fichiers
}

/// The section that offers it, then says where it stands.
pub fn telechargement_hors_ligne(donnees: &Donnees, state: &AppState, dispatch: &Dispatch) -> Html {
    let (etat, t, dispatch) = (state.hors_ligne, state.langue.textes(), dispatch.clone());
    let fichiers = a_telecharger(donnees);
    let rien_a_telecharger = fichiers.is_empty();
    // Rendered natively too (static pages), where nothing is clicked.
    let telecharger = Callback::from(move |_: MouseEvent| {
        if !crate::browser::copie_hors_ligne_possible() {
            dispatch.dispatch(AppAction::TelechargerHorsLigne(None));
            return;
        }
        dispatch.dispatch(AppAction::TelechargerHorsLigne(Some(fichiers.len())));
        #[cfg(target_arch = "wasm32")]
        {
            let dispatch = dispatch.clone();
            crate::chargement::telecharger_pour_hors_ligne(fichiers.clone(), move |arrive| {
                dispatch.dispatch(AppAction::FichierHorsLigne(arrive));
            });
        }
    });
    let corps = match etat {
        _ if rien_a_telecharger => html! { <p>{ t.hors_ligne_deja }</p> },
        None => html! {
            <>
                <p>{ t.hors_ligne_texte }</p>
                <p><button type="button" class="bouton" onclick={telecharger}>{ t.hors_ligne_bouton }</button></p>
            </>
        },
        Some(HorsLigne::Impossible) => html! { <p role="status">{ t.hors_ligne_impossible }</p> },
        Some(en_cours @ HorsLigne::EnCours { faits, echecs, total }) if !en_cours.fini() => {
            let fait = (faits + echecs).to_string();
            html! {
                // The bar says where it stands; only the outcome is announced.
                <p>
                    <label for="hors-ligne-progres">{ t.hors_ligne_progres.avec(&[("n", &fait), ("t", &total.to_string())]) }</label>
                    { " " }
                    <progress id="hors-ligne-progres" max={total.to_string()} value={fait}></progress>
                </p>
            }
        }
        Some(HorsLigne::EnCours { echecs: 0, .. }) => html! { <p role="status">{ t.hors_ligne_fini }</p> },
        Some(HorsLigne::EnCours { echecs, total, .. }) => html! {
            <p role="status">
                { t.hors_ligne_echec.avec(&[("n", &echecs.to_string()), ("t", &total.to_string())]) }{ " " }
                <button type="button" class="bouton bouton--discret" onclick={telecharger}>{ t.reessayer }</button>
            </p>
        },
    };
    html! {
        <section class="hors-ligne" aria-labelledby="hors-ligne-titre">
            <h2 id="hors-ligne-titre">{ t.hors_ligne_titre }</h2>
            { corps }
        </section>
    }
}
