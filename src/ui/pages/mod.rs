//! One component per screen.

mod apropos;
mod catalogue;
mod fiche;
mod glossaire;
mod plan;
mod questionnaire;
mod resultats;

use crate::route::Route;
use yew::prelude::*;

pub fn view(route: &Route) -> Html {
    match route {
        Route::Accueil => html! { <Accueil /> },
        Route::Catalogue { q, filtres } => html! { <catalogue::CataloguePage q={q.clone()} filtres={filtres.clone()} /> },
        Route::Service { id } => html! { <fiche::FicheService id={id.clone()} /> },
        Route::Structure { id } => html! { <fiche::FicheStructure id={id.clone()} /> },
        Route::Questionnaire { etape, reponses } => html! { <questionnaire::QuestionnairePage etape={*etape} reponses={reponses.clone()} /> },
        Route::Resultats { reponses } => html! { <resultats::ResultatsPage reponses={reponses.clone()} /> },
        Route::Selection => html! { <resultats::SelectionPage /> },
        Route::Plan => html! { <plan::PlanPage /> },
        Route::Glossaire => html! { <glossaire::GlossairePage /> },
        Route::APropos => html! { <apropos::APropos /> },
        Route::Introuvable { fragment } => html! { <Introuvable fragment={fragment.clone()} /> },
    }
}

/// The entry doors of the home page: plain words, each leading somewhere useful.
fn portes() -> Vec<(&'static str, &'static str, Route)> {
    let q = |reponses: &str| Route::Questionnaire { etape: 1, reponses: reponses.to_owned() };
    vec![
        ("Je cherche un emploi", "Qui peut m'aider, près de chez moi.", q("proj=emploi")),
        ("Je perçois le RSA", "Mon Espace Parisien pour l'Insertion et mon référent.", q("res=rsa")),
        ("J'ai moins de 26 ans", "La Mission Locale et les aides pour les jeunes.", Route::recherche("jeunes")),
        ("Je veux me former", "Formations, français, numérique.", q("proj=formation")),
        ("Je veux créer mon activité", "Accompagnement et financement.", q("proj=creation_activite")),
        ("Je suis professionnel·le", "Tout le catalogue, avec les conditions d'accès.", Route::recherche("")),
    ]
}

#[component]
fn Accueil() -> Html {
    let search_ref = use_node_ref();
    let onsubmit = {
        let search_ref = search_ref.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let q = search_ref.cast::<web_sys::HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            super::browser::naviguer(&Route::recherche(q.trim()));
        })
    };
    html! {
        <>
            <h1>{ "Trouver un accompagnement vers l'emploi à Paris" }</h1>
            <p class="chapeau">
                { "Les services d'insertion de Paris réunis en un seul endroit : qui peut vous aider, \
                   pour quoi, et par où commencer." }
            </p>
            <form class="recherche" role="search" {onsubmit}>
                <label for="recherche-accueil">{ "Rechercher un service, un lieu, un sigle" }</label>
                <div class="recherche__ligne">
                    <input id="recherche-accueil" type="search" name="q" ref={search_ref} autocomplete="off" placeholder="Ex. : garde d'enfants, PLIE, formation" />
                    <button type="submit" class="bouton">{ "Rechercher" }</button>
                </div>
            </form>
            <h2>{ "Par où commencer ?" }</h2>
            <ul class="portes">
                { for portes().into_iter().map(|(titre, aide, route)| html! {
                    <li><a class="porte" href={route.to_fragment()}><span class="porte__titre">{ titre }</span><span class="porte__aide">{ aide }</span></a></li>
                }) }
            </ul>
            <p>
                <a class="bouton" href={Route::Questionnaire { etape: 1, reponses: String::new() }.to_fragment()}>{ "Répondre à quelques questions pour être orienté·e" }</a>
            </p>
            <p class="discret">{ "Environ 10 questions, toutes facultatives. Vos réponses restent sur votre appareil." }</p>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct IntrouvableProps {
    pub fragment: AttrValue,
}

#[component]
pub fn Introuvable(props: &IntrouvableProps) -> Html {
    html! {
        <>
            <h1>{ "Page introuvable" }</h1>
            <p>{ "L'adresse « " }<code>{ props.fragment.clone() }</code>{ " » ne correspond à aucune page de ce site." }</p>
            <ul>
                <li><a href="#/">{ "Retour à l'accueil" }</a></li>
                <li><a href={Route::recherche("").to_fragment()}>{ "Parcourir le catalogue" }</a></li>
            </ul>
        </>
    }
}
