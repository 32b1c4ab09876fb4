//! The glossary: every acronym the documents use, with its source.

use crate::ui::use_donnees;
use crate::ui::widgets::sources_html;
use yew::prelude::*;

#[component]
pub fn GlossairePage() -> Html {
    let donnees = use_donnees();
    let mut termes: Vec<_> = donnees.catalogue.glossaire.iter().collect();
    termes.sort_by_key(|t| crate::text::fold(&t.sigle));
    html! {
        <>
            <h1>{ "Glossaire" }</h1>
            <p>{ format!("{} sigles et termes de l'insertion, tels que les documents sources les définissent.", termes.len()) }</p>
            <dl class="glossaire">
                { for termes.into_iter().map(|t| html! {
                    <div class="glossaire__terme" key={t.sigle.clone()}>
                        <dt lang="fr"><abbr title={t.developpe.clone()}>{ t.sigle.clone() }</abbr></dt>
                        <dd>
                            <p class="glossaire__developpe">{ t.developpe.clone() }</p>
                            if let Some(d) = &t.definition { <p>{ d.clone() }</p> }
                            { sources_html(&t.source) }
                        </dd>
                    </div>
                }) }
            </dl>
        </>
    }
}
