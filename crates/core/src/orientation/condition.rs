//! Three-valued evaluation of a rule's condition against possibly incomplete answers.

use super::champ::Champ;
use super::Personne;
use crate::catalogue::regles::Condition;
use std::collections::BTreeSet;

/// The outcome of a condition: true, false, or undecided for want of some answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    Vrai,
    Faux,
    /// Would be decided by these answer fields.
    Inconnu(BTreeSet<Champ>),
}

impl Verdict {
    fn and(self, other: Verdict) -> Verdict {
        match (self, other) {
            (Verdict::Faux, _) | (_, Verdict::Faux) => Verdict::Faux,
            (Verdict::Inconnu(mut a), Verdict::Inconnu(b)) => {
                a.extend(b);
                Verdict::Inconnu(a)
            }
            (Verdict::Inconnu(a), Verdict::Vrai) | (Verdict::Vrai, Verdict::Inconnu(a)) => Verdict::Inconnu(a),
            (Verdict::Vrai, Verdict::Vrai) => Verdict::Vrai,
        }
    }

    fn or(self, other: Verdict) -> Verdict {
        match (self, other) {
            (Verdict::Vrai, _) | (_, Verdict::Vrai) => Verdict::Vrai,
            (Verdict::Inconnu(mut a), Verdict::Inconnu(b)) => {
                a.extend(b);
                Verdict::Inconnu(a)
            }
            (Verdict::Inconnu(a), Verdict::Faux) | (Verdict::Faux, Verdict::Inconnu(a)) => Verdict::Inconnu(a),
            (Verdict::Faux, Verdict::Faux) => Verdict::Faux,
        }
    }

    fn of(known: Option<bool>, champ: Champ) -> Verdict {
        match known {
            Some(true) => Verdict::Vrai,
            Some(false) => Verdict::Faux,
            None => Verdict::Inconnu(BTreeSet::from([champ])),
        }
    }
}

/// Evaluates `condition` for `personne`.
pub fn evaluer(condition: &Condition, p: &Personne) -> Verdict {
    let r = &p.reponses;
    let mut v = Verdict::Vrai;
    let lieu = p.lieu.as_ref();
    // An unknown place satisfies place conditions only where the rule says so.
    let place = |known: Option<bool>| match known {
        None if condition.lieu_inconnu_accepte => Verdict::Vrai,
        known => Verdict::of(known, Champ::CodePostal),
    };
    if let Some(dep) = &condition.departement {
        v = v.and(place(lieu.map(|l| &l.departement == dep)));
    }
    if !condition.hors_departements.is_empty() {
        v = v.and(place(lieu.map(|l| !condition.hors_departements.contains(&l.departement))));
    }
    if !condition.arrondissements.is_empty() {
        v = v.and(place(lieu.map(|l| l.arrondissement.is_some_and(|n| condition.arrondissements.contains(&n)))));
    }
    if !condition.communes.is_empty() {
        v = v.and(place(lieu.map(|l| l.commune.as_ref().is_some_and(|c| condition.communes.contains(c)))));
    }
    if let Some(min) = condition.age_min {
        v = v.and(Verdict::of(r.age.map(|a| a >= min), Champ::Age));
    }
    if let Some(max) = condition.age_max {
        v = v.and(Verdict::of(r.age.map(|a| a <= max), Champ::Age));
    }
    if !condition.ressources.is_empty() {
        let known = r.ressources.as_ref().map(|rs| rs.iter().any(|x| condition.ressources.contains(x)));
        v = v.and(Verdict::of(known, Champ::Ressources));
    }
    if !condition.freins.is_empty() {
        let known = r.freins.as_ref().map(|fs| fs.iter().any(|x| condition.freins.contains(x)));
        v = v.and(Verdict::of(known, Champ::Freins));
    }
    if !condition.sans_freins.is_empty() {
        let known = r.freins.as_ref().map(|fs| !fs.iter().any(|x| condition.sans_freins.contains(x)));
        v = v.and(Verdict::of(known, Champ::Freins));
    }
    if let Some(min) = condition.freins_sociaux_min {
        v = v.and(Verdict::of(r.freins_sociaux().map(|n| n >= usize::from(min)), Champ::Freins));
    }
    if let Some(max) = condition.freins_sociaux_max {
        v = v.and(Verdict::of(r.freins_sociaux().map(|n| n <= usize::from(max)), Champ::Freins));
    }
    if !condition.situations.is_empty() {
        let known = r.situations.as_ref().map(|ss| ss.iter().any(|x| condition.situations.contains(x)));
        v = v.and(Verdict::of(known, Champ::Situations));
    }
    if let Some(expected) = condition.inscrit_france_travail {
        v = v.and(Verdict::of(r.inscrit_france_travail.map(|x| x == expected), Champ::InscritFranceTravail));
    }
    if !condition.disponible_emploi.is_empty() {
        let known = r.disponible_emploi.map(|d| condition.disponible_emploi.contains(&d));
        v = v.and(Verdict::of(known, Champ::DisponibleEmploi));
    }
    if let Some(expected) = condition.enfant_moins_3_ans {
        v = v.and(Verdict::of(r.enfant_moins_3_ans.map(|x| x == expected), Champ::EnfantMoins3Ans));
    }
    if !condition.projets.is_empty() {
        v = v.and(Verdict::of(r.projet.map(|x| condition.projets.contains(&x)), Champ::Projet));
    }
    if !condition.ou.is_empty() {
        let any = condition.ou.iter().fold(Verdict::Faux, |acc, c| acc.or(evaluer(c, p)));
        v = v.and(any);
    }
    v
}
