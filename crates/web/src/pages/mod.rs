//! One component per screen.

mod apropos;
mod catalogue;
mod fiche;
mod glossaire;
mod plan;
mod questionnaire;
mod resultats;
pub mod selection;

use offre_insertion::route::Route;
use yew::prelude::*;

pub fn view(route: &Route) -> Html {
    match route {
        Route::Accueil => html! { <Accueil /> },
        Route::Catalogue { q, filtres } => {
            html! { <catalogue::CataloguePage q={q.clone()} filtres={filtres.clone()} /> }
        }
        Route::Service { id } => html! { <fiche::FicheService id={id.clone()} /> },
        Route::Structure { id } => html! { <fiche::FicheStructure id={id.clone()} /> },
        Route::Questionnaire { etape, reponses } => {
            html! { <questionnaire::QuestionnairePage etape={*etape} reponses={reponses.clone()} /> }
        }
        Route::Resultats { reponses } => html! { <resultats::ResultatsPage reponses={reponses.clone()} /> },
        Route::Selection => html! { <selection::SelectionPage /> },
        Route::ServicesProposes { ids } => html! { <selection::ServicesProposesPage ids={ids.clone()} /> },
        Route::Plan => html! { <plan::PlanPage /> },
        Route::Glossaire => html! { <glossaire::GlossairePage /> },
        Route::APropos => html! { <apropos::APropos /> },
        Route::Introuvable { fragment } => html! { <Introuvable fragment={fragment.clone()} /> },
    }
}

/// Where the home page's six doors lead (their words are in the language tables).
fn portes() -> [Route; 6] {
    let q = |reponses: &str| Route::Questionnaire { etape: 1, reponses: reponses.to_owned() };
    [
        // `porte=`: the question the door answers is not asked again.
        q("proj=emploi&porte=proj"),
        q("res=rsa&porte=res"),
        Route::recherche("jeunes"),
        q("proj=formation&porte=proj"),
        q("proj=creation_activite&porte=proj"),
        Route::recherche(""),
    ]
}

#[component]
fn Accueil() -> Html {
    let t = crate::use_textes();
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
            <h1>{ t.accueil_titre }</h1>
            <p class="chapeau">{ t.accueil_chapeau }</p>
            <form class="recherche" role="search" {onsubmit}>
                <label for="recherche-accueil">{ t.recherche_label }</label>
                <div class="recherche__ligne">
                    <input id="recherche-accueil" type="search" name="q" ref={search_ref} autocomplete="off" placeholder={t.recherche_exemple} />
                    <button type="submit" class="bouton">{ t.rechercher }</button>
                </div>
            </form>
            // Above the fold on a phone: the search and the questionnaire, then the doors.
            <p class="accueil__questionnaire">
                <a class="bouton" href={Route::Questionnaire { etape: 1, reponses: String::new() }.to_fragment()}>{ t.questionnaire_cta }</a>
            </p>
            <p class="discret">{ t.questionnaire_duree }</p>
            <h2>{ t.par_ou_commencer }</h2>
            <ul class="portes">
                { for t.portes.iter().zip(portes()).map(|((titre, aide), route)| html! {
                    <li><a class="porte" href={route.to_fragment()}><span class="porte__titre">{ *titre }</span><span class="porte__aide">{ *aide }</span></a></li>
                }) }
            </ul>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct IntrouvableProps {
    pub fragment: AttrValue,
}

#[component]
pub fn Introuvable(props: &IntrouvableProps) -> Html {
    let t = crate::use_textes();
    html! {
        <>
            <h1>{ t.introuvable_titre }</h1>
            <p>{ t.introuvable_texte.0 }<code>{ props.fragment.clone() }</code>{ t.introuvable_texte.1 }</p>
            <ul>
                <li><a href="#/">{ t.retour_accueil }</a></li>
                <li><a href={Route::recherche("").to_fragment()}>{ t.parcourir_catalogue }</a></li>
            </ul>
        </>
    }
}
