//! Small building blocks shared by the screens.

use super::i18n::Langue;
use super::{use_app_state, use_dispatch, use_donnees, AppAction};
use crate::i18n::Mots;
use offre_insertion::catalogue::citation::Citation;
use offre_insertion::catalogue::vocab::Statut;
use offre_insertion::catalogue::{Catalogue, Service, Structure};
use offre_insertion::orientation::{Motif, Raison};
use offre_insertion::route::Route;
use offre_insertion::text::echapper_html;
use std::collections::HashMap;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FrProps {
    /// The element to draw (`span` unless told).
    #[prop_or("span")]
    pub tag: &'static str,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub children: Html,
}

/// Catalogue content, written only in French: `lang="fr"`, so it is read with a French voice,
/// and in a page in another language `dir="ltr"`, which also isolates it from the text around
/// it (a right-to-left page would otherwise move its punctuation and reorder its words).
#[component]
pub fn Fr(props: &FrProps) -> Html {
    let dir = (use_app_state().langue != Langue::Fr).then_some("ltr");
    html! { <@{props.tag} class={props.class.clone()} lang="fr" {dir}>{ props.children.clone() }</@> }
}

/// Whether a text shown in an Arabic page is in fact the French original (no Arabic letter in
/// it): vocabulary labels and questions not translated yet.
fn non_traduit(texte: &str, langue: Langue) -> bool {
    langue == Langue::Ar && !offre_insertion::text::ecrit_en_arabe(texte)
}

/// A label or question that may not be translated into the interface's language yet: as it is,
/// or isolated and marked French when it is the French original inside an Arabic page.
pub fn texte_catalogue(texte: &str, langue: Langue) -> Html {
    if non_traduit(texte, langue) {
        crate::phrases::contenu_fr(texte, langue)
    } else {
        html! { { texte.to_owned() } }
    }
}

/// Text with the glossary's acronyms as buttons that show what they stand for: a tap, a click
/// or the keyboard opens it (a `title` shows nothing on a touch screen).
pub fn avec_sigles(text: &str, sigles: &HashMap<String, String>) -> Html {
    let parts = morceaux(text, sigles).into_iter().map(|m| match m {
        Morceau::Texte(texte) => html! { { texte } },
        Morceau::Sigle(sigle, developpe) => {
            html! { <Sigle sigle={AttrValue::from(sigle)} developpe={AttrValue::from(developpe.to_owned())} /> }
        }
    });
    html! { <>{ for parts }</> }
}

/// The same inside a link, where a button cannot go: `<abbr title>`, and the fiche it leads to
/// explains them.
pub fn sigles_dans_un_lien(text: &str, sigles: &HashMap<String, String>) -> Html {
    let mut balises = String::new();
    ecrire_sigles_dans_un_lien(&mut balises, text, sigles);
    Html::from_html_unchecked(balises.into())
}

/// `sigles_dans_un_lien` as HTML text, for cards (see `CarteService`).
fn ecrire_sigles_dans_un_lien(out: &mut String, text: &str, sigles: &HashMap<String, String>) {
    for m in morceaux(text, sigles) {
        match m {
            Morceau::Texte(texte) => echapper_html(out, &texte),
            Morceau::Sigle(sigle, developpe) => {
                out.push_str("<abbr title=\"");
                echapper_html(out, developpe);
                out.push_str("\">");
                echapper_html(out, &sigle);
                out.push_str("</abbr>");
            }
        }
    }
}

/// A piece of a text: plain, or one of the glossary's acronyms with what it stands for.
enum Morceau<'a> {
    Texte(String),
    Sigle(String, &'a str),
}

fn morceaux<'a>(text: &str, sigles: &'a HashMap<String, String>) -> Vec<Morceau<'a>> {
    let mut parts = Vec::new();
    let mut plain = String::new();
    let mut word = String::new();
    let flush_word = |word: &mut String, plain: &mut String, parts: &mut Vec<Morceau<'a>>| {
        if let Some(expansion) = sigles.get(word.as_str()) {
            if !plain.is_empty() {
                parts.push(Morceau::Texte(std::mem::take(plain)));
            }
            parts.push(Morceau::Sigle(word.clone(), expansion));
        } else {
            plain.push_str(word);
        }
        word.clear();
    };
    for c in text.chars() {
        if offre_insertion::text::lettre_ou_chiffre(c) || c == '-' {
            word.push(c);
        } else {
            flush_word(&mut word, &mut plain, &mut parts);
            plain.push(c);
        }
    }
    flush_word(&mut word, &mut plain, &mut parts);
    if !plain.is_empty() {
        parts.push(Morceau::Texte(plain));
    }
    parts
}

#[derive(Properties, PartialEq)]
pub struct SigleProps {
    pub sigle: AttrValue,
    pub developpe: AttrValue,
}

/// An acronym that opens in place: « PLIE » → « PLIE (Plan local pour l'insertion et l'emploi) ».
#[component]
pub fn Sigle(props: &SigleProps) -> Html {
    let ouvert = use_state(|| false);
    let onclick = {
        let ouvert = ouvert.clone();
        Callback::from(move |_| ouvert.set(!*ouvert))
    };
    html! {
        <>
            <button type="button" class="sigle" aria-expanded={ouvert.to_string()} {onclick}>{ props.sigle.clone() }</button>
            if *ouvert {
                <span class="sigle__developpe">{ " (" }{ props.developpe.clone() }{ ")" }</span>
            }
        </>
    }
}

/// A visible badge for entries that are announced, to check or ended; `source`, the entry's
/// sources: an entry to check says the year of the newest.
pub fn badge_statut(statut: Statut, source: &[String], t: &crate::i18n::Textes) -> Html {
    let mut balises = String::new();
    ecrire_badge_statut(&mut balises, statut, source, t);
    // Most entries are in service: no badge, and no element made to parse an empty string.
    if balises.is_empty() {
        return html! {};
    }
    Html::from_html_unchecked(balises.into())
}

/// `badge_statut` as HTML text, for cards.
fn ecrire_badge_statut(out: &mut String, statut: Statut, source: &[String], t: &crate::i18n::Textes) {
    let (classe, texte) = match statut {
        Statut::EnService => return,
        Statut::Prevu => ("badge--prevu", t.badge_prevu.to_owned()),
        Statut::AVerifier => {
            let annee = offre_insertion::catalogue::citation::la_plus_recente(source).map(|d| d.annee);
            ("badge--prevu", t.badge_a_verifier.n(annee.map_or(0, usize::from)))
        }
        Statut::Termine => ("badge--termine", t.badge_termine.to_owned()),
    };
    out.push_str("<span class=\"badge ");
    out.push_str(classe);
    out.push_str("\">");
    echapper_html(out, &texte);
    out.push_str("</span>");
}

/// A card's title as HTML text: a link to the fiche. Cards write their fixed part as text
/// because they are drawn at every keystroke, and the browser reads one string much faster than
/// the program creates each element and text one by one.
fn ecrire_titre_de_carte(out: &mut String, nom: &str, route: &Route, sigles: &HashMap<String, String>, dir: &str) {
    out.push_str("<h3 class=\"carte__titre\" lang=\"fr\"");
    out.push_str(dir);
    out.push_str("><a href=\"");
    echapper_html(out, &route.to_fragment());
    out.push_str("\">");
    ecrire_sigles_dans_un_lien(out, nom, sigles);
    out.push_str("</a></h3>");
}

/// ` dir="ltr"` on French content inside a page in another language (see `Fr`).
fn dir_du_francais(langue: Langue) -> &'static str {
    if langue == Langue::Fr {
        ""
    } else {
        " dir=\"ltr\""
    }
}

/// A card's summary as HTML text.
fn ecrire_resume(out: &mut String, description: &str, dir: &str) {
    // A light territory's excerpts come just after its pack: no empty paragraph meanwhile.
    if description.is_empty() {
        return;
    }
    out.push_str("<p class=\"carte__resume\" lang=\"fr\"");
    out.push_str(dir);
    out.push('>');
    echapper_html(out, &resume(description));
    out.push_str("</p>");
}

/// Citations in words, for a "Sources" disclosure: each document's title and lines, never its
/// file name. For mode professionnel only (a person needs the facts, a referent their origin):
/// the stylesheet shows `.sources` under `.mode-pro` alone, which costs no program code.
pub fn sources_html(citations: &[String], langue: Langue) -> Html {
    let citations: Vec<Citation> = citations.iter().filter_map(|c| Citation::parse(c).ok()).collect();
    sources_de(&citations, &[], langue)
}

/// The sources as document titles and lines; in mode professionnel, also the orientation rules
/// that gave the reasons (by their identifier in `orientation/regles.toml`).
fn sources_de(citations: &[Citation], regles: &[&str], langue: Langue) -> Html {
    if citations.is_empty() && regles.is_empty() {
        return html! {};
    }
    let t = langue.textes();
    html! {
        <details class="sources">
            <summary>{ t.sources }</summary>
            <ul>
                { for citations.iter().map(|c| html! { <li>{ crate::phrases::citation(c, langue) }</li> }) }
                { for regles.iter().map(|r| html! { <li>{ t.regle_d_orientation }<code>{ *r }</code></li> }) }
            </ul>
        </details>
    }
}

#[derive(Properties, PartialEq)]
pub struct RaisonsProps {
    pub raisons: Vec<Raison>,
}

/// Why something is suggested, with its sources.
#[component]
pub fn Raisons(props: &RaisonsProps) -> Html {
    let donnees = use_donnees();
    let state = use_app_state();
    let langue = state.langue;
    let mut sources: Vec<Citation> = Vec::new();
    for c in props.raisons.iter().flat_map(|r| &r.sources) {
        if !sources.contains(c) {
            sources.push(*c);
        }
    }
    let mut regles: Vec<&str> = Vec::new();
    if state.mode_pro {
        for r in &props.raisons {
            if let Motif::Regle { regle, .. } = &r.motif {
                if !regles.contains(&regle.as_str()) {
                    regles.push(regle);
                }
            }
        }
    }
    html! {
        <>
            <ul class="raisons">
                { for props.raisons.iter().map(|r| html! { <li>{ crate::phrases::raison(r, &donnees.catalogue, langue) }</li> }) }
            </ul>
            { sources_de(&sources, &regles, langue) }
        </>
    }
}

/// Where an entry is, in words, saying plainly what is unknown.
pub fn lieu_en_clair(lieu: &offre_insertion::catalogue::Lieu, langue: Langue) -> String {
    let t = langue.textes();
    match (lieu.arrondissements.len(), &lieu.commune, &lieu.departement) {
        (n, _, _) if n > 0 => crate::i18n::paris_arrondissements(langue, &lieu.arrondissements),
        (_, Some(c), Some(d)) => format!("{c} ({d})"),
        (_, Some(c), None) => c.clone(),
        (_, None, Some(d)) if d == "75" => t.paris_sans_arrondissement.to_owned(),
        (_, None, Some(d)) => format!("{} {d}", t.departement),
        _ => t.lieu_non_precise.to_owned(),
    }
}

#[derive(Properties, PartialEq)]
pub struct CarteServiceProps {
    /// The service's place in the catalogue: a card compares a number, not a whole entry, at
    /// every keystroke (a new catalogue re-renders the cards through the data's context).
    pub index: usize,
    #[prop_or_default]
    pub raisons: Vec<Raison>,
    #[prop_or_default]
    pub distance_km: Option<f64>,
    /// Used at a distance (phone, online).
    #[prop_or_default]
    pub a_distance: bool,
    /// « dans votre arrondissement » (or commune), said instead of a distance.
    #[prop_or_default]
    pub sur_place: Option<&'static str>,
    /// What ends the card (the question that would settle a « peut-être »).
    #[prop_or_default]
    pub children: Html,
}

/// A service in a list: name, place, structure; in professional mode, conditions and selection.
#[component]
pub fn CarteService(props: &CarteServiceProps) -> Html {
    let donnees = use_donnees();
    let state = use_app_state();
    let dispatch = use_dispatch();
    let t = state.langue.textes();
    let Some(s) = donnees.catalogue.services.get(props.index) else { return html! {} };
    let mut balises = String::with_capacity(600);
    let proximite = proximite_en_clair(props.sur_place, props.distance_km, t);
    ecrire_carte_service(
        &mut balises,
        s,
        &donnees,
        state.langue,
        proximite.as_deref(),
        props.a_distance,
        props.raisons.is_empty(),
    );
    html! {
        <li class="carte">
            { Html::from_html_unchecked(balises.into()) }
            if !props.raisons.is_empty() {
                <Raisons raisons={props.raisons.clone()} />
            }
            if state.mode_pro {
                if let Some(c) = &s.conditions_acces {
                    <p class="carte__conditions"><strong>{ t.conditions }</strong><Fr>{ avec_sigles(c, &donnees.sigles) }</Fr></p>
                }
                <p class="carte__conditions"><strong>{ t.mobilisable_par }</strong>{ mobilisable(s, t) }</p>
            }
            { props.children.clone() }
            { choix_selection(&s.id, &state, &dispatch) }
        </li>
    }
}

/// A service card's fixed part as HTML text (title, meta, badge and, when `avec_resume`, the
/// summary): what `CarteService` shows and, whole cards at once, the catalogue's list.
pub fn ecrire_carte_service(
    out: &mut String,
    s: &Service,
    donnees: &crate::Donnees,
    langue: Langue,
    proximite: Option<&str>,
    a_distance: bool,
    avec_resume: bool,
) {
    let t = langue.textes();
    let dir = dir_du_francais(langue);
    ecrire_titre_de_carte(out, &s.nom, &Route::Service { id: s.id.clone() }, &donnees.sigles, dir);
    out.push_str("<p class=\"carte__meta\"><span lang=\"fr\"");
    out.push_str(dir);
    out.push('>');
    if let Some(st) = donnees.structure(&s.structure_id) {
        echapper_html(out, &st.nom);
    }
    out.push_str("</span> · ");
    echapper_html(out, &lieu_en_clair(&s.lieu, langue));
    if let Some(proximite) = proximite {
        out.push_str(" · ");
        echapper_html(out, proximite);
    }
    if a_distance {
        out.push_str(" · ");
        echapper_html(out, t.a_distance);
    }
    out.push_str("</p>");
    ecrire_badge_statut(out, s.statut, &s.source, t);
    if avec_resume {
        ecrire_resume(out, &s.description, dir);
    }
}

/// The reducer's dispatcher, as screens hold it.
pub type Dispatch = yew::functional::UseReducerDispatcher<crate::AppState>;

/// In mode professionnel, the box that puts an entry in the selection for the person (or takes
/// it out), wherever the entry shows: a card, its fiche, the first step. (A function rather
/// than a component: each component weighs on the download.)
pub fn choix_selection(id: &str, state: &crate::AppState, dispatch: &Dispatch) -> Html {
    if !state.mode_pro {
        return html! {};
    }
    let t = state.langue.textes();
    let selected = state.selection.iter().any(|s| s == id);
    let toggle = {
        let (dispatch, id) = (dispatch.clone(), id.to_owned());
        Callback::from(move |_| dispatch.dispatch(AppAction::BasculerSelection(id.clone())))
    };
    let checkbox_id = format!("choisir-{id}");
    html! {
        <p class="sans-impression choix-selection">
            <input type="checkbox" id={checkbox_id.clone()} checked={selected} onchange={toggle} />
            <label for={checkbox_id}>{ t.ajouter_selection }</label>
        </p>
    }
}

thread_local! {
    /// The sections a person opened on a phone, kept while the app runs: coming back from a fiche
    /// finds the results as they were left.
    static OUVERTES: std::cell::RefCell<Vec<&'static str>> = const { std::cell::RefCell::new(Vec::new()) };
}

#[derive(Properties, PartialEq)]
pub struct RepliableProps {
    pub id: &'static str,
    pub titre: AttrValue,
    /// How many entries it holds, said in its title.
    #[prop_or_default]
    pub nombre: Option<usize>,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub children: Html,
}

/// A section that a phone shows closed, its title a button that opens it (`aria-expanded`).
/// From 48rem, and on paper, it is always open and its title a plain heading (styles/main.css):
/// a wide screen has room for it all.
#[component]
pub fn Repliable(props: &RepliableProps) -> Html {
    let id = props.id;
    let ouvert = use_state(|| OUVERTES.with(|o| o.borrow().contains(&id)));
    let onclick = {
        let ouvert = ouvert.clone();
        Callback::from(move |_| {
            let nouveau = !*ouvert;
            OUVERTES.with(|o| {
                let mut o = o.borrow_mut();
                o.retain(|x| *x != id);
                if nouveau {
                    o.push(id);
                }
            });
            ouvert.set(nouveau);
        })
    };
    let titre = match props.nombre {
        Some(n) => format!("{} ({n})", props.titre),
        None => props.titre.to_string(),
    };
    html! {
        <section class={classes!("bloc", "repliable", props.class.clone(), (!*ouvert).then_some("repliable--replie"))} aria-labelledby={format!("titre-{id}")}>
            <h2 id={format!("titre-{id}")}>
                <button type="button" class="repliable__bouton" aria-expanded={ouvert.to_string()} aria-controls={format!("contenu-{id}")} {onclick}>{ titre.clone() }</button>
                <span class="repliable__texte">{ titre }</span>
            </h2>
            <div id={format!("contenu-{id}")} class="repliable__contenu">{ props.children.clone() }</div>
        </section>
    }
}

/// « Signaler une erreur », a `mailto:`, only when the deploying site set where reports go
/// (`signalement` in `catalogue.toml`); otherwise whom to tell: the structure, by its phone or
/// its site, or else the catalogue's general contact. Never a link that leads nowhere.
pub fn signaler_une_erreur(c: &Catalogue, nom: &str, structure: Option<&Structure>, langue: Langue) -> Html {
    let t = langue.textes();
    if let Some(destinataire) = c.meta.signalement.as_deref().filter(|d| d.len() > "mailto:".len()) {
        let sujet = offre_insertion::route::percent_encode(&t.sujet_signalement.avec(&[("nom", nom)]));
        return html! { <a href={format!("{destinataire}?subject={sujet}")}>{ t.signaler_erreur }</a> };
    }
    let joignable = |s: &&Structure| s.contact.telephone.is_some() || s.contact.site_web.is_some();
    let general = c.meta.contact_general.as_deref().and_then(|id| c.structure(id));
    let Some(qui) = structure.filter(joignable).or(general.filter(joignable)) else { return html! {} };
    let moyen = match (&qui.contact.telephone, &qui.contact.site_web) {
        (Some(tel), _) => {
            html! { <a href={format!("tel:{}", tel.chars().filter(|x| x.is_ascii_digit() || *x == '+').collect::<String>())}>{ tel.clone() }</a> }
        }
        (None, Some(site)) if offre_insertion::catalogue::validate::adresse_web(site) => {
            html! { <a href={site.clone()} rel="noopener noreferrer">{ site.clone() }</a> }
        }
        (None, Some(site)) => html! { { site.clone() } },
        (None, None) => html! {},
    };
    html! { <>{ t.erreur_a_dire.0 }{ crate::phrases::contenu_fr(&qui.nom, langue) }{ t.erreur_a_dire.1 }{ moyen }</> }
}

/// How near a suggestion is, in words: « dans votre arrondissement » (`sur_place`, said instead
/// of a distance), « à moins de 100 m » rather than « à environ 0,0 km », or « à environ 1,2 km ».
pub fn proximite_en_clair(
    sur_place: Option<&'static str>,
    distance_km: Option<f64>,
    t: &crate::i18n::Textes,
) -> Option<String> {
    match (sur_place, distance_km) {
        (Some(ici), _) => Some(ici.to_owned()),
        (None, Some(d)) if d < 0.1 => Some(t.a_moins_de_100_m.to_owned()),
        (None, Some(d)) => Some(t.a_environ_km.avec(&[("km", &format_km(d))])),
        (None, None) => None,
    }
}

/// "2,4" (km, one decimal, French comma). Integer arithmetic: formatting floats would add
/// about 10 KB to the web app.
pub fn format_km(d: f64) -> String {
    decimales(d.max(0.0), 1, ',')
}

/// A number with `n` decimals, written without Rust's float formatting (which would add
/// kilobytes to the download).
pub fn decimales(x: f64, n: u32, separateur: char) -> String {
    let echelle = 10u64.pow(n);
    let entier = (x.abs() * echelle as f64).round() as u64;
    let signe = if x < 0.0 && entier > 0 { "-" } else { "" };
    format!("{signe}{}{separateur}{:0width$}", entier / echelle, entier % echelle, width = n as usize)
}

pub fn mobilisable(s: &Service, t: &crate::i18n::Textes) -> String {
    if s.mobilisable_par.is_empty() {
        return t.non_precise.to_owned();
    }
    s.mobilisable_par
        .iter()
        .map(|m| match m.as_str() {
            "usagers" => t.personne_elle_meme,
            "professionnels" => t.professionnel,
            other => other,
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// First sentence, for lists.
pub fn resume(text: &str) -> String {
    match text.find(". ") {
        Some(i) if i < 220 => text[..=i].to_owned(),
        _ if text.chars().count() > 220 => format!("{}…", text.chars().take(200).collect::<String>()),
        _ => text.to_owned(),
    }
}

/// A structure's card as HTML text, inside its `<li class="carte carte--structure">` (it has no
/// control of its own).
pub fn ecrire_carte_structure(out: &mut String, s: &Structure, donnees: &crate::Donnees, langue: Langue) {
    let dir = dir_du_francais(langue);
    ecrire_titre_de_carte(out, &s.nom, &Route::Structure { id: s.id.clone() }, &donnees.sigles, dir);
    out.push_str("<p class=\"carte__meta\">");
    echapper_html(out, s.categorie.libelle(langue));
    out.push_str(" · ");
    echapper_html(out, &lieu_en_clair(&s.lieu, langue));
    out.push_str("</p>");
    ecrire_badge_statut(out, s.statut, &s.source, langue.textes());
    ecrire_resume(out, &s.description, dir);
}
