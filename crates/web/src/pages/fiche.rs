//! Fiches: everything the catalogue holds about a service or a structure, saying plainly
//! what the sources do not give. Catalogue text stays in French (`lang="fr"`).

use crate::coordonnees::Coordonnees;
use crate::i18n::Langue;
use crate::i18n::Mots;
use crate::phrases::{contenu_fr, date_iso};
use crate::widgets::{
    avec_sigles, choix_selection, lieu_en_clair, mobilisable, sources_html, texte_catalogue, CarteService, Fr,
};
use crate::{pages::introuvable, use_app_state, use_donnees};
use offre_insertion::catalogue::citation::{Citation, SeedDocument};
use offre_insertion::catalogue::Service;
use offre_insertion::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
}

#[component]
pub fn FicheService(props: &Props) -> Html {
    let donnees = use_donnees();
    let (state, dispatch) = (use_app_state(), crate::use_dispatch());
    let langue = state.langue;
    let t = langue.textes();
    let c = &donnees.catalogue;
    // By id, through the data's maps: a national build renders thousands of fiches.
    let Some(s) = donnees.position_service(&props.id).and_then(|i| c.services.get(i)) else {
        return introuvable(&format!("/service/{}", props.id), use_app_state().langue.textes());
    };
    let structure = donnees.structure(&s.structure_id);
    let sig = &donnees.sigles;
    let label = |list: &str, v: &str| c.vocabulaire.label(list, v).to_owned();
    let en_service = |o: &&Service| o.id != s.id && o.statut != offre_insertion::catalogue::vocab::Statut::Termine;
    // Of its structure, or of its first thématique; with none, its structure's services are all
    // there is to go through (not the whole of a national catalogue).
    let related: Vec<(usize, &Service)> = match s.thematiques.first() {
        Some(premiere) => c
            .services
            .iter()
            .enumerate()
            .filter(|(_, o)| en_service(o))
            .filter(|(_, o)| o.structure_id == s.structure_id || o.thematiques.contains(premiere))
            .take(4)
            .collect(),
        None => donnees
            .services_de(&s.structure_id)
            .iter()
            .map(|&i| (i, &c.services[i]))
            .filter(|(_, o)| en_service(o))
            .take(4)
            .collect(),
    };
    let cout = match s.frais.as_deref() {
        Some("gratuit") => t.gratuit,
        Some("payant") => t.payant,
        _ => t.non_precise,
    };
    html! {
        <article class="fiche">
            <p class="fil"><a href={Route::recherche("").to_fragment()}>{ t.catalogue_fil }</a></p>
            <Fr tag="h1">{ avec_sigles(&s.nom, sig) }</Fr>
            { crate::widgets::badge_statut(s.statut, &s.source, t) }
            { choix_selection(&s.id, &state, &dispatch) }
            if let Some(st) = structure {
                <p class="fiche__structure">{ t.propose_par }<Fr><a href={Route::Structure { id: st.id.clone() }.to_fragment()}>{ crate::widgets::sigles_dans_un_lien(&st.nom, sig) }</a></Fr></p>
            }
            <Description id={s.id.clone()} texte={s.description.clone()} />
            <dl class="fiche__details">
                <dt>{ t.pour_qui }</dt>
                <dd><Fr>
                    { s.publics.iter().map(|p| label("publics", p)).collect::<Vec<_>>().join(", ") }
                    if let Some(p) = &s.publics_precisions { <br />{ avec_sigles(p, sig) } }
                </Fr></dd>
                <dt>{ t.conditions_acces }</dt>
                <dd>{ s.conditions_acces.as_deref().map_or_else(|| html! { { t.non_precisees } }, |c| html! { <Fr>{ avec_sigles(c, sig) }</Fr> }) }</dd>
                <dt>{ t.comment_acceder }</dt>
                <dd>
                    { t.demarche_faite_par.avec(&[("qui", &mobilisable(s, t))]) }
                    if let Some(m) = &s.mobilisation_precisions { <br /><Fr>{ avec_sigles(m, sig) }</Fr> }
                </dd>
                <dt>{ t.ou }</dt>
                <dd>{ lieu_en_clair(&s.lieu, langue) }{ if s.eligibilite.residence_requise { t.reserve_habitants } else { "" } }</dd>
                <dt>{ t.cout }</dt>
                <dd>
                    { cout }
                    if let Some(p) = &s.frais_precisions { { " — " }<Fr>{ p.clone() }</Fr> }
                </dd>
                <dt>{ t.themes }</dt>
                <dd><Fr>{ s.thematiques.iter().map(|x| label("thematiques", x)).collect::<Vec<_>>().join(" · ") }</Fr></dd>
                if let Some(f) = &s.formation {
                    <dt>{ t.formation }</dt>
                    <dd><Fr>{ [f.secteur.clone(), f.niveau.clone(), f.duree.clone()].into_iter().flatten().collect::<Vec<_>>().join(" · ") }</Fr></dd>
                }
                <Coordonnees nom={s.nom.clone()} contact={s.contact.clone()} repli={structure.map(|st| st.contact.clone())} lieu={s.lieu.clone()} score_qualite={s.score_qualite} />
            </dl>
            { pied(&s.date_maj, &s.source, &s.nom, c, structure, langue) }
            if !related.is_empty() {
                <section>
                    <h2>{ t.voir_aussi }</h2>
                    <ul class="cartes">{ for related.into_iter().map(|(i, o)| html! { <CarteService key={o.id.clone()} index={i} /> }) }</ul>
                </section>
            }
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct DescriptionProps {
    id: AttrValue,
    /// The description the catalogue holds: whole, or a light entry's excerpt.
    texte: AttrValue,
}

/// A fiche's description. A light entry (a large territory's) shows its excerpt at once, then
/// the whole description when its lot of fiches has arrived; if it cannot, the excerpt stays
/// and says so, with a retry.
#[component]
fn Description(props: &DescriptionProps) -> Html {
    let donnees = use_donnees();
    let t = use_app_state().langue.textes();
    let lot = donnees.fiches_a_part.get(props.id.as_str()).cloned();
    let essai = use_state(|| 0u32);
    // Set at each outcome (`use_state` redraws on every set): the whole text, or the failure.
    let echec = use_state(|| false);
    #[cfg(target_arch = "wasm32")]
    let entiere = lot.as_deref().and_then(|l| crate::chargement::description_lue(l, &props.id));
    #[cfg(not(target_arch = "wasm32"))]
    let entiere: Option<String> = None;
    {
        let (echec, version, deja) = (echec.clone(), donnees.catalogue.meta.version.clone(), entiere.is_some());
        use_effect_with((lot.clone(), *essai), move |(lot, _)| {
            #[cfg(target_arch = "wasm32")]
            if let Some(lot) = lot.clone().filter(|_| !deja) {
                echec.set(false);
                wasm_bindgen_futures::spawn_local(async move {
                    let lu = crate::chargement::charger_lot(&lot, &version).await;
                    if let Err(e) = &lu {
                        web_sys::console::error_1(&format!("fiche : {e}").into());
                    }
                    echec.set(lu.is_err());
                });
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (lot, echec, version, deja);
        });
    }
    let texte = entiere.as_deref().unwrap_or(&props.texte);
    let paragraphe = html! { <Fr tag="p">{ avec_sigles(texte, &donnees.sigles) }</Fr> };
    if lot.is_none() || entiere.is_some() {
        return paragraphe;
    }
    let reessayer = {
        let essai = essai.clone();
        Callback::from(move |_| essai.set(*essai + 1))
    };
    html! {
        <>
            { paragraphe }
            if *echec {
                <p class="discret" role="status">
                    { t.description_indisponible }{ " " }
                    <button type="button" class="bouton bouton--discret" onclick={reessayer}>{ t.reessayer }</button>
                </p>
            } else {
                <p class="discret" role="status" aria-busy="true">{ t.description_en_cours }</p>
            }
        </>
    }
}

fn pied(
    date: &str,
    source: &[String],
    nom: &str,
    c: &offre_insertion::catalogue::Catalogue,
    structure: Option<&offre_insertion::catalogue::Structure>,
    langue: Langue,
) -> Html {
    let t = langue.textes();
    // What the information is and when it was true: its documents, newest first; the date the
    // catalogue reviewed the fiche is said apart.
    let mut documents: Vec<SeedDocument> =
        source.iter().filter_map(|c| Citation::parse(c).ok()).map(|c| c.document).collect();
    offre_insertion::text::trier(&mut documents, |a, b| (b.fin, b.annee).cmp(&(a.fin, a.annee)));
    documents.dedup();
    html! {
        <footer class="fiche__pied">
            { for documents.iter().map(|d| html! {
                <p class="fiche__periode">{ t.d_apres }{ contenu_fr(d.titre, langue) }{ format!(" ({})", d.periode()) }</p>
            }) }
            <p class="discret">{ t.fiche_relue.avec(&[("d", &date_iso(date, langue)), ("v", &c.meta.version)]) }</p>
            { sources_html(source, langue) }
            <p class="sans-impression">{ crate::widgets::signaler_une_erreur(c, nom, structure, langue) }</p>
        </footer>
    }
}

#[component]
pub fn FicheStructure(props: &Props) -> Html {
    let donnees = use_donnees();
    let (state, dispatch) = (use_app_state(), crate::use_dispatch());
    let langue = state.langue;
    let t = langue.textes();
    let c = &donnees.catalogue;
    let Some(s) = donnees.structure(&props.id) else {
        return introuvable(&format!("/structure/{}", props.id), use_app_state().langue.textes());
    };
    let sig = &donnees.sigles;
    let services: Vec<(usize, &Service)> = donnees.services_de(&s.id).iter().map(|&i| (i, &c.services[i])).collect();
    let categorie = s.categorie.libelle(langue);
    html! {
        <article class="fiche">
            <p class="fil"><a href={Route::recherche("").to_fragment()}>{ t.catalogue_fil }</a></p>
            <Fr tag="h1">{ avec_sigles(&s.nom, sig) }</Fr>
            { crate::widgets::badge_statut(s.statut, &s.source, t) }
            { choix_selection(&s.id, &state, &dispatch) }
            <Description id={s.id.clone()} texte={s.description.clone()} />
            <dl class="fiche__details">
                <dt>{ t.type_structure }</dt>
                <dd>{ texte_catalogue(categorie, langue) }</dd>
                if let Some(p) = &s.porteur {
                    <dt>{ t.porte_par }</dt>
                    <dd><Fr>{ avec_sigles(p, sig) }</Fr></dd>
                }
                <dt>{ t.ou }</dt>
                <dd>{ lieu_en_clair(&s.lieu, langue) }</dd>
                if !s.aliases.is_empty() {
                    <dt>{ t.autres_noms }</dt>
                    <dd><Fr>{ s.aliases.join(", ") }</Fr></dd>
                }
                <Coordonnees nom={s.nom.clone()} contact={s.contact.clone()} lieu={s.lieu.clone()} />
            </dl>
            { pied(&s.date_maj, &s.source, &s.nom, c, Some(s), langue) }
            if !services.is_empty() {
                <section>
                    <h2>{ t.services_proposes }</h2>
                    <ul class="cartes">{ for services.into_iter().map(|(i, o)| html! { <CarteService key={o.id.clone()} index={i} /> }) }</ul>
                </section>
            }
        </article>
    }
}
