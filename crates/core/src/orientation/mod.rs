//! The orientation engine: answers in, a result out (parcours, entry points, ranked services,
//! each with its reasons). Rules and questions are data in `catalog/orientation/`; this module
//! only evaluates them, deterministically.

pub mod answers;
pub mod champ;
pub mod condition;
pub mod premiere_etape;

use crate::catalogue::regles::{Condition, NatureRegle, Regle};
use crate::catalogue::vocab::{Frein, Parcours, Projet, Ressource, Situation, Statut};
use crate::catalogue::{citation::Citation, Catalogue, Service};
use crate::geo::{self, Localisation};
use crate::territoire::{self, Territoire};
use crate::text::trier;
pub use answers::{Avertissement, Probleme, Reponses};
pub use champ::Champ;
use condition::{evaluer, Verdict};
pub use premiere_etape::{premiere_etape, Moyen, PremiereEtape};
#[cfg(feature = "native")]
use serde::Serialize;
use std::collections::BTreeSet;

/// A person as the engine sees them: answers plus the place they resolve to.
pub struct Personne {
    pub reponses: Reponses,
    pub lieu: Option<Localisation>,
}

impl Personne {
    /// The person the answers describe, placed by their postal code when it is known.
    pub fn de(catalogue: &Catalogue, reponses: &Reponses) -> Personne {
        let lieu = reponses.code_postal.as_deref().and_then(|cp| geo::localiser(catalogue, cp).ok());
        Personne { reponses: reponses.clone(), lieu }
    }
}

/// How many services a result lists at most, confirmed ones…
pub const SERVICES_MAX: usize = 12;
/// …and « peut-être » ones.
pub const PEUT_ETRE_MAX: usize = 4;

/// Beyond this distance, a service one must go to is not « près de chez vous » (a city's scale;
/// it applies to services with their own coordinates, from an import).
pub const RAYON_PROXIMITE_KM: f64 = 10.0;

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
    pub prochaines_etapes: Vec<Etape>,
    pub avertissements: Vec<Avertissement>,
    /// Where the person was placed (the interface says it in words).
    #[cfg_attr(feature = "native", serde(skip_serializing_if = "Option::is_none"))]
    pub lieu: Option<Localisation>,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "native", derive(Serialize))]
#[cfg_attr(feature = "native", serde(tag = "statut", rename_all = "snake_case"))]
pub enum VerdictParcours {
    Determine {
        parcours: Parcours,
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
    /// Used at a distance (phone, online): no need to go anywhere.
    #[cfg_attr(feature = "native", serde(skip_serializing_if = "std::ops::Not::not"))]
    pub a_distance: bool,
    #[cfg_attr(feature = "native", serde(skip_serializing_if = "is_en_service"))]
    pub statut: Statut,
    /// Whether the answers confirm the person is eligible, or do not say yet.
    pub groupe: Groupe,
    /// For `peut_etre`: the question whose answer would settle it.
    #[cfg_attr(feature = "native", serde(skip_serializing_if = "Option::is_none"))]
    pub question: Option<Champ>,
    /// In the person's own arrondissement or commune (the interface says so instead of a distance).
    #[cfg_attr(feature = "native", serde(skip_serializing_if = "std::ops::Not::not"))]
    pub sur_place: bool,
}

/// What the answers say of a suggestion's eligibility. (A service they contradict is never
/// suggested.)
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
#[cfg_attr(feature = "native", derive(Serialize))]
#[cfg_attr(feature = "native", serde(rename_all = "snake_case"))]
pub enum Groupe {
    /// Every condition holds, or there is none.
    Confirme,
    /// « Peut-être, selon votre situation »: a condition depends on an answer not given.
    PeutEtre,
}

#[cfg(feature = "native")]
fn is_en_service(s: &Statut) -> bool {
    *s == Statut::EnService
}

/// Why something is suggested: a kind with its parameters, never a sentence (the interface says
/// it in the reader's language), and the documents it comes from.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "native", derive(Serialize))]
pub struct Raison {
    pub motif: Motif,
    pub sources: Vec<Citation>,
}

/// The kinds of reasons, each with what it takes to say it in any language.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "native", derive(Serialize))]
#[cfg_attr(feature = "native", serde(tag = "genre", rename_all = "snake_case"))]
pub enum Motif {
    /// A rule's reason (written in each language in `regles.toml`), its `{…}` placeholders
    /// filled from the person's place and age.
    Regle { regle: String, lieu: Option<Localisation>, age: Option<u8> },
    /// The service helps with obstacles the person named.
    FreinsLeves { freins: Vec<Frein> },
    /// The service serves the person's plan.
    Projet { projet: Projet },
    /// The service is meant for people in the person's situations.
    Situations { situations: Vec<Situation> },
    /// The service is reserved to people receiving these benefits, as the person does.
    Ressources { ressources: Vec<Ressource> },
    /// The service has an age range, and the person's age is in it.
    Age { age: u8, min: Option<u8>, max: Option<u8> },
    /// The service belongs to the parcours suggested (said only beside another reason).
    Parcours { parcours: Parcours },
    /// Eligibility is not confirmed for want of answers: the service's own conditions
    /// (catalogue content, in French) or else the answers that would decide.
    AVerifier { conditions: Option<String>, champs: Vec<Champ> },
    /// Listed after the confirmed entries: no document after `annee` (its newest source's year)
    /// says it exists (`a_verifier`), or it is only announced (`prevu`).
    NonConfirme { statut: Statut, annee: Option<u16> },
}

/// A step of the printable "feuille de route".
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "native", derive(Serialize))]
#[cfg_attr(feature = "native", serde(tag = "genre", rename_all = "snake_case"))]
pub enum Etape {
    /// Contact an entry point; `precisions` says how (catalogue content, in French).
    Contacter { id: String, nom: String, precisions: Option<String> },
    /// Addresses and hours are not in this catalogue: this structure gives them.
    AdressesAupresDe { structure_id: String, nom: String, telephone: String, site_web: Option<String> },
    /// Addresses and hours are not in this catalogue: the town hall or the Département gives them.
    AdressesAupresDeLaMairie,
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
        lieu: personne.lieu.clone(),
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
                return VerdictParcours::Determine { parcours, raisons: vec![raison(regle, p)] };
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
            Verdict::Vrai if regle.structures_du_departement.or(regle.structures_de_la_region).is_some() => {
                // Every structure of that kind in the person's département, nearest first; or,
                // when the département has none, in its région.
                let Some(l) = &p.lieu else { continue };
                let region = |d: &str| catalogue.departements.iter().find(|x| x.code == d).map(|x| x.region.as_str());
                let de_la_region = regle.structures_de_la_region.is_some();
                let categorie = regle.structures_du_departement.or(regle.structures_de_la_region);
                let du_departement = |s: &&crate::catalogue::Structure| {
                    Some(s.categorie) == categorie && s.lieu.departement.as_deref() == Some(l.departement.as_str())
                };
                if de_la_region && catalogue.structures.iter().any(|s| du_departement(&s)) {
                    continue;
                }
                let mut trouvees: Vec<Suggestion> = catalogue
                    .structures
                    .iter()
                    .filter(|s| match (de_la_region, s.lieu.departement.as_deref()) {
                        (false, _) => du_departement(s),
                        (true, Some(d)) => {
                            Some(s.categorie) == categorie && region(d).is_some() && region(d) == region(&l.departement)
                        }
                        (true, None) => false,
                    })
                    .filter(|s| !out.iter().any(|o| o.id == s.id))
                    .map(|s| Suggestion {
                        id: s.id.clone(),
                        nom: s.nom.clone(),
                        genre: "structure",
                        raisons: vec![raison(regle, p)],
                        distance_km: distance(catalogue, p, &s.lieu),
                        a_distance: false,
                        statut: s.statut,
                        groupe: Groupe::Confirme,
                        question: None,
                        sur_place: sur_place(p, &s.lieu),
                    })
                    .collect();
                trier(&mut trouvees, |a, b| {
                    a.distance_km
                        .unwrap_or(f64::MAX)
                        .total_cmp(&b.distance_km.unwrap_or(f64::MAX))
                        .then(a.id.cmp(&b.id))
                });
                out.extend(trouvees);
            }
            Verdict::Vrai => {
                let Some((id, nom, genre, statut, lieu)) = cible(catalogue, regle) else { continue };
                let r = raison(regle, p);
                if let Some(existing) = out.iter_mut().find(|s| s.id == id) {
                    existing.raisons.push(r);
                } else {
                    let distance_km = distance(catalogue, p, lieu);
                    let mut raisons = vec![r];
                    raisons.extend(non_confirme(statut, cible_source(catalogue, regle)));
                    let sur_place = sur_place(p, lieu);
                    out.push(Suggestion {
                        id,
                        nom,
                        genre,
                        raisons,
                        distance_km,
                        a_distance: false,
                        statut,
                        groupe: Groupe::Confirme,
                        question: None,
                        sur_place,
                    });
                }
            }
            // Only ask for what would add an entry point the person may need.
            Verdict::Inconnu(fields) if fields.len() == 1 => manque.extend(fields),
            _ => {}
        }
    }
    // What no document confirms comes after what is confirmed, in the rules' order otherwise.
    trier(&mut out, |a, b| confirme(a.statut).cmp(&confirme(b.statut)).reverse());
    out
}

/// Whether the documents show the entry as running today (the other statuts rank after it).
fn confirme(statut: Statut) -> bool {
    statut == Statut::EnService
}

/// The reason that says why an entry comes after the confirmed ones, if it does.
fn non_confirme(statut: Statut, source: &[String]) -> Option<Raison> {
    matches!(statut, Statut::AVerifier | Statut::Prevu).then(|| {
        let annee = crate::catalogue::citation::la_plus_recente(source).map(|d| d.annee);
        Raison { motif: Motif::NonConfirme { statut, annee }, sources: sources(source) }
    })
}

fn cible_source<'a>(catalogue: &'a Catalogue, regle: &Regle) -> &'a [String] {
    match (&regle.service_id, &regle.structure_id) {
        (Some(id), _) => catalogue.service(id).map_or(&[], |s| &s.source),
        (None, Some(id)) => catalogue.structure(id).map_or(&[], |s| &s.source),
        (None, None) => &[],
    }
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
    let motif = Motif::Regle { regle: regle.id.clone(), lieu: p.lieu.clone(), age: p.reponses.age };
    Raison { motif, sources: sources(&regle.source) }
}

/// Citations as the catalogue writes them, parsed (the validator refuses malformed ones).
fn sources(citations: &[String]) -> Vec<Citation> {
    citations.iter().filter_map(|c| Citation::parse(c).ok()).collect()
}

/// Whether a place is the person's own arrondissement or commune.
fn sur_place(p: &Personne, lieu: &crate::catalogue::Lieu) -> bool {
    p.lieu.as_ref().is_some_and(|l| match (l.arrondissement, &l.commune) {
        (Some(n), _) => lieu.arrondissements == [n],
        (None, Some(c)) => lieu.code_insee.as_ref() == Some(c),
        (None, None) => false,
    })
}

/// Of the answers a condition waits for, the one asked first in the questionnaire.
fn question_decisive(catalogue: &Catalogue, champs: &BTreeSet<Champ>) -> Option<Champ> {
    let ordre = |c: &Champ| catalogue.questions.iter().find(|q| q.champ == *c).map_or(u32::MAX, |q| u32::from(q.ordre));
    champs.iter().copied().min_by_key(ordre)
}

/// Services for the person: eligible (or not contradicted), in their territory, addressing at
/// least one of their needs. Those whose eligibility is confirmed first, then those it depends
/// on an answer not given (« peut-être »); in each, what the documents confirm first, then most
/// needs met, then proximity, then id.
fn services(catalogue: &Catalogue, p: &Personne, parcours: Option<Parcours>, points: &[Suggestion]) -> Vec<Suggestion> {
    let mut ranked: Vec<(Groupe, bool, usize, f64, Suggestion)> = catalogue
        .services
        .iter()
        .filter(|s| s.statut != Statut::Termine)
        .filter(|s| !points.iter().any(|pt| pt.id == s.id))
        .filter(|s| dans_le_territoire(s, p))
        .filter_map(|s| {
            let distance_km = distance(catalogue, p, &s.lieu);
            let a_distance = a_distance(s);
            let trop_loin = s.lieu.latitude.is_some() && distance_km.is_some_and(|d| d > RAYON_PROXIMITE_KM);
            if trop_loin && !a_distance {
                return None;
            }
            let eligibility = evaluer(&condition_eligibilite(s), p);
            if eligibility == Verdict::Faux {
                return None;
            }
            let raisons = besoins(s, p, parcours);
            if raisons.is_empty() {
                return None;
            }
            let sort_distance = proximite(s, p, distance_km);
            let needs_met = raisons.len();
            let mut raisons = raisons;
            let (groupe, question) = match &eligibility {
                Verdict::Inconnu(fields) => {
                    let motif = Motif::AVerifier {
                        conditions: s.conditions_acces.clone(),
                        champs: fields.iter().copied().collect(),
                    };
                    raisons.push(Raison { motif, sources: sources(&s.source) });
                    (Groupe::PeutEtre, question_decisive(catalogue, fields))
                }
                _ => (Groupe::Confirme, None),
            };
            raisons.extend(non_confirme(s.statut, &s.source));
            Some((
                groupe,
                confirme(s.statut),
                needs_met,
                sort_distance,
                Suggestion {
                    id: s.id.clone(),
                    nom: s.nom.clone(),
                    genre: "service",
                    raisons,
                    distance_km: distance_km
                        .filter(|_| !a_distance || s.modes_accueil.iter().any(|m| m == "en-presentiel")),
                    a_distance,
                    statut: s.statut,
                    groupe,
                    question,
                    sur_place: sur_place(p, &s.lieu),
                },
            ))
        })
        .collect();
    trier(&mut ranked, |a, b| {
        a.0.cmp(&b.0)
            .then(b.1.cmp(&a.1))
            .then(b.2.cmp(&a.2))
            .then(a.3.total_cmp(&b.3))
            .then_with(|| a.4.id.cmp(&b.4.id))
    });
    // The « peut-être » group has room of its own: confirmed services do not crowd it out.
    let mut places = [SERVICES_MAX, PEUT_ETRE_MAX];
    ranked
        .into_iter()
        .filter(|r| {
            let reste = &mut places[r.0 as usize];
            let garde = *reste > 0;
            *reste = reste.saturating_sub(1);
            garde
        })
        .map(|(_, _, _, _, s)| s)
        .collect()
}

/// Whether the service is used at a distance only, or also at a distance.
fn a_distance(s: &Service) -> bool {
    s.modes_accueil.iter().any(|m| m == "a-distance")
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
    fn communs<T: Copy + PartialEq>(donnes: &Option<Vec<T>>, servis: &[T]) -> Vec<T> {
        donnes.iter().flatten().filter(|x| servis.contains(x)).copied().collect()
    }
    let r = &p.reponses;
    let mut motifs = Vec::new();
    let freins = communs(&r.freins, &s.freins);
    if !freins.is_empty() {
        motifs.push(Motif::FreinsLeves { freins });
    }
    if let Some(projet) = r.projet.filter(|pr| s.projets.contains(pr)) {
        motifs.push(Motif::Projet { projet });
    }
    let situations = communs(&r.situations, &[&s.eligibilite.situations[..], &s.situations_visees[..]].concat());
    if !situations.is_empty() {
        motifs.push(Motif::Situations { situations });
    }
    let ressources = communs(&r.ressources, &s.eligibilite.ressources);
    if !ressources.is_empty() {
        motifs.push(Motif::Ressources { ressources });
    }
    let (min, max) = (s.eligibilite.age_min, s.eligibilite.age_max);
    if let (Some(age), true) = (r.age, min.is_some() || max.is_some()) {
        motifs.push(Motif::Age { age, min, max });
    }
    // Serving the parcours alone is not a need; it only adds weight to a service that meets one.
    if let Some(parcours) = parcours.filter(|pc| s.parcours.contains(pc) && !motifs.is_empty()) {
        motifs.push(Motif::Parcours { parcours });
    }
    let src = sources(&s.source);
    motifs.into_iter().map(|motif| Raison { motif, sources: src.clone() }).collect()
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
    if let Some(residence) = condition_residence(s) {
        c.ou = residence.ou;
    }
    c
}

/// The residence a service requires, as a condition (`None` if it requires none).
fn condition_residence(s: &Service) -> Option<Condition> {
    let e = &s.eligibilite;
    if !e.residence_requise || s.zone_eligibilite.contains(&Territoire::France) {
        return None;
    }
    Some(Condition {
        ou: s
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
            .collect(),
        ..Condition::default()
    })
}

/// One of a service's eligibility conditions, as data (the interface writes it).
#[derive(Clone, Debug, PartialEq)]
pub enum Critere {
    Age {
        min: Option<u8>,
        max: Option<u8>,
    },
    /// Receiving at least one of these benefits.
    Ressources(Vec<Ressource>),
    /// Being in at least one of these situations.
    Situations(Vec<Situation>),
    InscritFranceTravail(bool),
    EnfantMoins3Ans(bool),
    /// Living in one of these territories.
    Residence(Vec<Territoire>),
}

/// What the answers say of a condition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Constat {
    Confirme,
    Contredit,
    /// The answer that would settle it was not given.
    Inconnu,
}

/// Each of a service's eligibility conditions, with what the person's answers say of it: the
/// referent's checklist (the engine's own evaluator, one condition at a time).
pub fn criteres(s: &Service, p: &Personne) -> Vec<(Critere, Constat)> {
    let e = &s.eligibilite;
    let mut out: Vec<(Critere, Condition)> = Vec::new();
    if e.age_min.is_some() || e.age_max.is_some() {
        let c = Condition { age_min: e.age_min, age_max: e.age_max, ..Condition::default() };
        out.push((Critere::Age { min: e.age_min, max: e.age_max }, c));
    }
    if !e.ressources.is_empty() {
        let c = Condition { ressources: e.ressources.clone(), ..Condition::default() };
        out.push((Critere::Ressources(e.ressources.clone()), c));
    }
    if !e.situations.is_empty() {
        let c = Condition { situations: e.situations.clone(), ..Condition::default() };
        out.push((Critere::Situations(e.situations.clone()), c));
    }
    if let Some(b) = e.inscrit_france_travail {
        out.push((
            Critere::InscritFranceTravail(b),
            Condition { inscrit_france_travail: Some(b), ..Condition::default() },
        ));
    }
    if let Some(b) = e.enfant_moins_3_ans {
        out.push((Critere::EnfantMoins3Ans(b), Condition { enfant_moins_3_ans: Some(b), ..Condition::default() }));
    }
    if let Some(c) = condition_residence(s) {
        out.push((Critere::Residence(s.zone_eligibilite.clone()), c));
    }
    out.into_iter()
        .map(|(critere, c)| {
            let constat = match evaluer(&c, p) {
                Verdict::Vrai => Constat::Confirme,
                Verdict::Faux => Constat::Contredit,
                Verdict::Inconnu(_) => Constat::Inconnu,
            };
            (critere, constat)
        })
        .collect()
}

/// Next steps for the printable sheet.
fn etapes(catalogue: &Catalogue, p: &Personne, points: &[Suggestion]) -> Vec<Etape> {
    let mut out: Vec<Etape> = points
        .iter()
        .map(|pt| Etape::Contacter {
            id: pt.id.clone(),
            nom: pt.nom.clone(),
            precisions: catalogue.service(&pt.id).and_then(|s| s.mobilisation_precisions.clone()),
        })
        .collect();
    // The catalogue's general contact serves its own département (and people whose place is unknown).
    let contact = catalogue.meta.contact_general.as_deref().and_then(|id| catalogue.structure(id));
    let couvert = contact
        .filter(|c| p.lieu.as_ref().is_none_or(|l| c.lieu.departement.as_deref() == Some(l.departement.as_str())));
    match couvert.and_then(|c| Some((c, c.contact.telephone.clone()?))) {
        Some((c, telephone)) => out.push(Etape::AdressesAupresDe {
            structure_id: c.id.clone(),
            nom: c.nom.clone(),
            telephone,
            site_web: c.contact.site_web.clone(),
        }),
        None => out.push(Etape::AdressesAupresDeLaMairie),
    }
    out
}
