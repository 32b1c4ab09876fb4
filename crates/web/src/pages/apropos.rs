//! About: versions, changelog, sources, privacy.

use crate::widgets::Fr;
use crate::{use_donnees, use_textes};
use offre_insertion::catalogue::citation::SEEDS;
use yew::prelude::*;

const CHANGELOG: &str = include_str!("../../../../catalog/CHANGELOG.md");

#[component]
pub fn APropos() -> Html {
    let donnees = use_donnees();
    let t = use_textes();
    let langue = crate::use_app_state().langue;
    let meta = &donnees.catalogue.meta;
    let c = &donnees.catalogue;
    html! {
        <>
            <h1>{ t.a_propos_titre }</h1>
            <h2>{ t.vos_donnees }</h2>
            <p>{ t.vos_donnees_texte }</p>
            <h2>{ t.le_catalogue }</h2>
            <p>{ (t.catalogue_resume)(&meta.version, &crate::phrases::date_iso(&meta.date, langue), c.structures.len(), c.services.len(), c.glossaire.len()) }</p>
            <p>{ t.catalogue_sources_texte }</p>
            if !donnees.notices.is_empty() {
                <div class="notice" role="status">
                    <p>{ (t.entrees_illisibles)(donnees.notices.len()) }</p>
                    <Fr tag="ul">{ for donnees.notices.iter().map(|n| html! { <li>{ n.to_string() }</li> }) }</Fr>
                </div>
            }
            <h3>{ t.sources_titre }</h3>
            <Fr tag="ul">{ for SEEDS.iter().map(|d| html! { <li>{ format!("{} ({})", d.titre, d.fichier) }</li> }) }</Fr>
            <p>{ t.vocabulaires }</p>
            <h3>{ t.journal }</h3>
            <Fr tag="pre" class="journal">{ CHANGELOG }</Fr>
            <h2>{ t.application }</h2>
            <p>{ (t.version_application)(offre_insertion::APP_VERSION) }</p>
        </>
    }
}
