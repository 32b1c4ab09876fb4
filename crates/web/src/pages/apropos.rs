//! About: versions, changelog, sources, privacy.

use crate::i18n::Mots;
use crate::widgets::{Dispatch, Fr};
use offre_insertion::catalogue::citation::SEEDS;
use yew::prelude::*;

pub fn a_propos(donnees: &crate::Donnees, state: &crate::AppState, dispatch: &Dispatch) -> Html {
    let langue = state.langue;
    let t = langue.textes();
    let meta = &donnees.catalogue.meta;
    let c = &donnees.catalogue;
    html! {
        <>
            <h1>{ t.a_propos_titre }</h1>
            <h2>{ t.vos_donnees }</h2>
            <p>{ t.vos_donnees_texte }</p>
            { crate::hors_ligne::telechargement_hors_ligne(donnees, state, dispatch) }
            <h2>{ t.le_catalogue }</h2>
            <p>{ t.catalogue_resume.avec(&[("v", &meta.version), ("d", &crate::phrases::date_iso(&meta.date, langue)), ("a", &c.structures.len().to_string()), ("b", &c.services.len().to_string()), ("c", &c.glossaire.len().to_string())]) }</p>
            <p>{ t.catalogue_sources_texte }</p>
            if !donnees.notices.is_empty() {
                <div class="notice" role="status">
                    <p>{ t.entrees_illisibles.n(donnees.notices.len()) }</p>
                    <Fr tag="ul">{ for donnees.notices.iter().map(|n| html! { <li>{ n.to_string() }</li> }) }</Fr>
                </div>
            }
            <h3>{ t.sources_titre }</h3>
            <Fr tag="ul">{ for SEEDS.iter().map(|d| html! { <li>{ d.titre }</li> }) }</Fr>
            <p>{ t.vocabulaires }</p>
            if !meta.journal.is_empty() {
                <h3>{ t.journal }</h3>
                <Fr tag="div" class="journal">{ journal_html(&meta.journal) }</Fr>
            }
            <h2>{ t.application }</h2>
            <p>{ t.version_application.avec(&[("v", offre_insertion::APP_VERSION)]) }</p>
        </>
    }
}

/// The changelog's Markdown as HTML, for the forms it uses: headings (its title left out, the
/// page has one), paragraphs, lists whose items go on over indented lines, **bold** and `code`.
fn journal_html(markdown: &str) -> Html {
    enum Bloc {
        Titre(usize, String),
        Paragraphe(String),
        Liste(Vec<String>),
    }
    let mut blocs: Vec<Bloc> = Vec::new();
    let mut ouvert = false;
    for ligne in markdown.lines() {
        let texte = ligne.trim();
        if texte.is_empty() {
            ouvert = false;
            continue;
        }
        if let Some(titre) = texte.strip_prefix('#') {
            let niveau = 1 + titre.chars().take_while(|c| *c == '#').count();
            blocs.push(Bloc::Titre(niveau, titre.trim_start_matches('#').trim().to_owned()));
            ouvert = false;
        } else if let Some(item) = texte.strip_prefix("- ") {
            match blocs.last_mut() {
                Some(Bloc::Liste(items)) if ouvert => items.push(item.to_owned()),
                _ => blocs.push(Bloc::Liste(vec![item.to_owned()])),
            }
            ouvert = true;
        } else {
            match blocs.last_mut() {
                Some(Bloc::Liste(items)) if ouvert && ligne.starts_with(' ') => {
                    if let Some(dernier) = items.last_mut() {
                        dernier.push(' ');
                        dernier.push_str(texte);
                    }
                }
                Some(Bloc::Paragraphe(p)) if ouvert => {
                    p.push(' ');
                    p.push_str(texte);
                }
                _ => blocs.push(Bloc::Paragraphe(texte.to_owned())),
            }
            ouvert = true;
        }
    }
    html! {
        <>
            { for blocs.into_iter().map(|b| match b {
                Bloc::Titre(1, _) => html! {},
                Bloc::Titre(2, t) => html! { <h4>{ en_ligne(&t) }</h4> },
                Bloc::Titre(_, t) => html! { <h5>{ en_ligne(&t) }</h5> },
                Bloc::Paragraphe(p) => html! { <p>{ en_ligne(&p) }</p> },
                Bloc::Liste(items) => html! { <ul>{ for items.iter().map(|i| html! { <li>{ en_ligne(i) }</li> }) }</ul> },
            }) }
        </>
    }
}

/// `**bold**` and `` `code` `` inside a line; anything else as written.
fn en_ligne(texte: &str) -> Html {
    let mut parts: Vec<Html> = Vec::new();
    let mut reste = texte;
    while let Some(i) = reste.find(['*', '`']) {
        let (marque, fin_marque) = if reste[i..].starts_with("**") { ("**", 2) } else { (&reste[i..=i], 1) };
        let Some(j) = reste[i + fin_marque..].find(marque) else { break };
        parts.push(html! { { reste[..i].to_owned() } });
        let dedans = reste[i + fin_marque..i + fin_marque + j].to_owned();
        // Bold may hold code (« **`fichier.toml`** »); code holds text only.
        parts.push(if marque == "**" {
            html! { <strong>{ en_ligne(&dedans) }</strong> }
        } else {
            html! { <code>{ dedans }</code> }
        });
        reste = &reste[i + fin_marque + j + fin_marque..];
    }
    parts.push(html! { { reste.to_owned() } });
    html! { <>{ for parts }</> }
}
