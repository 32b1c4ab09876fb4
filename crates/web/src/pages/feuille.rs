//! The feuille de route the referent prints (or saves as PDF) for the person: for each service,
//! what it is, why, where and when, what to check or bring, the next step; a QR code back to the
//! same results; in the person's language, whatever the screen's. Also the exports (CSV, e-mail)
//! and, in mode professionnel, each suggestion's conditions against the answers.
//!
//! The sheet's words live here, one table per language, apart from `i18n.rs`.

use crate::coordonnees::{jour, plages};
use crate::i18n::Langue;
use crate::phrases::{self, contenu_fr};
use crate::{browser, use_app_state, use_donnees};
use offre_insertion::catalogue::horaires::{Horaires, JoursFeries};
use offre_insertion::catalogue::{Catalogue, Service};
use offre_insertion::feuille::{self, a_verifier, adresse, entrees, prochain_pas, Entree, ProchainPas};
use offre_insertion::orientation::{criteres, orienter, Constat, Critere, Groupe, Personne};
use offre_insertion::route::Route;
use offre_insertion::share;
use offre_insertion::territoire::{Territoire, PARIS};
use yew::prelude::*;

/// The sheet's own words in one language.
pub struct MotsFeuille {
    pub titre: &'static str,
    pub date: &'static str,
    pub referent: &'static str,
    pub structure: &'static str,
    pub rendez_vous: &'static str,
    pub pourquoi: &'static str,
    pub choisi: &'static str,
    pub ou_quand: &'static str,
    pub horaires_inconnus: &'static str,
    pub horaires_tels_quels: &'static str,
    /// « demandez-les à … » / « … à votre conseiller ou à votre mairie ».
    pub coordonnees_inconnues: (&'static str, &'static str),
    pub feries: &'static str,
    pub a_verifier: &'static str,
    pub etape: &'static str,
    pub par_le_referent: &'static str,
    pub telephoner: &'static str,
    pub se_presenter: &'static str,
    pub en_ligne: &'static str,
    pub courriel: &'static str,
    pub se_renseigner: &'static str,
    pub qr: &'static str,
    pub aucun: &'static str,
    pub sujet: &'static str,
    // The screen's controls (in the screen's language).
    pub langue_feuille: &'static str,
    pub imprimer: &'static str,
    pub csv: &'static str,
    pub preparer_courriel: &'static str,
    pub jamais_garde: &'static str,
    pub ouvrir: &'static str,
    // The checklist of conditions.
    pub conditions_reponses: &'static str,
    pub constats: [&'static str; 3],
    /// « Avoir de 16 à 25 ans », « … 16 ans ou plus », « … 25 ans ou moins ».
    pub age: [&'static str; 6],
    pub ressources: &'static str,
    pub situations: &'static str,
    pub inscrit: [&'static str; 2],
    pub enfant: [&'static str; 2],
    pub habiter: &'static str,
}

const FR: MotsFeuille = MotsFeuille {
    titre: "Feuille de route",
    date: "Date : ",
    referent: "Conseiller ou conseillère",
    structure: "Structure",
    rendez_vous: "Prochain rendez-vous",
    pourquoi: "Pourquoi : ",
    choisi: "Choisi avec votre conseiller ou conseillère.",
    ou_quand: "Où et quand : ",
    horaires_inconnus: "Horaires non connus ici : appelez avant de vous déplacer.",
    horaires_tels_quels: "Horaires, tels que donnés : ",
    coordonnees_inconnues: (
        "Adresse et horaires non connus ici : demandez-les à ",
        "Adresse et horaires non connus ici : demandez-les à votre conseiller ou à votre mairie.",
    ),
    feries: "fermé les jours fériés",
    a_verifier: "À vérifier ou apporter :",
    etape: "Prochaine étape : ",
    par_le_referent: "votre conseiller ou conseillère fait la demande avec vous.",
    telephoner: "appelez le ",
    se_presenter: "présentez-vous à l'adresse ci-dessus, aux horaires d'ouverture.",
    en_ligne: "faites la demande en ligne : ",
    courriel: "écrivez à ",
    se_renseigner: "demandez à votre conseiller ou conseillère comment faire la demande.",
    qr: "Scannez ce code avec votre téléphone pour retrouver ces services.",
    aucun: "Aucun service à inscrire sur la feuille.",
    sujet: "Votre feuille de route",
    langue_feuille: "Langue de la feuille",
    imprimer: "Imprimer ou enregistrer en PDF",
    csv: "Télécharger le tableau (CSV)",
    preparer_courriel: "Préparer un e-mail pour la personne",
    jamais_garde: "Ces champs sont imprimés, jamais enregistrés.",
    ouvrir: "Feuille de route",
    conditions_reponses: "Conditions, d'après les réponses",
    constats: ["confirmé par les réponses", "contredit par les réponses", "à vérifier"],
    age: ["Avoir ", "de ", " à ", " ans", " ans ou plus", " ans ou moins"],
    ressources: "Percevoir : ",
    situations: "Être dans l'une de ces situations : ",
    inscrit: ["Être inscrit ou inscrite à France Travail", "Ne pas être inscrit ou inscrite à France Travail"],
    enfant: ["Avoir un enfant de moins de 3 ans", "Ne pas avoir d'enfant de moins de 3 ans"],
    habiter: "Habiter : ",
};

const EN: MotsFeuille = MotsFeuille {
    titre: "Action plan",
    date: "Date: ",
    referent: "Adviser",
    structure: "Organisation",
    rendez_vous: "Next appointment",
    pourquoi: "Why: ",
    choisi: "Chosen with your adviser.",
    ou_quand: "Where and when: ",
    horaires_inconnus: "Opening hours not known here: call before you go.",
    horaires_tels_quels: "Opening hours, as given: ",
    coordonnees_inconnues: (
        "Address and opening hours not known here: ask ",
        "Address and opening hours not known here: ask your adviser or your town hall.",
    ),
    feries: "closed on public holidays",
    a_verifier: "To check or bring:",
    etape: "Next step: ",
    par_le_referent: "your adviser makes the request with you.",
    telephoner: "call ",
    se_presenter: "go to the address above, during opening hours.",
    en_ligne: "apply online: ",
    courriel: "write to ",
    se_renseigner: "ask your adviser how to apply.",
    qr: "Scan this code with your phone to find these services again.",
    aucun: "No service to put on the sheet.",
    sujet: "Your action plan",
    langue_feuille: "Language of the sheet",
    imprimer: "Print or save as PDF",
    csv: "Download the table (CSV)",
    preparer_courriel: "Prepare an e-mail for the person",
    jamais_garde: "These fields are printed, never stored.",
    ouvrir: "Action plan",
    conditions_reponses: "Conditions, from the answers",
    constats: ["confirmed by the answers", "contradicted by the answers", "to check"],
    age: ["Be aged ", "", " to ", "", " or older", " or younger"],
    ressources: "Receive: ",
    situations: "Be in one of these situations: ",
    inscrit: ["Be registered with France Travail", "Not be registered with France Travail"],
    enfant: ["Have a child under 3", "Have no child under 3"],
    habiter: "Live in: ",
};

const AR: MotsFeuille = MotsFeuille {
    titre: "خطة الطريق",
    date: "التاريخ: ",
    referent: "المستشار أو المستشارة",
    structure: "الجهة",
    rendez_vous: "الموعد القادم",
    pourquoi: "السبب: ",
    choisi: "اختيرت مع مستشارك.",
    ou_quand: "المكان والمواعيد: ",
    horaires_inconnus: "مواعيد الاستقبال غير معروفة هنا: اتصل قبل أن تتنقّل.",
    horaires_tels_quels: "مواعيد الاستقبال كما وردت: ",
    coordonnees_inconnues: (
        "العنوان والمواعيد غير معروفة هنا: اطلبها من ",
        "العنوان والمواعيد غير معروفة هنا: اطلبها من مستشارك أو من البلدية.",
    ),
    feries: "مغلق في أيام العطل الرسمية",
    a_verifier: "ما يجب التحقق منه أو إحضاره:",
    etape: "الخطوة التالية: ",
    par_le_referent: "يقدّم مستشارك الطلب معك.",
    telephoner: "اتصل بالرقم ",
    se_presenter: "توجّه إلى العنوان أعلاه في مواعيد الاستقبال.",
    en_ligne: "قدّم الطلب عبر الإنترنت: ",
    courriel: "اكتب إلى ",
    se_renseigner: "اسأل مستشارك عن طريقة تقديم الطلب.",
    qr: "امسح هذا الرمز بهاتفك لتجد هذه الخدمات من جديد.",
    aucun: "لا توجد خدمة لإدراجها في الورقة.",
    sujet: "خطة الطريق الخاصة بك",
    langue_feuille: "لغة الورقة",
    imprimer: "طباعة أو حفظ بصيغة PDF",
    csv: "تنزيل الجدول (CSV)",
    preparer_courriel: "إعداد رسالة إلكترونية للشخص",
    jamais_garde: "تُطبع هذه الحقول ولا تُحفظ أبدًا.",
    ouvrir: "خطة الطريق",
    conditions_reponses: "الشروط حسب الأجوبة",
    constats: ["تؤكده الأجوبة", "تنفيه الأجوبة", "يجب التحقق"],
    age: ["أن يكون العمر ", "من ", " إلى ", " سنة", " سنة فما فوق", " سنة فما دون"],
    ressources: "أن تتقاضى: ",
    situations: "أن تكون في إحدى هذه الحالات: ",
    inscrit: ["أن تكون مسجّلًا في France Travail", "ألا تكون مسجّلًا في France Travail"],
    enfant: ["أن يكون لديك طفل دون 3 سنوات", "ألا يكون لديك طفل دون 3 سنوات"],
    habiter: "أن تسكن في: ",
};

pub fn mots(langue: Langue) -> &'static MotsFeuille {
    match langue {
        Langue::Fr => &FR,
        Langue::En => &EN,
        Langue::Ar => &AR,
    }
}

/// Services a sheet lists at most: two A4 pages.
const SUR_LA_FEUILLE: usize = 6;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub reponses: AttrValue,
    pub ids: Vec<String>,
    pub langue: Langue,
}

#[component]
pub fn FeuillePage(props: &Props) -> Html {
    let donnees = use_donnees();
    let ecran = use_app_state().langue;
    let c = &donnees.catalogue;
    let (l, m, e) = (props.langue, mots(props.langue), mots(ecran));
    let (reponses, _) = share::decode(&props.reponses);
    let resultat = {
        let (donnees, reponses) = (donnees.clone(), reponses.clone());
        use_memo(props.reponses.clone(), move |_| orienter(&donnees.catalogue, &reponses))
    };
    // A selection lists its services; otherwise the first entry point and the confirmed services.
    let suggestions: Vec<_> = resultat.points_entree.iter().take(1).chain(&resultat.services).collect();
    let ids: Vec<String> = if props.ids.is_empty() {
        suggestions.iter().filter(|s| s.groupe == Groupe::Confirme).map(|s| s.id.clone()).collect()
    } else {
        props.ids.clone()
    };
    let liste: Vec<Entree> = entrees(c, &ids).into_iter().take(SUR_LA_FEUILLE).collect();
    // The phone opens the same results (the answers in the fragment), or the same services.
    let partage = if props.ids.is_empty() {
        Route::Resultats { reponses: props.reponses.to_string() }
    } else {
        Route::ServicesProposes { ids: liste.iter().map(|e| e.id().to_owned()).collect() }
    };
    // The page's own address and today's date, read once drawn (a page rendered ahead has neither).
    let lieu = use_state(|| None::<(String, String)>);
    {
        let (lieu, fragment) = (lieu.clone(), partage.to_fragment());
        use_effect_with(fragment, move |_| {
            let base = browser::adresse_de(&Route::Accueil);
            let base = base.trim_end_matches("#/").to_owned();
            let date = browser::maintenant().map(|d| format!("{:04}-{:02}-{:02}", d.annee, d.mois, d.jour));
            lieu.set(Some((base, date.unwrap_or_default())));
        });
    }
    let (base, aujourdhui) = (*lieu).clone().unwrap_or_default();
    let lien = |r: &Route| format!("{base}{}", r.to_fragment());
    let lien_partage = lien(&partage);
    let imprimer = Callback::from(|_| browser::imprimer());
    let langues = Langue::ALL.map(|x| {
        let route = Route::Feuille { reponses: props.reponses.to_string(), ids: props.ids.clone(), langue: x };
        html! {
            <a class="bouton bouton--discret" href={route.to_fragment()} lang={x.code()} aria-current={(x == l).then_some("true")}>{ x.nom() }</a>
        }
    });
    let lignes: Vec<String> = liste
        .iter()
        .map(|x| {
            let ou = x.contact(c).and_then(|(k, lieu)| adresse(k, lieu).or(k.telephone.clone()));
            format!("• {}{}", x.nom(), ou.map(|o| format!(" — {o}")).unwrap_or_default())
        })
        .collect();
    html! {
        <>
            <h1 class="sans-impression">{ e.ouvrir }</h1>
            <div class="actions sans-impression">
                <p role="group" aria-label={e.langue_feuille}>{ e.langue_feuille }{ " : " }{ for langues }</p>
            </div>
            <article class="feuille" lang={l.code()} dir={l.dir()}>
                <header class="feuille__entete">
                    <h2>{ m.titre }</h2>
                    <p>{ m.date }{ phrases::date_iso(&aujourdhui, l) }</p>
                    <p class="feuille__champs">
                        { for [("feuille-referent", m.referent), ("feuille-structure", m.structure), ("feuille-rdv", m.rendez_vous)].map(|(id, libelle)| html! {
                            <span><label for={id}>{ libelle }</label><input type="text" id={id} autocomplete="off" /></span>
                        }) }
                    </p>
                    <p class="sans-impression">{ e.jamais_garde }</p>
                </header>
                if liste.is_empty() {
                    <p>{ m.aucun }</p>
                }
                <ol class="feuille__services">
                    { for liste.iter().map(|x| {
                        let raison = suggestions.iter().find(|s| s.id == x.id()).and_then(|s| s.raisons.first());
                        service_html(*x, raison.map(|r| phrases::raison(r, c, l)), c, l)
                    }) }
                </ol>
                if let Some(q) = offre_insertion::qr::qr(&lien_partage).filter(|_| !base.is_empty()) {
                    <figure class="feuille__qr">
                        <svg viewBox={format!("0 0 {0} {0}", q.taille)} role="img" aria-label={m.qr} shape-rendering="crispEdges">
                            <rect width="100%" height="100%" fill="#fff" />
                            <path d={q.chemin} fill="#000" />
                        </svg>
                        <figcaption>{ m.qr }</figcaption>
                    </figure>
                }
            </article>
            if !liste.is_empty() {
                <div class="actions sans-impression">
                    <button type="button" class="bouton" onclick={imprimer}>{ e.imprimer }</button>
                    <a class="bouton bouton--discret" download="selection.csv" href={feuille::lien_csv(&feuille::csv(c, &liste, lien))}>{ e.csv }</a>
                    <a class="bouton bouton--discret" href={feuille::courriel(m.sujet, &lignes, &lien_partage)}>{ e.preparer_courriel }</a>
                </div>
            }
        </>
    }
}

/// One service on the sheet.
fn service_html(x: Entree, raison: Option<Html>, c: &Catalogue, l: Langue) -> Html {
    let m = mots(l);
    let dir = (l != Langue::Fr).then_some("ltr");
    let contact = x.contact(c);
    let (description, conditions) = match x {
        Entree::Service(s) => (&s.description, s.conditions_acces.as_deref()),
        Entree::Structure(s) => (&s.description, None),
    };
    let items: Vec<Html> = match (conditions, x) {
        (Some(texte), _) => a_verifier(texte).into_iter().map(|i| contenu_fr(&i, l)).collect(),
        (None, Entree::Service(s)) => criteres(s, &Personne::de(c, &Default::default()))
            .into_iter()
            .map(|(cr, _)| html! { { critere(&cr, c, l) } })
            .collect(),
        (None, Entree::Structure(_)) => Vec::new(),
    };
    let ou_quand = match contact {
        Some((k, lieu)) => html! {
            <>
                if let Some(a) = adresse(k, lieu) { { contenu_fr(&a, l) }{ " · " } }
                if let Some(t) = &k.telephone { <bdi dir="ltr">{ t.clone() }</bdi>{ " · " } }
                { match (&k.horaires, &k.horaires_accueil) {
                    (Some(h), _) if h.reguliers => html! { { horaires(h, l) } },
                    (_, Some(brut)) => html! { <>{ m.horaires_tels_quels }<bdi dir="ltr">{ brut.clone() }</bdi></> },
                    _ => html! { { m.horaires_inconnus } },
                } }
            </>
        },
        None => {
            let general = c.meta.contact_general.as_deref().and_then(|id| c.structure(id));
            match general.and_then(|g| Some((g, g.contact.telephone.as_ref()?))) {
                Some((g, tel)) => {
                    html! { <>{ m.coordonnees_inconnues.0 }{ contenu_fr(&g.nom, l) }{ " (" }<bdi dir="ltr">{ tel.clone() }</bdi>{ ")." }</> }
                }
                None => html! { { m.coordonnees_inconnues.1 } },
            }
        }
    };
    let pas = match prochain_pas(x, contact.map(|k| k.0)) {
        ProchainPas::ParLeReferent => html! { { m.par_le_referent } },
        ProchainPas::Precisions(p) => contenu_fr(&p, l),
        ProchainPas::Telephoner(t) => html! { <>{ m.telephoner }<bdi dir="ltr">{ t }</bdi>{ "." }</> },
        ProchainPas::SePresenter => html! { { m.se_presenter } },
        ProchainPas::EnLigne(u) => html! { <>{ m.en_ligne }<bdi dir="ltr">{ u }</bdi></> },
        ProchainPas::Courriel(u) => html! { <>{ m.courriel }<bdi dir="ltr">{ u }</bdi>{ "." }</> },
        ProchainPas::SeRenseigner => html! { { m.se_renseigner } },
    };
    html! {
        <li class="feuille__service" key={x.id().to_owned()}>
            <h3 lang="fr" {dir}>{ x.nom().to_owned() }</h3>
            <p lang="fr" {dir}>{ crate::widgets::resume(description) }</p>
            <p><strong>{ m.pourquoi }</strong>{ raison.unwrap_or_else(|| html! { { m.choisi } }) }</p>
            <p><strong>{ m.ou_quand }</strong>{ ou_quand }</p>
            if !items.is_empty() {
                <p><strong>{ m.a_verifier }</strong></p>
                <ul class="feuille__coches">{ for items.into_iter().map(|i| html! { <li>{ i }</li> }) }</ul>
            }
            <p><strong>{ m.etape }</strong>{ pas }</p>
        </li>
    }
}

/// The week on one line: « lundi – vendredi : 9 h – 17 h · samedi : 9 h – 12 h ».
fn horaires(h: &Horaires, l: Langue) -> String {
    let mut groupes: Vec<(usize, usize)> = Vec::new();
    for (i, p) in h.semaine.iter().enumerate().filter(|(_, p)| !p.is_empty()) {
        match groupes.last_mut() {
            Some(g) if g.1 + 1 == i && h.semaine[g.0] == *p => g.1 = i,
            _ => groupes.push((i, i)),
        }
    }
    let mut parties: Vec<String> = groupes
        .iter()
        .map(|&(a, b)| {
            let jours = if a == b {
                jour(a as u8, l).to_owned()
            } else {
                format!("{} – {}", jour(a as u8, l), jour(b as u8, l))
            };
            format!("{jours} : {}", plages(&h.semaine[a], l))
        })
        .collect();
    if h.jours_feries == JoursFeries::Ferme {
        parties.push(mots(l).feries.to_owned());
    }
    parties.join(" · ")
}

/// A condition in words.
fn critere(cr: &Critere, c: &Catalogue, l: Langue) -> String {
    let m = mots(l);
    let liste = |v: Vec<&str>| v.join(if l == Langue::Ar { "، " } else { ", " });
    match cr {
        Critere::Age { min: Some(a), max: Some(b) } => {
            format!("{}{}{a}{}{b}{}", m.age[0], m.age[1], m.age[2], m.age[3])
        }
        Critere::Age { min: Some(a), .. } => format!("{}{a}{}", m.age[0], m.age[4]),
        Critere::Age { max, .. } => format!("{}{}{}", m.age[0], max.unwrap_or_default(), m.age[5]),
        Critere::Ressources(r) => format!("{}{}", m.ressources, liste(r.iter().map(|x| x.libelle(l)).collect())),
        Critere::Situations(s) => format!("{}{}", m.situations, liste(s.iter().map(|x| x.libelle(l)).collect())),
        Critere::InscritFranceTravail(b) => m.inscrit[usize::from(!b)].to_owned(),
        Critere::EnfantMoins3Ans(b) => m.enfant[usize::from(!b)].to_owned(),
        Critere::Residence(zones) => {
            let noms: Vec<String> = zones
                .iter()
                .map(|z| match z {
                    Territoire::Commune(code) if code == PARIS => "Paris".to_owned(),
                    Territoire::Departement(d) => {
                        c.departements.iter().find(|x| x.code == *d).map_or_else(|| d.clone(), |x| x.nom.clone())
                    }
                    Territoire::Arrondissement(n) => phrases::arrondissement(*n, l),
                    autre => autre.code(),
                })
                .collect();
            format!("{}{}", m.habiter, liste(noms.iter().map(String::as_str).collect()))
        }
    }
}

/// In mode professionnel, a service's conditions with what the answers say of each: the
/// checklist the referent goes through with the person.
pub fn criteres_html(s: &Service, p: &Personne, c: &Catalogue, l: Langue) -> Html {
    let liste = criteres(s, p);
    if liste.is_empty() {
        return html! {};
    }
    let m = mots(l);
    let signes = ["✓", "✗", "?"];
    html! {
        <div class="criteres">
            <p><strong>{ m.conditions_reponses }</strong></p>
            <ul>
                { for liste.iter().map(|(cr, constat)| {
                    let i = match constat { Constat::Confirme => 0, Constat::Contredit => 1, Constat::Inconnu => 2 };
                    html! { <li class={format!("critere critere--{i}")}><span aria-hidden="true">{ signes[i] }{ " " }</span>{ critere(cr, c, l) }{ " : " }<em>{ m.constats[i] }</em></li> }
                }) }
            </ul>
        </div>
    }
}
