//! Results of the questionnaire (parcours, entry points, services, what would sharpen it),
//! with print and share; and the professional's selection sheet.

use crate::orientation::{orienter, Suggestion, VerdictParcours};
use crate::route::Route;
use crate::share;
use crate::ui::pages::questionnaire::questions_visibles;
use crate::ui::widgets::{date_fr, format_km, lieu_en_clair, BadgeStatut, CarteService, Raisons};
use crate::ui::{browser, use_app_state, use_dispatch, use_donnees, AppAction};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub reponses: AttrValue,
}

#[component]
pub fn ResultatsPage(props: &Props) -> Html {
    let donnees = use_donnees();
    let partage = use_state(|| None::<String>);
    let (reponses, notices) = share::decode(&props.reponses);
    let resultat = {
        let donnees = donnees.clone();
        let reponses = reponses.clone();
        use_memo(props.reponses.clone(), move |_| orienter(&donnees.catalogue, &reponses))
    };
    let c = &donnees.catalogue;
    let questions = questions_visibles(c, &reponses);
    let etape_de = |champ: &str| questions.iter().position(|q| q.champ == champ).map_or(1, |i| i + 1);
    let modifier = Route::Questionnaire { etape: 1, reponses: props.reponses.to_string() }.to_fragment();
    let partager = {
        let partage = partage.clone();
        Callback::from(move |_| {
            let lien = browser::adresse();
            browser::copier(&lien);
            partage.set(Some(lien));
        })
    };
    let imprimer = Callback::from(|_| browser::imprimer());
    let today = crate::catalogue::date::Date::parse(&c.meta.date).map(|d| d.en_toutes_lettres()).unwrap_or_default();
    html! {
        <>
            <div class="impression-seulement entete-impression">
                <p><strong>{ "Ma feuille de route — Insertion Paris" }</strong></p>
                <p>{ format!("Catalogue version {} du {}", c.meta.version, today) }</p>
            </div>
            <h1>{ "Vos résultats" }</h1>
            if !notices.is_empty() || !resultat.avertissements.is_empty() {
                <div class="notice" role="status">
                    <p>{ "Certaines réponses n'ont pas pu être prises en compte :" }</p>
                    <ul>
                        { for notices.iter().chain(&resultat.avertissements).map(|n| html! { <li>{ n.message.clone() }</li> }) }
                    </ul>
                </div>
            }
            if let Some(lieu) = &resultat.lieu {
                <p class="sans-impression">{ format!("Lieu retenu : {lieu}.") }</p>
            }
            <section aria-labelledby="titre-parcours" class="bloc">
                <h2 id="titre-parcours">{ "Votre parcours" }</h2>
                { parcours_html(&resultat.parcours) }
            </section>
            <section aria-labelledby="titre-entrees" class="bloc">
                <h2 id="titre-entrees">{ "Par qui commencer" }</h2>
                if resultat.points_entree.is_empty() {
                    <p>{ "Aucun interlocuteur particulier ne ressort de vos réponses. Le catalogue reste à votre disposition." }</p>
                } else {
                    <ol class="cartes">{ for resultat.points_entree.iter().map(suggestion_html) }</ol>
                }
            </section>
            <section aria-labelledby="titre-services" class="bloc bloc--services">
                <h2 id="titre-services">{ "Services qui peuvent vous aider" }</h2>
                if resultat.services.is_empty() {
                    <p>{ "Dites-nous ce qui vous freine ou ce que vous souhaitez faire pour voir les services adaptés." }</p>
                } else {
                    <ul class="cartes">
                        { for resultat.services.iter().filter_map(|s| c.service(&s.id).map(|svc| (s, svc))).map(|(s, svc)| html! {
                            <CarteService key={s.id.clone()} service={svc.clone()} raisons={s.raisons.clone()} distance_km={s.distance_km} />
                        }) }
                    </ul>
                }
            </section>
            if !resultat.a_preciser.is_empty() {
                <section aria-labelledby="titre-preciser" class="bloc sans-impression">
                    <h2 id="titre-preciser">{ "Pour affiner" }</h2>
                    <p>{ "Ces réponses préciseraient le résultat :" }</p>
                    <ul>
                        { for resultat.a_preciser.iter().map(|p| html! {
                            <li><a href={Route::Questionnaire { etape: etape_de(&p.champ), reponses: props.reponses.to_string() }.to_fragment()}>{ p.question.clone() }</a></li>
                        }) }
                    </ul>
                </section>
            }
            <section aria-labelledby="titre-etapes" class="bloc">
                <h2 id="titre-etapes">{ "Prochaines étapes" }</h2>
                <ol>{ for resultat.prochaines_etapes.iter().map(|e| html! { <li>{ e.clone() }</li> }) }</ol>
            </section>
            <div class="actions sans-impression">
                <button type="button" class="bouton" onclick={imprimer}>{ "Imprimer" }</button>
                <button type="button" class="bouton" onclick={partager}>{ "Partager" }</button>
                <a class="bouton bouton--discret" href={modifier}>{ "Modifier mes réponses" }</a>
            </div>
            if let Some(lien) = &*partage {
                <div class="notice sans-impression" role="status">
                    <p>{ "Le lien vers ces résultats a été copié. Il contient vos réponses ; rien n'est envoyé à un serveur. Vous pouvez aussi le copier ici :" }</p>
                    <p><label for="lien-partage">{ "Lien à partager" }</label><input id="lien-partage" type="text" readonly=true value={lien.clone()} /></p>
                </div>
            }
            <p class="discret">{ format!("Résultat établi le {} avec le catalogue version {}. Il ne remplace pas l'avis d'un professionnel.", today, resultat.catalogue_version) }</p>
        </>
    }
}

fn parcours_html(v: &VerdictParcours) -> Html {
    match v {
        VerdictParcours::Determine { libelle, raisons, .. } => html! {
            <>
                <p class="parcours">{ libelle.clone() }</p>
                <Raisons raisons={raisons.clone()} />
            </>
        },
        VerdictParcours::APreciser { probable, manque } => html! {
            <>
                if let Some(p) = probable {
                    <p class="parcours">{ format!("Probablement : {}", p.label()) }</p>
                }
                if manque.is_empty() {
                    <p>{ "Aucun des quatre parcours du plan parisien ne correspond exactement à vos réponses : un référent fera le point avec vous." }</p>
                } else {
                    <p>{ "Le parcours reste à préciser : voir « Pour affiner » ci-dessous." }</p>
                }
            </>
        },
        VerdictParcours::NonApplicable { raisons } => html! { <Raisons raisons={raisons.clone()} /> },
    }
}

fn suggestion_html(s: &Suggestion) -> Html {
    let route = if s.genre == "service" { Route::Service { id: s.id.clone() } } else { Route::Structure { id: s.id.clone() } };
    html! {
        <li class="carte" key={s.id.clone()}>
            <h3 class="carte__titre"><a href={route.to_fragment()}>{ s.nom.clone() }</a></h3>
            if let Some(d) = s.distance_km {
                <p class="carte__meta">{ format!("À environ {} km", format_km(d)) }</p>
            }
            <BadgeStatut statut={s.statut} />
            <Raisons raisons={s.raisons.clone()} />
        </li>
    }
}

/// The professional's selection, printable as one sheet for the person.
#[component]
pub fn SelectionPage() -> Html {
    let donnees = use_donnees();
    let state = use_app_state();
    let dispatch = use_dispatch();
    let c = &donnees.catalogue;
    let services: Vec<_> = state.selection.iter().filter_map(|id| c.service(id)).collect();
    let memoriser = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| dispatch.dispatch(AppAction::MemoriserSelection(e.target_unchecked_into::<web_sys::HtmlInputElement>().checked())))
    };
    let vider = Callback::from(move |_| dispatch.dispatch(AppAction::ViderSelection));
    let imprimer = Callback::from(|_| browser::imprimer());
    html! {
        <>
            <div class="impression-seulement entete-impression">
                <p><strong>{ "Services proposés — Insertion Paris" }</strong></p>
                <p>{ format!("Catalogue version {} du {}", c.meta.version, date_fr(&c.meta.date)) }</p>
            </div>
            <h1>{ "Sélection pour la personne" }</h1>
            if services.is_empty() {
                <p>{ "Aucun service sélectionné. En mode professionnel, cochez « Ajouter à la sélection » dans le catalogue ou les résultats." }</p>
                <p><a href={Route::recherche("").to_fragment()}>{ "Parcourir le catalogue" }</a></p>
            } else {
                <ul class="cartes">
                    { for services.iter().map(|s| html! {
                        <li class="carte" key={s.id.clone()}>
                            <h2 class="carte__titre">{ s.nom.clone() }</h2>
                            <p class="carte__meta">{ lieu_en_clair(&s.lieu) }</p>
                            <BadgeStatut statut={s.statut} />
                            <p>{ s.description.clone() }</p>
                            if let Some(cond) = &s.conditions_acces { <p><strong>{ "Conditions : " }</strong>{ cond.clone() }</p> }
                            if let Some(m) = &s.mobilisation_precisions { <p><strong>{ "Comment : " }</strong>{ m.clone() }</p> }
                        </li>
                    }) }
                </ul>
                <div class="actions sans-impression">
                    <button type="button" class="bouton" onclick={imprimer}>{ "Imprimer la sélection" }</button>
                    <button type="button" class="bouton bouton--discret" onclick={vider}>{ "Vider la sélection" }</button>
                </div>
            }
            <p class="sans-impression">
                <input type="checkbox" id="memoriser" checked={state.memoriser_selection} onchange={memoriser} />
                <label for="memoriser">{ "Garder cette sélection dans ce navigateur (stockage local, rien n'est envoyé)" }</label>
            </p>
        </>
    }
}
