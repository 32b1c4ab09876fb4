//! Results of the questionnaire (parcours, entry points, services, what would sharpen it),
//! with print and share.

use crate::i18n::Mots;
use crate::i18n::{Langue, Textes};
use crate::pages::questionnaire::etape_de;
use crate::pages::selection::copier_le_lien;
use crate::phrases::{self, date_iso};
use crate::widgets::{format_km, texte_catalogue, BadgeStatut, CarteService, ChoixSelection, Fr, Raisons};
use crate::{browser, use_app_state, use_donnees};
use offre_insertion::orientation::answers::Saisie;
use offre_insertion::orientation::{orienter, Champ, Suggestion, VerdictParcours};
use offre_insertion::route::Route;
use offre_insertion::share;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub reponses: AttrValue,
}

#[component]
pub fn ResultatsPage(props: &Props) -> Html {
    let donnees = use_donnees();
    let langue = use_app_state().langue;
    let t = langue.textes();
    // The link to share, once the browser said whether the clipboard took it.
    let partage = use_state(|| None::<(String, bool)>);
    let (reponses, notices) = share::decode(&props.reponses);
    let resultat = {
        let donnees = donnees.clone();
        let reponses = reponses.clone();
        use_memo(props.reponses.clone(), move |_| orienter(&donnees.catalogue, &reponses))
    };
    let c = &donnees.catalogue;
    let etape_de = |champ: Champ| etape_de(c, &props.reponses, champ);
    // Changing one's answers goes through every question, the door's too.
    let modifier = Route::Questionnaire { etape: 1, reponses: share::encode(&reponses) }.to_fragment();
    // Sharing says first what the link holds, and offers the services alone.
    let partage_ouvert = use_state(|| false);
    let ouvrir_partage = {
        let partage_ouvert = partage_ouvert.clone();
        Callback::from(move |_| partage_ouvert.set(!*partage_ouvert))
    };
    let avec_reponses = copier_le_lien(Route::Resultats { reponses: props.reponses.to_string() }, partage.clone());
    let ids: Vec<String> = resultat.points_entree.iter().chain(&resultat.services).map(|s| s.id.clone()).collect();
    let services_seulement = copier_le_lien(Route::ServicesProposes { ids }, partage.clone());
    let reponses_donnees: Vec<&str> =
        Champ::ALL.iter().filter(|c| reponses.saisie(**c) != Saisie::Vide).map(|c| c.libelle(langue)).collect();
    let imprimer = Callback::from(|_| browser::imprimer());
    let today = date_iso(&c.meta.date, langue);
    html! {
        <>
            <div class="impression-seulement entete-impression">
                <p><strong>{ t.feuille_de_route }</strong></p>
                <p>{ (t.version_catalogue)(&c.meta.version, &today) }</p>
            </div>
            <h1>{ t.resultats_titre }</h1>
            if langue != Langue::Fr {
                <p class="discret">{ t.contenu_en_francais }</p>
            }
            if !notices.is_empty() || !resultat.avertissements.is_empty() {
                <div class="notice" role="status">
                    <p>{ t.reponses_ignorees }</p>
                    <ul>
                        { for notices.iter().chain(&resultat.avertissements).map(|n| html! { <li>{ crate::avertissements::message(n, langue) }</li> }) }
                    </ul>
                </div>
            }
            if let Some(lieu) = &resultat.lieu {
                <p class="sans-impression">{ (t.lieu_retenu)(&phrases::lieu(lieu, langue)) }</p>
            }
            <section aria-labelledby="titre-parcours" class="bloc">
                <h2 id="titre-parcours">{ t.votre_parcours }</h2>
                { parcours_html(&resultat.parcours, langue) }
            </section>
            <section aria-labelledby="titre-entrees" class="bloc">
                <h2 id="titre-entrees">{ t.par_qui_commencer }</h2>
                if resultat.points_entree.is_empty() {
                    <p>{ t.aucun_interlocuteur }</p>
                } else {
                    <ol class="cartes">{ for resultat.points_entree.iter().map(|s| suggestion_html(s, t)) }</ol>
                }
            </section>
            <section aria-labelledby="titre-services" class="bloc bloc--services">
                <h2 id="titre-services">{ t.services_utiles }</h2>
                if resultat.services.is_empty() {
                    <p>{ t.dites_nous }</p>
                } else {
                    <ul class="cartes">
                        { for resultat.services.iter().filter_map(|s| c.service(&s.id).map(|svc| (s, svc))).map(|(s, svc)| html! {
                            <CarteService key={s.id.clone()} service={svc.clone()} raisons={s.raisons.clone()} distance_km={s.distance_km} a_distance={s.a_distance} />
                        }) }
                    </ul>
                }
            </section>
            if !resultat.a_preciser.is_empty() {
                <section aria-labelledby="titre-preciser" class="bloc sans-impression">
                    <h2 id="titre-preciser">{ t.pour_affiner }</h2>
                    <p>{ t.reponses_preciseraient }</p>
                    <ul>
                        { for resultat.a_preciser.iter().map(|p| {
                            let question = c.questions.iter().find(|q| q.champ == p.champ).map_or_else(|| p.champ.libelle(langue).to_owned(), |q| q.textes(langue).0);
                            html! { <li><a href={Route::Questionnaire { etape: etape_de(p.champ), reponses: props.reponses.to_string() }.to_fragment()}>{ question }</a></li> }
                        }) }
                    </ul>
                </section>
            }
            <section aria-labelledby="titre-etapes" class="bloc">
                <h2 id="titre-etapes">{ t.prochaines_etapes }</h2>
                <ol>{ for resultat.prochaines_etapes.iter().map(|e| html! { <li>{ phrases::etape(e, langue) }</li> }) }</ol>
            </section>
            <div class="actions sans-impression">
                <button type="button" class="bouton" onclick={imprimer}>{ t.imprimer }</button>
                <button type="button" class="bouton" aria-expanded={partage_ouvert.to_string()} aria-controls="partage" onclick={ouvrir_partage}>{ t.partager }</button>
                <a class="bouton bouton--discret" href={modifier}>{ t.modifier_reponses }</a>
            </div>
            if *partage_ouvert {
                <div id="partage" class="partage sans-impression">
                    if !reponses_donnees.is_empty() {
                        <p>{ (t.partage_contenu)(&reponses_donnees.join(if langue == Langue::Ar { "، " } else { ", " })) }</p>
                        <p>{ t.partage_prudence }</p>
                    }
                    <p class="actions">
                        <button type="button" class="bouton bouton--discret" onclick={services_seulement}>{ t.copier_services_seulement }</button>
                        <button type="button" class="bouton bouton--discret" onclick={avec_reponses}>{ t.copier_avec_reponses }</button>
                    </p>
                </div>
            }
            if let Some((lien, copie)) = &*partage {
                <div class="notice sans-impression" role="status">
                    <p>{ if *copie { if lien.contains("#/services") { t.lien_services_copie } else { t.lien_copie } } else { t.lien_non_copie } }</p>
                    <p><label for="lien-partage">{ t.lien_a_partager }</label><input id="lien-partage" type="text" readonly=true value={lien.clone()} /></p>
                </div>
            }
            <p class="discret">{ (t.avertissement_resultat)(&today, &resultat.catalogue_version) }</p>
        </>
    }
}

fn parcours_html(v: &VerdictParcours, langue: Langue) -> Html {
    let t = langue.textes();
    let nom = |p: &offre_insertion::catalogue::vocab::Parcours| p.libelle(langue);
    match v {
        VerdictParcours::Determine { parcours, raisons, .. } => html! {
            <>
                <p class="parcours">{ texte_catalogue(nom(parcours), langue) }</p>
                <Raisons raisons={raisons.clone()} />
            </>
        },
        VerdictParcours::APreciser { probable, manque } => html! {
            <>
                if let Some(p) = probable {
                    <p class="parcours">{ t.probablement }{ texte_catalogue(nom(p), langue) }</p>
                }
                if manque.is_empty() {
                    <p>{ t.aucun_parcours }</p>
                } else {
                    <p>{ t.parcours_a_preciser }</p>
                }
            </>
        },
        VerdictParcours::NonApplicable { raisons } => html! { <Raisons raisons={raisons.clone()} /> },
    }
}

fn suggestion_html(s: &Suggestion, t: &Textes) -> Html {
    let route =
        if s.genre == "service" { Route::Service { id: s.id.clone() } } else { Route::Structure { id: s.id.clone() } };
    html! {
        <li class="carte" key={s.id.clone()}>
            <Fr tag="h3" class="carte__titre"><a href={route.to_fragment()}>{ s.nom.clone() }</a></Fr>
            if let Some(d) = s.distance_km {
                <p class="carte__meta">{ (t.a_environ_km)(&format_km(d)) }</p>
            }
            <BadgeStatut statut={s.statut} />
            <Raisons raisons={s.raisons.clone()} />
            <ChoixSelection id={s.id.clone()} />
        </li>
    }
}
