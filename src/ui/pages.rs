//! One component per screen.

use crate::route::Route;
use yew::prelude::*;

pub fn view(route: &Route) -> Html {
    match route {
        Route::Accueil => html! { <Accueil /> },
        Route::Catalogue { .. } => html! { <EnPreparation titre="Catalogue" /> },
        Route::Glossaire => html! { <EnPreparation titre="Glossaire" /> },
        Route::APropos => html! { <APropos /> },
        Route::Introuvable { fragment } => html! { <Introuvable fragment={fragment.clone()} /> },
    }
}

#[component]
fn Accueil() -> Html {
    html! {
        <>
            <h1>{ "Trouver un accompagnement vers l'emploi à Paris" }</h1>
            <p class="chapeau">
                { "Les services d'insertion de Paris réunis en un seul endroit : qui peut vous aider, \
                   pour quoi, et par où commencer." }
            </p>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct EnPreparationProps {
    titre: AttrValue,
}

#[component]
fn EnPreparation(props: &EnPreparationProps) -> Html {
    html! {
        <>
            <h1>{ props.titre.clone() }</h1>
            <p>{ "Cette page est en préparation." }</p>
            <p><a href="#/">{ "Retour à l'accueil" }</a></p>
        </>
    }
}

#[component]
fn APropos() -> Html {
    html! {
        <>
            <h1>{ "À propos" }</h1>
            <h2>{ "Vos données" }</h2>
            <p>{ "Cette application fonctionne entièrement dans votre navigateur. Vos réponses ne sont \
                  envoyées à aucun serveur : elles restent dans l'adresse de la page et, seulement si \
                  vous le demandez, dans la mémoire de votre navigateur." }</p>
            <p>{ format!("Version de l'application : {}", crate::APP_VERSION) }</p>
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
            <p><a href="#/">{ "Retour à l'accueil" }</a></p>
        </>
    }
}
