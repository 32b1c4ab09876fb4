//! The questionnaire: one question per screen, every question skippable, answers kept in the
//! address (never sent anywhere), focus on each new question's heading. The count is fixed
//! from the first question to the last: a question asked only to some (`afficher_si`) keeps
//! its number and is stepped over when it does not apply. Questions the home page's door
//! answered (`porte=` in the address) are not asked again.

use crate::i18n::Mots;
use crate::i18n::{Langue, Textes};
use crate::widgets::texte_catalogue;
use crate::{browser, use_app_state, use_donnees};
use offre_insertion::catalogue::regles::{FormeQuestion, Question};
use offre_insertion::catalogue::Catalogue;
use offre_insertion::orientation::answers::Saisie;
use offre_insertion::orientation::condition::{evaluer, Verdict};
use offre_insertion::orientation::{Champ, Personne, Reponses};
use offre_insertion::route::{query_param, Route};
use offre_insertion::share;
use yew::prelude::*;

/// The questions of this questionnaire, in order: all of them, but those the door answered.
pub fn questions_du_parcours<'a>(c: &'a Catalogue, porte: &[Champ]) -> Vec<&'a Question> {
    let mut qs: Vec<&Question> = c.questions.iter().filter(|q| !porte.contains(&q.champ)).collect();
    offre_insertion::text::trier(&mut qs, |a, b| a.ordre.cmp(&b.ordre));
    qs
}

/// Whether a question applies given the answers so far.
pub fn posee(q: &Question, r: &Reponses) -> bool {
    let personne = Personne { reponses: r.clone(), lieu: None };
    q.afficher_si.as_ref().is_none_or(|cond| evaluer(cond, &personne) == Verdict::Vrai)
}

/// The fields a door of the home page answered, from the address (`porte=res`).
pub fn porte(query: &str) -> Vec<Champ> {
    query_param(query, "porte").map_or_else(Vec::new, |v| v.split('.').filter_map(Champ::from_cle).collect())
}

/// The address's query for these answers, with the door's mark kept.
pub fn requete(r: &Reponses, porte: &[Champ]) -> String {
    let mut q = share::encode(r);
    if !porte.is_empty() {
        if !q.is_empty() {
            q.push('&');
        }
        q.push_str("porte=");
        q.push_str(&porte.iter().map(|c| c.cle()).collect::<Vec<_>>().join("."));
    }
    q
}

/// The step (1-based) where a field is asked, for links from the results.
pub fn etape_de(c: &Catalogue, query: &str, champ: Champ) -> usize {
    questions_du_parcours(c, &porte(query)).iter().position(|q| q.champ == champ).map_or(1, |i| i + 1)
}

/// The first question that applies at or after `depuis` (0-based), if any.
fn suivante(qs: &[&Question], r: &Reponses, depuis: usize) -> Option<usize> {
    (depuis..qs.len()).find(|&i| posee(qs[i], r))
}

/// The last question that applies before `avant` (0-based), if any.
fn precedente(qs: &[&Question], r: &Reponses, avant: usize) -> Option<usize> {
    (0..avant.min(qs.len())).rev().find(|&i| posee(qs[i], r))
}

/// Where going on leads: the question at `index`, or the results after the last one.
fn destination(index: Option<usize>, r: &Reponses, porte: &[Champ]) -> Route {
    let reponses = requete(r, porte);
    match index {
        Some(i) => Route::Questionnaire { etape: i + 1, reponses },
        None => Route::Resultats { reponses },
    }
}

/// Label of an option of an answer field, in the interface's language.
pub fn libelle(champ: Champ, code: &str, langue: Langue) -> String {
    champ.libelle_valeur(code, langue).unwrap_or(code).to_owned()
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub etape: usize,
    pub reponses: AttrValue,
}

#[component]
pub fn QuestionnairePage(props: &Props) -> Html {
    let donnees = use_donnees();
    let langue = use_app_state().langue;
    let (reponses, notices) = share::decode(&props.reponses);
    let porte = porte(&props.reponses);
    let questions = questions_du_parcours(&donnees.catalogue, &porte);
    let total = questions.len();
    // A step that does not apply (an old link, an answer changed) shows the next one that does.
    let demandee = props.etape.clamp(1, total.max(1)) - 1;
    let Some(index) = suivante(&questions, &reponses, demandee).or_else(|| precedente(&questions, &reponses, demandee))
    else {
        return html! { <p>{ langue.textes().questionnaire_vide }</p> };
    };
    let question = questions[index].clone();
    let precedent = precedente(&questions, &reponses, index).map(|i| destination(Some(i), &reponses, &porte));
    let passer = destination(suivante(&questions, &reponses, index + 1), &reponses, &porte);
    let derniere = suivante(&questions, &reponses, index + 1).is_none();
    html! {
        <QuestionForm key={format!("{}-{}", index, question.champ)} question={question.clone()} numero={index + 1} {total} {reponses}
            {porte} {precedent} {passer} {derniere}
            notices={notices.iter().map(|n| crate::avertissements::message(n, langue)).collect::<Vec<_>>()} />
    }
}

#[derive(Properties, PartialEq)]
struct FormProps {
    question: Question,
    /// The question's number (1-based) out of `total`.
    numero: usize,
    total: usize,
    reponses: Reponses,
    porte: Vec<Champ>,
    precedent: Option<Route>,
    passer: Route,
    /// No question applies after this one.
    derniere: bool,
    notices: Vec<String>,
}

#[component]
fn QuestionForm(props: &FormProps) -> Html {
    let donnees = use_donnees();
    let langue = use_app_state().langue;
    let t = langue.textes();
    let q = &props.question;
    let champ = q.champ;
    let (intitule, aide, pourquoi) = q.textes(langue);
    let draft = use_state(|| props.reponses.saisie(champ));
    let erreur = use_state(|| None::<String>);
    // Which button sent the form: « Suivant », or « Voir mes résultats maintenant ».
    let finir = use_mut_ref(|| false);
    // A place the index does not know waits for France's communes, then the form is sent again.
    let cherche_commune = use_state(|| false);
    let dispatch = crate::use_dispatch();
    {
        let (cherche_commune, finir) = (cherche_commune.clone(), finir.clone());
        use_effect_with((donnees.clone(), *cherche_commune), move |(donnees, cherche)| {
            if *cherche && donnees.france.is_none() {
                cherche_commune.set(false);
                let bouton = if *finir.borrow() { ".actions--secondaires" } else { ".actions--question" };
                browser::cliquer(&format!("form.question {bouton} button[type=submit]"));
            }
        });
    }
    let onsubmit = {
        let (draft, erreur, reponses, porte, finir) =
            (draft.clone(), erreur.clone(), props.reponses.clone(), props.porte.clone(), finir.clone());
        let cherche_commune = cherche_commune.clone();
        let index = props.numero - 1;
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (next, warnings) = reponses.repondre(&donnees.catalogue, champ, (*draft).clone());
            let inconnu = champ == Champ::CodePostal && !warnings.is_empty() && donnees.france.is_some();
            if inconnu {
                cherche_commune.set(true);
                dispatch.dispatch(crate::AppAction::DemanderFrance);
                return;
            }
            if let Some(w) = warnings.first() {
                erreur.set(Some(crate::avertissements::message(w, langue)));
                browser::focus_by_id("erreur-question");
                return;
            }
            // This step keeps its answer in the history, for the browser's back button.
            browser::remplacer(&destination(Some(index), &next, &porte));
            let questions = questions_du_parcours(&donnees.catalogue, &porte);
            let apres = if *finir.borrow() { None } else { suivante(&questions, &next, index + 1) };
            browser::naviguer(&destination(apres, &next, &porte));
        })
    };
    let bouton = |fin: bool| {
        let finir = finir.clone();
        Callback::from(move |_: MouseEvent| *finir.borrow_mut() = fin)
    };
    let input = champ_html(q, &draft, &erreur, langue);
    let progress = t.question_n_sur.n_avec(props.numero, &[("t", &props.total.to_string())]);
    html! {
        <>
            if !props.notices.is_empty() {
                <div class="notice" role="status">
                    <p>{ t.lien_partiel }</p>
                    <ul>{ for props.notices.iter().map(|n| html! { <li>{ n.clone() }</li> }) }</ul>
                </div>
            }
            <p class="progression">
                <span>{ progress.clone() }</span>
                <progress max={props.total.to_string()} value={props.numero.to_string()} aria-hidden="true">{ progress }</progress>
            </p>
            <form class="question" {onsubmit} novalidate=true aria-busy={cherche_commune.then_some("true")}>
                <h1 id="question-titre">{ texte_catalogue(&intitule, langue) }</h1>
                if let Some(a) = aide { <p class="aide" id="question-aide">{ texte_catalogue(&a, langue) }</p> }
                if let Some(e) = &*erreur {
                    <p class="erreur" id="erreur-question" role="alert" tabindex="-1">{ e.clone() }</p>
                }
                { input }
                if *cherche_commune {
                    <p role="status">{ langue.textes().recherche_commune }</p>
                }
                <div class="actions actions--question">
                    if let Some(p) = &props.precedent {
                        <a class="bouton bouton--discret" href={p.to_fragment()}>{ t.precedent }</a>
                    }
                    <button type="submit" class="bouton" onclick={bouton(false)}>{ if props.derniere { t.voir_resultats } else { t.suivant } }</button>
                </div>
                <p class="actions actions--secondaires">
                    <a class="bouton bouton--discret" href={props.passer.to_fragment()}>{ t.passer }</a>
                    if props.numero > 1 && !props.derniere {
                        <button type="submit" class="bouton bouton--discret" onclick={bouton(true)}>{ t.voir_resultats_maintenant }</button>
                    }
                </p>
                <details class="pourquoi">
                    <summary>{ t.pourquoi_question }</summary>
                    <p>{ texte_catalogue(&pourquoi, langue) }</p>
                </details>
            </form>
        </>
    }
}

fn champ_html(
    q: &Question,
    draft: &UseStateHandle<Saisie>,
    erreur: &UseStateHandle<Option<String>>,
    langue: Langue,
) -> Html {
    let t: &Textes = langue.textes();
    let described = if q.aide.is_some() { Some("question-aide") } else { None };
    let invalid = erreur.is_some().then_some("true");
    match q.forme {
        FormeQuestion::CodePostal | FormeQuestion::Nombre => {
            let numeric = q.forme == FormeQuestion::Nombre;
            let value = match &**draft {
                Saisie::Texte(s) => s.clone(),
                Saisie::Nombre(n) => n.to_string(),
                _ => String::new(),
            };
            let oninput = {
                let draft = draft.clone();
                Callback::from(move |e: InputEvent| {
                    let v = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
                    let v = v.trim().to_owned();
                    draft.set(if v.is_empty() {
                        Saisie::Vide
                    } else if numeric {
                        v.parse::<u64>().map_or(Saisie::Texte(v), Saisie::Nombre)
                    } else {
                        Saisie::Texte(v)
                    });
                })
            };
            // Written as people write it (« 22 ans », « Paris 13 », « 94 Vitry »): the core reads it.
            let (autocomplete, inputmode) = if numeric { ("off", "numeric") } else { ("postal-code", "text") };
            html! {
                <p>
                    <label for="reponse">{ if numeric { t.label_age } else { t.label_code_postal } }</label>
                    <input id="reponse" type="text" {inputmode} {autocomplete} maxlength="60" {value} {oninput}
                        aria-describedby={described} aria-invalid={invalid} class="champ-reponse" />
                </p>
            }
        }
        FormeQuestion::OuiNon => {
            let options = vec![("true".to_owned(), t.oui.to_owned()), ("false".to_owned(), t.non.to_owned())];
            let current = match &**draft {
                Saisie::Booleen(b) => b.to_string(),
                _ => String::new(),
            };
            radios(q, options, current, draft.clone(), |v| Saisie::Booleen(v == "true"))
        }
        FormeQuestion::ChoixUnique => {
            let options = q.options.iter().map(|o| (o.clone(), libelle(q.champ, o, langue))).collect();
            let current = match &**draft {
                Saisie::Texte(s) => s.clone(),
                _ => String::new(),
            };
            radios(q, options, current, draft.clone(), Saisie::Texte)
        }
        FormeQuestion::ChoixMultiple => checkboxes(q, draft.clone(), langue),
    }
}

fn radios(
    q: &Question,
    options: Vec<(String, String)>,
    current: String,
    draft: UseStateHandle<Saisie>,
    to_value: fn(String) -> Saisie,
) -> Html {
    html! {
        <fieldset class="choix" aria-labelledby="question-titre">
            { for options.into_iter().enumerate().map(|(i, (v, label))| {
                let id = format!("choix-{i}");
                let checked = v == current;
                let onchange = { let draft = draft.clone(); let v = v.clone(); Callback::from(move |_| draft.set(to_value(v.clone()))) };
                html! {
                    <p class="choix__option">
                        <label for={id.clone()}>
                            <input type="radio" name={q.champ.nom()} {id} value={v} {checked} {onchange} />
                            <span>{ label }</span>
                        </label>
                    </p>
                }
            }) }
        </fieldset>
    }
}

fn checkboxes(q: &Question, draft: UseStateHandle<Saisie>, langue: Langue) -> Html {
    let t = langue.textes();
    let (selected, answered_none): (Vec<String>, bool) = match &*draft {
        Saisie::Liste(items) => {
            (items.iter().filter_map(Saisie::as_str).map(str::to_owned).collect(), items.is_empty())
        }
        _ => (Vec::new(), false),
    };
    let set = |draft: &UseStateHandle<Saisie>, list: Vec<String>| draft.set(Saisie::liste(list));
    let has_own_none = q.options.iter().any(|o| o == "aucune");
    html! {
        <fieldset class="choix" aria-labelledby="question-titre">
            { for q.options.iter().enumerate().map(|(i, o)| {
                let id = format!("choix-{i}");
                let checked = selected.contains(o);
                let onchange = {
                    let (draft, o, selected) = (draft.clone(), o.clone(), selected.clone());
                    Callback::from(move |_| {
                        let mut list: Vec<String> = selected.iter().filter(|x| **x != o && (o == "aucune" || x.as_str() != "aucune")).cloned().collect();
                        if !checked {
                            if o == "aucune" { list.clear(); }
                            list.push(o.clone());
                        }
                        set(&draft, list);
                    })
                };
                html! {
                    <p class="choix__option">
                        <label for={id.clone()}>
                            <input type="checkbox" {id} value={o.clone()} {checked} {onchange} />
                            <span>{ libelle(q.champ, o, langue) }</span>
                        </label>
                    </p>
                }
            }) }
            if !has_own_none {
                <p class="choix__option">
                    <label for="choix-aucun">
                        <input type="checkbox" id="choix-aucun" checked={answered_none}
                            onchange={{ let draft = draft.clone(); Callback::from(move |_| if answered_none { draft.set(Saisie::Vide) } else { set(&draft, Vec::new()) }) }} />
                        <span>{ if q.champ == Champ::Freins { t.aucune_difficulte } else { t.aucune_situation } }</span>
                    </label>
                </p>
            }
        </fieldset>
    }
}
