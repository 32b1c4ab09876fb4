//! Fiches: everything the catalogue holds about a service or a structure, saying plainly
//! what the sources do not give.

use crate::catalogue::{Contact, Service};
use crate::route::Route;
use crate::ui::widgets::{avec_sigles, date_fr, lieu_en_clair, mobilisable, sources_html, BadgeStatut, CarteService};
use crate::ui::{pages::Introuvable, use_donnees};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
}

#[component]
pub fn FicheService(props: &Props) -> Html {
    let donnees = use_donnees();
    let c = &donnees.catalogue;
    let Some(s) = c.service(&props.id) else {
        return html! { <Introuvable fragment={format!("/service/{}", props.id)} /> };
    };
    let structure = c.structure(&s.structure_id);
    let sig = &donnees.sigles;
    let label = |list: &str, v: &str| c.vocabulaire.label(list, v).to_owned();
    let related: Vec<&Service> = c
        .services
        .iter()
        .filter(|o| o.id != s.id && o.statut != crate::catalogue::vocab::Statut::Termine)
        .filter(|o| o.structure_id == s.structure_id || o.thematiques.iter().any(|t| s.thematiques.first() == Some(t)))
        .take(4)
        .collect();
    html! {
        <article class="fiche">
            <p class="fil"><a href={Route::recherche("").to_fragment()}>{ "Catalogue" }</a></p>
            <h1>{ avec_sigles(&s.nom, sig) }</h1>
            <BadgeStatut statut={s.statut} />
            if let Some(st) = structure {
                <p class="fiche__structure">{ "Proposé par " }<a href={Route::Structure { id: st.id.clone() }.to_fragment()}>{ avec_sigles(&st.nom, sig) }</a></p>
            }
            <p>{ avec_sigles(&s.description, sig) }</p>
            <dl class="fiche__details">
                <dt>{ "Pour qui" }</dt>
                <dd>
                    { s.publics.iter().map(|p| label("publics", p)).collect::<Vec<_>>().join(", ") }
                    if let Some(p) = &s.publics_precisions { <br />{ avec_sigles(p, sig) } }
                </dd>
                <dt>{ "Conditions d'accès" }</dt>
                <dd>{ s.conditions_acces.as_deref().map_or_else(|| html! { "Non précisées par les sources." }, |t| avec_sigles(t, sig)) }</dd>
                <dt>{ "Comment y accéder" }</dt>
                <dd>
                    { format!("Démarche faite par : {}.", mobilisable(s)) }
                    if let Some(m) = &s.mobilisation_precisions { <br />{ avec_sigles(m, sig) } }
                </dd>
                <dt>{ "Où" }</dt>
                <dd>{ lieu_en_clair(&s.lieu) }{ zone(s) }</dd>
                <dt>{ "Coût" }</dt>
                <dd>
                    { match s.frais.as_deref() { Some("gratuit") => "Gratuit", Some("payant") => "Payant", _ => "Non précisé par les sources" } }
                    if let Some(p) = &s.frais_precisions { { format!(" — {p}") } }
                </dd>
                <dt>{ "Thèmes" }</dt>
                <dd>{ s.thematiques.iter().map(|t| label("thematiques", t)).collect::<Vec<_>>().join(" · ") }</dd>
                if let Some(f) = &s.formation {
                    <dt>{ "Formation" }</dt>
                    <dd>{ [f.secteur.clone(), f.niveau.clone(), f.duree.clone()].into_iter().flatten().collect::<Vec<_>>().join(" · ") }</dd>
                }
                { contact_html(&s.contact, structure.map(|st| &st.contact)) }
            </dl>
            { pied(&s.date_maj, &s.source, &s.nom, &donnees.catalogue.meta) }
            if !related.is_empty() {
                <section>
                    <h2>{ "Voir aussi" }</h2>
                    <ul class="cartes">{ for related.into_iter().map(|o| html! { <CarteService key={o.id.clone()} service={o.clone()} /> }) }</ul>
                </section>
            }
        </article>
    }
}

fn zone(s: &Service) -> String {
    if s.eligibilite.residence_requise {
        " — réservé aux personnes qui habitent ce territoire".to_owned()
    } else {
        String::new()
    }
}

/// Contacts only where a source gives them; otherwise say so.
fn contact_html(contact: &Contact, fallback: Option<&Contact>) -> Html {
    let c = if contact.sourced_fields().next().is_some() { Some(contact) } else { fallback.filter(|f| f.sourced_fields().next().is_some()) };
    html! {
        <>
            <dt>{ "Contact" }</dt>
            <dd>
                if let Some(c) = c {
                    <ul class="contact">
                        if let Some(a) = &c.adresse { <li>{ format!("Adresse : {a}") }</li> }
                        if let Some(t) = &c.telephone { <li>{ "Téléphone : " }<a href={format!("tel:{}", t.replace(' ', ""))}>{ t.clone() }</a></li> }
                        if let Some(m) = &c.courriel { <li>{ "Courriel : " }<a href={format!("mailto:{m}")}>{ m.clone() }</a></li> }
                        if let Some(w) = &c.site_web { <li>{ "Site : " }{ w.clone() }</li> }
                    </ul>
                    { sources_html(&c.contact_source) }
                } else {
                    { "Les documents sources ne donnent ni adresse, ni téléphone, ni horaires. À Paris, le 3975 renseigne sur les services de la Ville." }
                }
            </dd>
        </>
    }
}

fn pied(date: &str, source: &[String], nom: &str, meta: &crate::catalogue::CatalogueMeta) -> Html {
    let signalement = meta.signalement.clone().unwrap_or_else(|| "mailto:".to_owned());
    let mailto = format!("{signalement}?subject={}", crate::route::percent_encode(&format!("Erreur dans la fiche « {nom} »")));
    html! {
        <footer class="fiche__pied">
            <p class="discret">{ format!("Fiche mise à jour le {} · catalogue version {}", date_fr(date), meta.version) }</p>
            { sources_html(source) }
            <p class="sans-impression"><a href={mailto}>{ "Signaler une erreur" }</a></p>
        </footer>
    }
}

#[component]
pub fn FicheStructure(props: &Props) -> Html {
    let donnees = use_donnees();
    let c = &donnees.catalogue;
    let Some(s) = c.structure(&props.id) else {
        return html! { <Introuvable fragment={format!("/structure/{}", props.id)} /> };
    };
    let sig = &donnees.sigles;
    let services: Vec<&Service> = c.services_of(&s.id).collect();
    html! {
        <article class="fiche">
            <p class="fil"><a href={Route::recherche("").to_fragment()}>{ "Catalogue" }</a></p>
            <h1>{ avec_sigles(&s.nom, sig) }</h1>
            <BadgeStatut statut={s.statut} />
            <p>{ avec_sigles(&s.description, sig) }</p>
            <dl class="fiche__details">
                <dt>{ "Type" }</dt>
                <dd>{ s.categorie.label() }</dd>
                if let Some(p) = &s.porteur {
                    <dt>{ "Porté par" }</dt>
                    <dd>{ avec_sigles(p, sig) }</dd>
                }
                <dt>{ "Où" }</dt>
                <dd>{ lieu_en_clair(&s.lieu) }</dd>
                if !s.aliases.is_empty() {
                    <dt>{ "Autres noms" }</dt>
                    <dd>{ s.aliases.join(", ") }</dd>
                }
                { contact_html(&s.contact, None) }
            </dl>
            { pied(&s.date_maj, &s.source, &s.nom, &c.meta) }
            if !services.is_empty() {
                <section>
                    <h2>{ "Services proposés" }</h2>
                    <ul class="cartes">{ for services.into_iter().map(|o| html! { <CarteService key={o.id.clone()} service={o.clone()} /> }) }</ul>
                </section>
            }
        </article>
    }
}

