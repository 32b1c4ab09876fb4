//! The questionnaire: one question per screen, every question skippable, answers kept in the
//! address (never sent anywhere), focus on each new question's heading.

use crate::i18n::Mots;
use crate::i18n::{Langue, Textes};
use crate::widgets::texte_catalogue;
use crate::{browser, use_app_state, use_donnees};
use offre_insertion::catalogue::regles::{FormeQuestion, Question};
use offre_insertion::catalogue::Catalogue;
use offre_insertion::orientation::answers::Saisie;
use offre_insertion::orientation::condition::{evaluer, Verdict};
use offre_insertion::orientation::{Champ, Personne, Reponses};
use offre_insertion::route::Route;
use offre_insertion::share;
use yew::prelude::*;

/// The questions to ask given the answers so far, in order.
pub fn questions_visibles<'a>(c: &'a Catalogue, r: &Reponses) -> Vec<&'a Question> {
    let personne = Personne { reponses: r.clone(), lieu: None };
    let mut qs: Vec<&Question> = c
        .questions
        .iter()
        .filter(|q| q.afficher_si.as_ref().is_none_or(|cond| evaluer(cond, &personne) == Verdict::Vrai))
        .collect();
    offre_insertion::text::trier(&mut qs, |a, b| a.ordre.cmp(&b.ordre));
    qs
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
    let questions = questions_visibles(&donnees.catalogue, &reponses);
    let total = questions.len();
    let etape = props.etape.min(total.max(1));
    let Some(question) = questions.get(etape - 1).copied().cloned() else {
        return html! { <p>{ langue.textes().questionnaire_vide }</p> };
    };
    html! {
        <QuestionForm key={format!("{}-{}", etape, question.champ)} question={question.clone()} {etape} {total} reponses={reponses} notices={notices.iter().map(|n| crate::avertissements::message(n, langue)).collect::<Vec<_>>()} />
    }
}

#[derive(Properties, PartialEq)]
struct FormProps {
    question: Question,
    etape: usize,
    total: usize,
    reponses: Reponses,
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
    let aller = |etape: usize, r: &Reponses, total: usize| {
        let reponses = share::encode(r);
        if etape > total {
            Route::Resultats { reponses }
        } else {
            Route::Questionnaire { etape: etape.max(1), reponses }
        }
    };
    let precedent = (props.etape > 1).then(|| aller(props.etape - 1, &props.reponses, props.total).to_fragment());
    let passer = aller(props.etape + 1, &props.reponses, props.total).to_fragment();
    let onsubmit = {
        let (draft, erreur, reponses, champ, etape) =
            (draft.clone(), erreur.clone(), props.reponses.clone(), champ, props.etape);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (next, warnings) = reponses.avec(champ, (*draft).clone());
            if let Some(w) = warnings.first() {
                erreur.set(Some(crate::avertissements::message(w, langue)));
                browser::focus_by_id("erreur-question");
                return;
            }
            // Later questions may appear or disappear with this answer: count again.
            let total = questions_visibles(&donnees.catalogue, &next).len();
            browser::naviguer(&aller(etape + 1, &next, total));
        })
    };
    let input = champ_html(q, &draft, &erreur, langue);
    let progress = (t.question_n_sur)(props.etape, props.total);
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
                <progress max={props.total.to_string()} value={props.etape.to_string()} aria-hidden="true">{ progress }</progress>
            </p>
            <form class="question" {onsubmit} novalidate=true>
                <h1 id="question-titre">{ texte_catalogue(&intitule, langue) }</h1>
                if let Some(a) = aide { <p class="aide" id="question-aide">{ texte_catalogue(&a, langue) }</p> }
                if let Some(e) = &*erreur {
                    <p class="erreur" id="erreur-question" role="alert" tabindex="-1">{ e.clone() }</p>
                }
                { input }
                <details class="pourquoi">
                    <summary>{ t.pourquoi_question }</summary>
                    <p>{ texte_catalogue(&pourquoi, langue) }</p>
                </details>
                <div class="actions">
                    <button type="submit" class="bouton">{ if props.etape >= props.total { t.voir_resultats } else { t.suivant } }</button>
                    <a class="bouton bouton--discret" href={passer}>{ t.passer }</a>
                    if let Some(p) = precedent {
                        <a class="bouton bouton--discret" href={p}>{ t.precedent }</a>
                    }
                </div>
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
            let (autocomplete, maxlength) = if numeric { ("off", "3") } else { ("postal-code", "5") };
            html! {
                <p>
                    <label for="reponse">{ if numeric { t.label_age } else { t.label_code_postal } }</label>
                    <input id="reponse" type="text" inputmode="numeric" {autocomplete} {maxlength} {value} {oninput}
                        aria-describedby={described} aria-invalid={invalid} class="champ-court" />
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
                        <input type="radio" name={q.champ.nom()} id={id.clone()} value={v} {checked} {onchange} />
                        <label for={id}>{ label }</label>
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
                        <input type="checkbox" id={id.clone()} value={o.clone()} {checked} {onchange} />
                        <label for={id}>{ libelle(q.champ, o, langue) }</label>
                    </p>
                }
            }) }
            if !has_own_none {
                <p class="choix__option">
                    <input type="checkbox" id="choix-aucun" checked={answered_none}
                        onchange={{ let draft = draft.clone(); Callback::from(move |_| if answered_none { draft.set(Saisie::Vide) } else { set(&draft, Vec::new()) }) }} />
                    <label for="choix-aucun">{ if q.champ == Champ::Freins { t.aucune_difficulte } else { t.aucune_situation } }</label>
                </p>
            }
        </fieldset>
    }
}
