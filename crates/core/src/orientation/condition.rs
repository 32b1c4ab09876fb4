//! Three-valued evaluation of a rule's condition against possibly incomplete answers.

use super::Personne;
use crate::catalogue::regles::Condition;
use std::collections::BTreeSet;

/// The outcome of a condition: true, false, or undecided for want of some answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    Vrai,
    Faux,
    /// Would be decided by these answer fields.
    Inconnu(BTreeSet<&'static str>),
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

    fn of(known: Option<bool>, champ: &'static str) -> Verdict {
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
        known => Verdict::of(known, "code_postal"),
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
        v = v.and(Verdict::of(r.age.map(|a| a >= min), "age"));
    }
    if let Some(max) = condition.age_max {
        v = v.and(Verdict::of(r.age.map(|a| a <= max), "age"));
    }
    if !condition.ressources.is_empty() {
        let known = r.ressources.as_ref().map(|rs| rs.iter().any(|x| condition.ressources.contains(x)));
        v = v.and(Verdict::of(known, "ressources"));
    }
    if !condition.freins.is_empty() {
        let known = r.freins.as_ref().map(|fs| fs.iter().any(|x| condition.freins.contains(x)));
        v = v.and(Verdict::of(known, "freins"));
    }
    if !condition.sans_freins.is_empty() {
        let known = r.freins.as_ref().map(|fs| !fs.iter().any(|x| condition.sans_freins.contains(x)));
        v = v.and(Verdict::of(known, "freins"));
    }
    if let Some(min) = condition.freins_sociaux_min {
        v = v.and(Verdict::of(r.freins_sociaux().map(|n| n >= usize::from(min)), "freins"));
    }
    if let Some(max) = condition.freins_sociaux_max {
        v = v.and(Verdict::of(r.freins_sociaux().map(|n| n <= usize::from(max)), "freins"));
    }
    if !condition.situations.is_empty() {
        let known = r.situations.as_ref().map(|ss| ss.iter().any(|x| condition.situations.contains(x)));
        v = v.and(Verdict::of(known, "situations"));
    }
    if let Some(expected) = condition.inscrit_france_travail {
        v = v.and(Verdict::of(r.inscrit_france_travail.map(|x| x == expected), "inscrit_france_travail"));
    }
    if !condition.disponible_emploi.is_empty() {
        let known = r.disponible_emploi.map(|d| condition.disponible_emploi.contains(&d));
        v = v.and(Verdict::of(known, "disponible_emploi"));
    }
    if let Some(expected) = condition.enfant_moins_3_ans {
        v = v.and(Verdict::of(r.enfant_moins_3_ans.map(|x| x == expected), "enfant_moins_3_ans"));
    }
    if !condition.projets.is_empty() {
        v = v.and(Verdict::of(r.projet.map(|x| condition.projets.contains(&x)), "projet"));
    }
    if !condition.ou.is_empty() {
        let any = condition.ou.iter().fold(Verdict::Faux, |acc, c| acc.or(evaluer(c, p)));
        v = v.and(any);
    }
    v
}
