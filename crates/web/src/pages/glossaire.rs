//! The glossary: every acronym the documents use, with its source (terms stay in French).

use crate::i18n::{Langue, Mots};
use crate::widgets::{sources_html, Fr};
use yew::prelude::*;

pub fn glossaire(donnees: &crate::Donnees, langue: Langue) -> Html {
    let t = langue.textes();
    let mut termes: Vec<_> =
        donnees.catalogue.glossaire.iter().map(|t| (offre_insertion::text::fold(&t.sigle), t)).collect();
    offre_insertion::text::trier(&mut termes, |a, b| a.0.cmp(&b.0));
    html! {
        <>
            <h1>{ t.glossaire_titre }</h1>
            <p>{ t.glossaire_intro.n(termes.len()) }</p>
            <Fr tag="dl" class="glossaire">
                { for termes.into_iter().map(|(_, terme)| html! {
                    <div class="glossaire__terme" key={terme.sigle.clone()}>
                        <dt><abbr title={terme.developpe.clone()}>{ terme.sigle.clone() }</abbr></dt>
                        <dd>
                            <p class="glossaire__developpe">{ terme.developpe.clone() }</p>
                            if let Some(d) = &terme.definition { <p>{ d.clone() }</p> }
                            { sources_html(&terme.source, langue) }
                        </dd>
                    </div>
                }) }
            </Fr>
        </>
    }
}
