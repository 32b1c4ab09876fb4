//! The orientation engine: answers in, a result out (parcours, entry points, ranked services,
//! each with its reasons). Rules and questions are data in `catalog/orientation/`; this module
//! only evaluates them, deterministically.

pub mod answers;
pub mod champ;
pub mod condition;

use crate::catalogue::regles::{Condition, NatureRegle, Regle};
use crate::catalogue::vocab::{Parcours, Statut};
use crate::catalogue::{citation::Citation, Catalogue, Service};
use crate::geo::{self, Localisation};
use crate::territoire::{self, Territoire};
use crate::text::{minuscule_initiale, trier};
pub use answers::{Avertissement, Probleme, Reponses};
pub use champ::Champ;
use condition::{evaluer, Verdict};
#[cfg(feature = "native")]
use serde::Serialize;
use std::collections::BTreeSet;

/// A person as the engine sees them: answers plus the place they resolve to.
pub struct Personne {
    pub reponses: Reponses,
    pub lieu: Option<Localisation>,
}

/// How many services a result lists at most.
pub const SERVICES_MAX: usize = 12;

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "native", derive(Serialize))]
pub struct Resultat {
    pub catalogue_version: String,
    pub parcours: VerdictParcours,
    pub points_entree: Vec<Suggestion>,
    pub services: Vec<Suggestion>,
    /// Answers that would sharpen the result, with why.
    pub a_preciser: Vec<Precision>,
    /// Steps for the printable "feuille de route".
    pub prochaines_etapes: Vec<String>,
    pub avertissements: Vec<Avertissement>,
    /// Where the person was placed, in words ("19e arrondissement").
    #[cfg_attr(feature = "native", serde(skip_serializing_if = "Option::is_none"))]
    pub lieu: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "native", derive(Serialize))]
#[cfg_attr(feature = "native", serde(tag = "statut", rename_all = "snake_case"))]
pub enum VerdictParcours {
    Determine {
        parcours: Parcours,
        libelle: String,
        raisons: Vec<Raison>,
    },
    /// Not yet decided: the likely parcours, if any, and what would decide.
    APreciser {
        #[cfg_attr(feature = "native", serde(skip_serializing_if = "Option::is_none"))]
        probable: Option<Parcours>,
        manque: Vec<Champ>,
    },
    NonApplicable {
        raisons: Vec<Raison>,
    },
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "native", derive(Serialize))]
pub struct Suggestion {
    pub id: String,
    pub nom: String,
    /// `structure` or `service`.
    pub genre: &'static str,
    pub raisons: Vec<Raison>,
    #[cfg_attr(feature = "native", serde(skip_serializing_if = "Option::is_none"))]
    pub distance_km: Option<f64>,
    #[cfg_attr(feature = "native", serde(skip_serializing_if = "is_en_service"))]
    pub statut: Statut,
}

#[cfg(feature = "native")]
fn is_en_service(s: &Statut) -> bool {
    *s == Statut::EnService
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "native", derive(Serialize))]
pub struct Raison {
    pub texte: String,
    /// The documents it comes from, in words.
    pub sources: Vec<String>,
    #[cfg_attr(feature = "native", serde(skip_serializing_if = "Option::is_none"))]
    pub regle: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
#[cfg_attr(feature = "native", derive(Serialize))]
pub struct Precision {
    /// The interface asks the questionnaire's question for this field.
    pub champ: Champ,
}

/// Computes the result for a set of answers.
pub fn orienter(catalogue: &Catalogue, reponses: &Reponses) -> Resultat {
    let mut avertissements = Vec::new();
    let lieu = reponses.code_postal.as_deref().and_then(|cp| match geo::localiser(catalogue, cp) {
        Ok(l) => Some(l),
        Err(geo::ErreurCodePostal::Forme) => {
            avertissements
                .push(Avertissement::new(Champ::CodePostal, Probleme::CodePostalMalForme { valeur: cp.into() }));
            None
        }
        Err(geo::ErreurCodePostal::Inconnu) => {
            avertissements
                .push(Avertissement::new(Champ::CodePostal, Probleme::CodePostalInconnu { valeur: cp.into() }));
            None
        }
    });
    let personne = Personne { reponses: reponses.clone(), lieu };
    let mut manque: BTreeSet<Champ> = BTreeSet::new();

    let parcours = choisir_parcours(catalogue, &personne, &mut manque);
    let points_entree = points_entree(catalogue, &personne, &mut manque);
    let parcours_retenu = match &parcours {
        VerdictParcours::Determine { parcours, .. } => Some(*parcours),
        VerdictParcours::APreciser { probable, .. } => *probable,
        VerdictParcours::NonApplicable { .. } => None,
    };
    let services = services(catalogue, &personne, parcours_retenu, &points_entree);
    let prochaines_etapes = etapes(catalogue, &personne, &points_entree);

    let a_preciser = manque.into_iter().map(|champ| Precision { champ }).collect();
    Resultat {
        catalogue_version: catalogue.meta.version.clone(),
        parcours,
        points_entree,
        services,
        a_preciser,
        prochaines_etapes,
        avertissements,
        lieu: personne.lieu.as_ref().map(|l| l.nom.clone()),
    }
}

fn rules_of(catalogue: &Catalogue, nature: NatureRegle) -> Vec<&Regle> {
    let mut rules: Vec<&Regle> = catalogue.regles.iter().filter(|r| r.nature == nature).collect();
    trier(&mut rules, |a, b| b.priorite.cmp(&a.priorite).then_with(|| a.id.cmp(&b.id)));
    rules
}

fn choisir_parcours(catalogue: &Catalogue, p: &Personne, manque: &mut BTreeSet<Champ>) -> VerdictParcours {
    for regle in rules_of(catalogue, NatureRegle::HorsParcours) {
        if evaluer(&regle.si, p) == Verdict::Vrai {
            return VerdictParcours::NonApplicable { raisons: vec![raison(regle, p)] };
        }
    }
    // The first true rule wins, unless a higher-priority rule is undecided.
    let mut undecided: BTreeSet<Champ> = BTreeSet::new();
    for regle in rules_of(catalogue, NatureRegle::Parcours) {
        let Some(parcours) = regle.parcours else { continue };
        match evaluer(&regle.si, p) {
            Verdict::Vrai if undecided.is_empty() => {
                return VerdictParcours::Determine {
                    parcours,
                    libelle: parcours.label().to_owned(),
                    raisons: vec![raison(regle, p)],
                };
            }
            Verdict::Vrai => {
                manque.extend(undecided.iter());
                return VerdictParcours::APreciser {
                    probable: Some(parcours),
                    manque: undecided.into_iter().collect(),
                };
            }
            Verdict::Inconnu(fields) => undecided.extend(fields),
            Verdict::Faux => {}
        }
    }
    manque.extend(undecided.iter());
    VerdictParcours::APreciser { probable: None, manque: undecided.into_iter().collect() }
}

fn points_entree(catalogue: &Catalogue, p: &Personne, manque: &mut BTreeSet<Champ>) -> Vec<Suggestion> {
    let mut out: Vec<Suggestion> = Vec::new();
    for regle in rules_of(catalogue, NatureRegle::PointEntree) {
        match evaluer(&regle.si, p) {
            Verdict::Vrai => {
                let Some((id, nom, genre, statut, lieu)) = cible(catalogue, regle) else { continue };
                let r = raison(regle, p);
                if let Some(existing) = out.iter_mut().find(|s| s.id == id) {
                    existing.raisons.push(r);
                } else {
                    let distance_km = distance(catalogue, p, lieu);
                    out.push(Suggestion { id, nom, genre, raisons: vec![r], distance_km, statut });
                }
            }
            // Only ask for what would add an entry point the person may need.
            Verdict::Inconnu(fields) if fields.len() == 1 => manque.extend(fields),
            _ => {}
        }
    }
    out
}

type Cible<'a> = (String, String, &'static str, Statut, &'a crate::catalogue::Lieu);

fn cible<'a>(catalogue: &'a Catalogue, regle: &Regle) -> Option<Cible<'a>> {
    if let Some(id) = &regle.service_id {
        let s = catalogue.service(id)?;
        return Some((s.id.clone(), s.nom.clone(), "service", s.statut, &s.lieu));
    }
    let s = catalogue.structure(regle.structure_id.as_deref()?)?;
    Some((s.id.clone(), s.nom.clone(), "structure", s.statut, &s.lieu))
}

fn distance(catalogue: &Catalogue, p: &Personne, lieu: &crate::catalogue::Lieu) -> Option<f64> {
    let from = p.lieu.as_ref()?.centre?;
    let to = geo::centre_of(catalogue, lieu)?;
    Some((geo::distance_km(from, to) * 10.0).round() / 10.0)
}

fn raison(regle: &Regle, p: &Personne) -> Raison {
    let lieu = p.lieu.as_ref();
    let texte = regle
        .raison
        .replace("{arrondissement}", &lieu.and_then(|l| l.arrondissement).map(geo::ordinal).unwrap_or_default())
        .replace("{lieu}", &lieu.map(|l| l.nom.clone()).unwrap_or_default())
        .replace("{age}", &p.reponses.age.map(|a| format!("{a} ans")).unwrap_or_default());
    Raison { texte, sources: sources(&regle.source), regle: Some(regle.id.clone()) }
}

fn sources(citations: &[String]) -> Vec<String> {
    citations.iter().filter_map(|c| Citation::parse(c).ok()).map(|c| c.to_string()).collect()
}

/// Services for the person: eligible (or not contradicted), in their territory, addressing at
/// least one of their needs; ranked by needs met, then proximity, then id.
fn services(catalogue: &Catalogue, p: &Personne, parcours: Option<Parcours>, points: &[Suggestion]) -> Vec<Suggestion> {
    let mut ranked: Vec<(usize, bool, f64, Suggestion)> = catalogue
        .services
        .iter()
        .filter(|s| s.statut != Statut::Termine)
        .filter(|s| !points.iter().any(|pt| pt.id == s.id))
        .filter(|s| dans_le_territoire(s, p))
        .filter_map(|s| {
            let eligibility = evaluer(&condition_eligibilite(s), p);
            if eligibility == Verdict::Faux {
                return None;
            }
            let raisons = besoins(s, p, parcours);
            if raisons.is_empty() {
                return None;
            }
            let distance_km = distance(catalogue, p, &s.lieu);
            let sort_distance = proximite(s, p, distance_km);
            let needs_met = raisons.len();
            let confirmed = eligibility == Verdict::Vrai;
            let mut raisons = raisons;
            if let Verdict::Inconnu(fields) = &eligibility {
                raisons.push(Raison {
                    texte: format!(
                        "À vérifier : {}.",
                        s.conditions_acces.clone().unwrap_or_else(|| format!(
                            "conditions liées à {}",
                            fields.iter().map(|c| c.nom()).collect::<Vec<_>>().join(", ")
                        ))
                    ),
                    sources: sources(&s.source),
                    regle: None,
                });
            }
            Some((
                needs_met,
                confirmed,
                sort_distance,
                Suggestion {
                    id: s.id.clone(),
                    nom: s.nom.clone(),
                    genre: "service",
                    raisons,
                    distance_km,
                    statut: s.statut,
                },
            ))
        })
        .collect();
    // Most needs met first; among equals, confirmed eligibility, then nearest, then by id.
    trier(&mut ranked, |a, b| {
        b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.total_cmp(&b.2)).then_with(|| a.3.id.cmp(&b.3.id))
    });
    ranked.into_iter().take(SERVICES_MAX).map(|(_, _, _, s)| s).collect()
}

/// Sort key for proximity: 0 in the same arrondissement or commune, else the distance, and
/// services with no place last.
fn proximite(s: &Service, p: &Personne, distance_km: Option<f64>) -> f64 {
    let Some(lieu) = &p.lieu else { return 1000.0 };
    if lieu.arrondissement.is_some_and(|n| s.lieu.arrondissements.contains(&n))
        || lieu.commune.is_some() && s.lieu.code_insee == lieu.commune
    {
        return 0.0;
    }
    distance_km.unwrap_or(if s.lieu.departement.as_deref() == Some(lieu.departement.as_str()) { 50.0 } else { 500.0 })
}

fn dans_le_territoire(s: &Service, p: &Personne) -> bool {
    let zone = &s.zone_eligibilite;
    let national = zone.contains(&Territoire::France);
    match &p.lieu {
        // Unknown place: the app's territory (Paris) and national services.
        None => {
            national
                || s.lieu.departement.as_deref() == Some("75")
                || zone.iter().any(|z| z.departement() == Some("75"))
        }
        Some(l) => {
            let lieu = l.territoire();
            zone.iter().any(|z| z.contient(&lieu))
                || (zone.is_empty() && s.lieu.departement.as_deref() == Some(l.departement.as_str()))
        }
    }
}

/// What the service does for this person's needs, as reasons.
fn besoins(s: &Service, p: &Personne, parcours: Option<Parcours>) -> Vec<Raison> {
    let r = &p.reponses;
    let src = sources(&s.source);
    let mut out = Vec::new();
    let mut say = |texte: String| out.push(Raison { texte, sources: src.clone(), regle: None });
    if let Some(freins) = &r.freins {
        let lifted: Vec<String> =
            freins.iter().filter(|f| s.freins.contains(f)).map(|f| minuscule_initiale(f.label())).collect();
        if !lifted.is_empty() {
            say(format!("Vous avez signalé une difficulté ({}) : ce service aide à la lever.", lifted.join(", ")));
        }
    }
    if let Some(projet) = r.projet.filter(|pr| s.projets.contains(pr)) {
        say(format!("Votre projet : {}.", minuscule_initiale(projet.label())));
    }
    if let Some(situations) = &r.situations {
        let matched: Vec<String> = situations
            .iter()
            .filter(|x| s.eligibilite.situations.contains(x))
            .map(|x| minuscule_initiale(x.label()))
            .collect();
        if !matched.is_empty() {
            say(format!("Il s'adresse aux personnes dans votre situation : {}.", matched.join(", ")));
        }
    }
    if let Some(rs) = &r.ressources {
        let matched: Vec<&str> = rs.iter().filter(|x| s.eligibilite.ressources.contains(x)).map(|x| x.code()).collect();
        if !matched.is_empty() {
            say(format!(
                "Il est réservé aux personnes qui perçoivent le {} : c'est votre cas.",
                matched.join(" ou ").to_ascii_uppercase()
            ));
        }
    }
    if let (Some(age), true) = (r.age, s.eligibilite.age_min.is_some() || s.eligibilite.age_max.is_some()) {
        let range = match (s.eligibilite.age_min, s.eligibilite.age_max) {
            (Some(a), Some(b)) => format!("de {a} à {b} ans"),
            (Some(a), None) => format!("à partir de {a} ans"),
            (None, Some(b)) => format!("jusqu'à {b} ans"),
            (None, None) => String::new(),
        };
        say(format!("Il s'adresse aux personnes {range} ; vous avez {age} ans."));
    }
    if let Some(pc) = parcours.filter(|pc| s.parcours.contains(pc)) {
        // Serving the parcours alone is not a need; it only adds weight to a service that meets one.
        if !out.is_empty() {
            out.push(Raison {
                texte: format!("Il fait partie du {}.", minuscule_initiale(pc.label())),
                sources: src.clone(),
                regle: None,
            });
        }
    }
    out
}

/// A service's structured eligibility as a rule condition, so one evaluator serves both.
fn condition_eligibilite(s: &Service) -> Condition {
    let e = &s.eligibilite;
    let mut c = Condition {
        age_min: e.age_min,
        age_max: e.age_max,
        ressources: e.ressources.clone(),
        situations: e.situations.clone(),
        inscrit_france_travail: e.inscrit_france_travail,
        enfant_moins_3_ans: e.enfant_moins_3_ans,
        ..Condition::default()
    };
    if e.residence_requise && !s.zone_eligibilite.contains(&Territoire::France) {
        c.ou = s
            .zone_eligibilite
            .iter()
            .map(|z| match z {
                Territoire::Commune(c) if c == territoire::PARIS => {
                    Condition { departement: Some("75".into()), ..Condition::default() }
                }
                Territoire::Departement(d) => Condition { departement: Some(d.clone()), ..Condition::default() },
                Territoire::Arrondissement(n) => Condition { arrondissements: vec![*n], ..Condition::default() },
                // An EPCI's communes are not listed: it matches no place, as before.
                Territoire::Commune(c) | Territoire::Epci(c) => {
                    Condition { communes: vec![c.clone()], ..Condition::default() }
                }
                Territoire::France => Condition::default(),
            })
            .collect();
    }
    c
}

/// Next steps for the printable sheet.
fn etapes(catalogue: &Catalogue, p: &Personne, points: &[Suggestion]) -> Vec<String> {
    let mut out: Vec<String> = points
        .iter()
        .map(|pt| {
            let how = catalogue
                .service(&pt.id)
                .and_then(|s| s.mobilisation_precisions.clone())
                .map(|m| format!(" {m}"))
                .unwrap_or_default();
            format!("Prendre contact avec : {}.{how}", pt.nom)
        })
        .collect();
    // The catalogue's general contact serves its own département (and people whose place is unknown).
    let contact = catalogue.meta.contact_general.as_deref().and_then(|id| catalogue.structure(id));
    let couvert = contact
        .filter(|c| p.lieu.as_ref().is_none_or(|l| c.lieu.departement.as_deref() == Some(l.departement.as_str())));
    if let Some(ville) = couvert {
        if ville.contact.telephone.is_some() {
            out.push(format!(
                "Les adresses et horaires ne figurent pas dans ce catalogue : pour les obtenir, appelez le {} ou consultez {}.",
                ville.contact.telephone.as_deref().unwrap_or_default(),
                ville.contact.site_web.as_deref().unwrap_or("paris.fr")
            ));
        }
    } else {
        out.push("Les adresses et horaires ne figurent pas dans ce catalogue : renseignez-vous auprès de votre mairie ou de votre Département.".to_owned());
    }
    out
}
