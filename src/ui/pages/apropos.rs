//! About: versions, changelog, sources, privacy.

use crate::catalogue::citation::SEEDS;
use crate::ui::use_donnees;
use crate::ui::widgets::date_fr;
use yew::prelude::*;

const CHANGELOG: &str = include_str!("../../../catalog/CHANGELOG.md");

#[component]
pub fn APropos() -> Html {
    let donnees = use_donnees();
    let meta = &donnees.catalogue.meta;
    html! {
        <>
            <h1>{ "À propos" }</h1>
            <h2>{ "Vos données" }</h2>
            <p>{ "Cette application fonctionne entièrement dans votre navigateur. Après le chargement de la page, \
                  elle n'envoie rien à personne : ni vos recherches, ni vos réponses. Vos réponses restent dans \
                  l'adresse de la page (que vous pouvez partager ou effacer) et, seulement si vous le demandez, \
                  dans la mémoire de votre navigateur. Aucun cookie, aucune mesure d'audience." }</p>
            <h2>{ "Le catalogue" }</h2>
            <p>{ format!("Version {} du {} — {} structures, {} services, {} termes de glossaire.", meta.version, date_fr(&meta.date),
                donnees.catalogue.structures.len(), donnees.catalogue.services.len(), donnees.catalogue.glossaire.len()) }</p>
            <p>{ "Chaque fiche cite le document et les lignes d'où viennent ses informations. Les documents ne donnent ni adresses, \
                  ni horaires : le catalogue le dit plutôt que d'inventer." }</p>
            if !donnees.notices.is_empty() {
                <div class="notice" role="status">
                    <p>{ format!("{} entrée(s) du catalogue n'ont pas pu être lues et sont absentes :", donnees.notices.len()) }</p>
                    <ul>{ for donnees.notices.iter().map(|n| html! { <li>{ n.to_string() }</li> }) }</ul>
                </div>
            }
            <h3>{ "Sources" }</h3>
            <ul>{ for SEEDS.iter().map(|d| html! { <li>{ format!("{} ({})", d.titre, d.fichier) }</li> }) }</ul>
            <p>{ "Vocabulaires : schéma national data·inclusion v1.0.8 (Licence Ouverte 2.0)." }</p>
            <h3>{ "Journal des versions" }</h3>
            <pre class="journal">{ CHANGELOG }</pre>
            <h2>{ "Application" }</h2>
            <p>{ format!("Version de l'application : {}", crate::APP_VERSION) }</p>
        </>
    }
}
