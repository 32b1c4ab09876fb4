//! The engine's results in words: reasons, next steps, places, dates, ordinals and citations,
//! in the reader's language. The core returns kinds and parameters; this is the one place that
//! turns them into sentences. Catalogue content (names, conditions, document titles) stays in
//! French, isolated with `lang="fr"` when the page is in another language.

use crate::i18n::Langue;
use offre_insertion::catalogue::citation::Citation;
use offre_insertion::catalogue::date::Date;
use offre_insertion::catalogue::vocab::Statut;
use offre_insertion::catalogue::Catalogue;
use offre_insertion::geo::Localisation;
use offre_insertion::orientation::{Etape, Motif, Raison};
use offre_insertion::text::minuscule_initiale;
use yew::prelude::*;

/// French catalogue content inside a sentence: isolated, and marked French, outside French pages.
pub fn contenu_fr(texte: &str, langue: Langue) -> Html {
    if langue == Langue::Fr {
        html! { { texte.to_owned() } }
    } else {
        html! { <bdi lang="fr" dir="ltr">{ texte.to_owned() }</bdi> }
    }
}

/// "1er", "1st", "1"; "19e", "19th", "19" (Arabic sentences say « الدائرة 19 »).
pub fn ordinal(n: u8, langue: Langue) -> String {
    match langue {
        Langue::Fr if n == 1 => "1er".to_owned(),
        Langue::Fr => format!("{n}e"),
        Langue::En => {
            let suffixe = match (n % 10, n % 100) {
                (_, 11..=13) => "th",
                (1, _) => "st",
                (2, _) => "nd",
                (3, _) => "rd",
                _ => "th",
            };
            format!("{n}{suffixe}")
        }
        Langue::Ar => n.to_string(),
    }
}

/// "19e arrondissement", "19th arrondissement", "الدائرة 19".
pub fn arrondissement(n: u8, langue: Langue) -> String {
    match langue {
        Langue::Fr | Langue::En => format!("{} arrondissement", ordinal(n, langue)),
        Langue::Ar => format!("الدائرة {n}"),
    }
}

/// Where the person was placed, in words.
pub fn lieu(l: &Localisation, langue: Langue) -> String {
    if let Some(n) = l.arrondissement {
        return arrondissement(n, langue);
    }
    if let Some(nom) = &l.nom_commune {
        return nom.clone();
    }
    // « le Rhône (69) »: the name from INSEE's list, the code people know.
    match (&l.nom_departement, langue) {
        (Some(d), Langue::Fr) => format!("{} ({})", d.avec_article, l.departement),
        (Some(d), Langue::En | Langue::Ar) => format!("{} ({})", d.nom, l.departement),
        (None, Langue::Fr | Langue::En) => format!("département {}", l.departement),
        (None, Langue::Ar) => format!("المقاطعة {}", l.departement),
    }
}

/// The place and, for a commune, its département: « Lyon, dans le Rhône », « Saint-Denis, à La
/// Réunion » (never « département 69 »).
pub fn lieu_et_departement(l: &Localisation, langue: Langue) -> String {
    let (Some(nom), Some(d)) = (&l.nom_commune, &l.nom_departement) else { return lieu(l, langue) };
    match (langue, d.avec_article == d.nom) {
        (Langue::Fr, true) => format!("{nom}, à {}", d.nom),
        (Langue::Fr, false) => format!("{nom}, dans {}", d.avec_article),
        (Langue::En, _) => format!("{nom}, {}", d.nom),
        (Langue::Ar, _) => format!("{nom}، {}", d.nom),
    }
}

/// "22 novembre 2026", "22 November 2026", "22 نوفمبر 2026".
pub fn date(d: &Date, langue: Langue) -> String {
    const MOIS_FR: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    const MOIS_EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const MOIS_AR: [&str; 12] =
        ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
    let mois = usize::from(d.mois.clamp(1, 12) - 1);
    match langue {
        Langue::Fr if d.jour == 1 => format!("1er {} {}", MOIS_FR[mois], d.annee),
        Langue::Fr => format!("{} {} {}", d.jour, MOIS_FR[mois], d.annee),
        Langue::En => format!("{} {} {}", d.jour, MOIS_EN[mois], d.annee),
        Langue::Ar => format!("{} {} {}", d.jour, MOIS_AR[mois], d.annee),
    }
}

/// A date written `AAAA-MM-JJ` in words, or as written if it is not a date.
pub fn date_iso(iso: &str, langue: Langue) -> String {
    Date::parse(iso).map_or_else(|| iso.to_owned(), |d| date(&d, langue))
}

/// "Plan parisien…, lignes 457 à 466": the document's title stays French.
pub fn citation(c: &Citation, langue: Langue) -> Html {
    let titre = contenu_fr(c.document.titre, langue);
    let lignes = match (langue, c.debut == c.fin) {
        (Langue::Fr, true) => format!(", ligne {}", c.debut),
        (Langue::Fr, false) => format!(", lignes {} à {}", c.debut, c.fin),
        (Langue::En, true) => format!(", line {}", c.debut),
        (Langue::En, false) => format!(", lines {} to {}", c.debut, c.fin),
        (Langue::Ar, true) => format!("، السطر {}", c.debut),
        (Langue::Ar, false) => format!("، الأسطر من {} إلى {}", c.debut, c.fin),
    };
    html! { <>{ titre }{ lignes }</> }
}

/// A vocabulary label inside a sentence (lower-case initial where the language has cases).
fn dans_la_phrase(label: &str, langue: Langue) -> String {
    match langue {
        Langue::Fr | Langue::En => minuscule_initiale(label),
        Langue::Ar => label.to_owned(),
    }
}

/// Labels joined as a list: "santé, logement".
fn liste<T: Copy>(valeurs: &[T], label: impl Fn(T) -> &'static str, langue: Langue) -> String {
    let sep = if langue == Langue::Ar { "، " } else { ", " };
    valeurs.iter().map(|v| dans_la_phrase(label(*v), langue)).collect::<Vec<_>>().join(sep)
}

/// A rule's text in the reader's language, its placeholders filled.
fn texte_de_regle(c: &Catalogue, id: &str, lieu_: Option<&Localisation>, age: Option<u8>, langue: Langue) -> String {
    let Some(regle) = c.regles.iter().find(|r| r.id == id) else { return String::new() };
    let arr = lieu_.and_then(|l| l.arrondissement).map(|n| ordinal(n, langue)).unwrap_or_default();
    let lieu_ = lieu_.map(|l| lieu(l, langue)).unwrap_or_default();
    let age = age
        .map(|a| match langue {
            Langue::Fr => format!("{a} ans"),
            Langue::En => a.to_string(),
            Langue::Ar => format!("{a} سنة"),
        })
        .unwrap_or_default();
    regle.raison_dans(langue).replace("{arrondissement}", &arr).replace("{lieu}", &lieu_).replace("{age}", &age)
}

/// A reason, as a sentence (with French catalogue content isolated).
pub fn raison(r: &Raison, c: &Catalogue, langue: Langue) -> Html {
    let texte = match &r.motif {
        Motif::Regle { regle, lieu, age } => texte_de_regle(c, regle, lieu.as_ref(), *age, langue),
        Motif::FreinsLeves { freins } => {
            let l = liste(freins, |f| f.libelle(langue), langue);
            match langue {
                Langue::Fr => format!("Vous avez signalé une difficulté ({l}). Ce service vous aide pour cela."),
                Langue::En => format!("You mentioned a difficulty ({l}): this service helps with it."),
                Langue::Ar => format!("ذكرتَ صعوبة ({l}): تساعدك هذه الخدمة على تجاوزها."),
            }
        }
        Motif::Projet { projet } => {
            let l = dans_la_phrase(projet.libelle(langue), langue);
            match langue {
                Langue::Fr => format!("Votre projet : {l}."),
                Langue::En => format!("Your plan: {l}."),
                Langue::Ar => format!("مشروعك: {l}."),
            }
        }
        Motif::Situations { situations } => {
            let l = liste(situations, |s| s.libelle(langue), langue);
            match langue {
                Langue::Fr => format!("Il s'adresse aux personnes dans votre situation : {l}."),
                Langue::En => format!("It is meant for people in your situation: {l}."),
                Langue::Ar => format!("هذه الخدمة موجهة إلى الأشخاص الذين هم في وضعك: {l}."),
            }
        }
        Motif::Ressources { ressources } => {
            let codes: Vec<String> = ressources.iter().map(|x| x.code().to_ascii_uppercase()).collect();
            match langue {
                Langue::Fr => {
                    format!("Il est réservé aux personnes qui perçoivent le {} : c'est votre cas.", codes.join(" ou "))
                }
                Langue::En => format!("It is reserved for people who receive the {}, as you do.", codes.join(" or ")),
                Langue::Ar => format!("هذه الخدمة مخصصة للأشخاص الذين يتقاضون {}، وهذا هو وضعك.", codes.join(" أو ")),
            }
        }
        Motif::Age { age, min, max } => tranche_d_age(*age, *min, *max, langue),
        Motif::Parcours { parcours } => {
            let l = dans_la_phrase(parcours.libelle(langue), langue);
            match langue {
                Langue::Fr => format!("Il fait partie du {l}."),
                Langue::En => format!("It is part of the {l}."),
                Langue::Ar => format!("وهي جزء من {l}."),
            }
        }
        Motif::AVerifier { conditions: Some(conditions), .. } => {
            let debut = match langue {
                Langue::Fr => "À vérifier : ",
                Langue::En => "To check: ",
                Langue::Ar => "يجب التحقق: ",
            };
            return html! { <>{ debut }{ contenu_fr(conditions.trim_end_matches('.'), langue) }{ "." }</> };
        }
        Motif::NonConfirme { statut, annee } => non_confirme(*statut, *annee, langue),
        Motif::AVerifier { conditions: None, .. } => match langue {
            Langue::Fr => {
                "À vérifier : les conditions de ce service dépendent de réponses que vous n'avez pas données."
            }
            Langue::En => "To check: this service's conditions depend on answers you have not given.",
            Langue::Ar => "يجب التحقق: شروط هذه الخدمة تتعلق بأجوبة لم تقدّمها.",
        }
        .to_owned(),
    };
    html! { { texte } }
}

/// Why an entry comes after the confirmed ones.
fn non_confirme(statut: Statut, annee: Option<u16>, langue: Langue) -> String {
    let annee = annee.map(|a| a.to_string());
    match (statut, annee, langue) {
        (Statut::Prevu, _, Langue::Fr) => "Classé après les services confirmés : il est annoncé, pas encore décrit comme en place.".to_owned(),
        (Statut::Prevu, _, Langue::En) => "Listed after the confirmed services: it is announced, not yet described as running.".to_owned(),
        (Statut::Prevu, _, Langue::Ar) => "مرتّبة بعد الخدمات المؤكدة: أُعلن عنها ولم تُوصف بعد بأنها قائمة.".to_owned(),
        (_, Some(a), Langue::Fr) => format!("Classé après les services confirmés : l'information date de {a} et aucun document plus récent ne la confirme ; renseignez-vous avant de vous déplacer."),
        (_, Some(a), Langue::En) => format!("Listed after the confirmed services: the information dates from {a} and no newer document confirms it; check before you go."),
        (_, Some(a), Langue::Ar) => format!("مرتّبة بعد الخدمات المؤكدة: تعود المعلومة إلى سنة {a} ولا تؤكدها أي وثيقة أحدث؛ استفسر قبل أن تتنقّل."),
        (_, None, Langue::Fr) => "Classé après les services confirmés : aucun document récent ne le confirme.".to_owned(),
        (_, None, Langue::En) => "Listed after the confirmed services: no recent document confirms it.".to_owned(),
        (_, None, Langue::Ar) => "مرتّبة بعد الخدمات المؤكدة: لا تؤكدها أي وثيقة حديثة.".to_owned(),
    }
}

fn tranche_d_age(age: u8, min: Option<u8>, max: Option<u8>, langue: Langue) -> String {
    match langue {
        Langue::Fr => {
            let tranche = match (min, max) {
                (Some(a), Some(b)) => format!("de {a} à {b} ans"),
                (Some(a), None) => format!("à partir de {a} ans"),
                (None, Some(b)) => format!("jusqu'à {b} ans"),
                (None, None) => String::new(),
            };
            format!("Il s'adresse aux personnes {tranche} ; vous avez {age} ans.")
        }
        Langue::En => {
            let tranche = match (min, max) {
                (Some(a), Some(b)) => format!("aged {a} to {b}"),
                (Some(a), None) => format!("aged {a} and over"),
                (None, Some(b)) => format!("aged up to {b}"),
                (None, None) => String::new(),
            };
            format!("It is meant for people {tranche}; you are {age}.")
        }
        Langue::Ar => {
            let tranche = match (min, max) {
                (Some(a), Some(b)) => format!("من {a} إلى {b} سنة"),
                (Some(a), None) => format!("من {a} سنة فما فوق"),
                (None, Some(b)) => format!("حتى {b} سنة"),
                (None, None) => String::new(),
            };
            format!("هذه الخدمة موجهة إلى الأشخاص {tranche}؛ عمرك {age} سنة.")
        }
    }
}

/// A next step of the feuille de route, as a sentence.
pub fn etape(e: &Etape, langue: Langue) -> Html {
    match e {
        Etape::Contacter { nom, precisions, .. } => {
            let debut = match langue {
                Langue::Fr => "Prendre contact avec : ",
                Langue::En => "Get in touch with: ",
                Langue::Ar => "تواصل مع: ",
            };
            html! {
                <>
                    { debut }{ contenu_fr(nom, langue) }{ "." }
                    if let Some(p) = precisions {
                        { " " }{ contenu_fr(p, langue) }
                    }
                </>
            }
        }
        Etape::AdressesAupresDe { telephone, site_web, .. } => {
            let texte = match (langue, site_web) {
                (Langue::Fr, Some(site)) => format!("Les adresses et horaires ne figurent pas dans ce catalogue : pour les obtenir, appelez le {telephone} ou consultez {site}."),
                (Langue::Fr, None) => format!("Les adresses et horaires ne figurent pas dans ce catalogue : pour les obtenir, appelez le {telephone}."),
                (Langue::En, Some(site)) => format!("Addresses and opening hours are not in this catalogue: to get them, call {telephone} or see {site}."),
                (Langue::En, None) => format!("Addresses and opening hours are not in this catalogue: to get them, call {telephone}."),
                (Langue::Ar, Some(site)) => format!("العناوين ومواعيد الاستقبال غير موجودة في هذا الدليل: للحصول عليها، اتصل بالرقم {telephone} أو راجع {site}."),
                (Langue::Ar, None) => format!("العناوين ومواعيد الاستقبال غير موجودة في هذا الدليل: للحصول عليها، اتصل بالرقم {telephone}."),
            };
            html! { { texte } }
        }
        Etape::AdressesAupresDeLaMairie => html! { {
            match langue {
                Langue::Fr => "Les adresses et horaires ne figurent pas dans ce catalogue : renseignez-vous auprès de votre mairie ou de votre Département.",
                Langue::En => "Addresses and opening hours are not in this catalogue: ask your town hall or your Département.",
                Langue::Ar => "العناوين ومواعيد الاستقبال غير موجودة في هذا الدليل: استعلم لدى بلديتك أو لدى المقاطعة (Département) التي تسكن فيها.",
            }
        } },
    }
}
