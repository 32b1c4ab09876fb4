//! The one thing to do first: whom to contact (the first entry point), why (its first reason),
//! and how (call, go, ask one's referent), from what the catalogue holds. Data only: the
//! interface says it in words.

use super::{Etape, Raison, Resultat};
use crate::catalogue::vocab::CategorieStructure;
use crate::catalogue::{Catalogue, Contact, Lieu};
#[cfg(feature = "native")]
use serde::Serialize;

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "native", derive(Serialize))]
pub struct PremiereEtape {
    pub id: String,
    pub nom: String,
    /// `structure` or `service`.
    pub genre: &'static str,
    /// Why this one: its first reason.
    pub raison: Option<Raison>,
    /// How, the most direct first; never empty.
    pub moyens: Vec<Moyen>,
}

/// A way to take the first step.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "native", derive(Serialize))]
#[cfg_attr(feature = "native", serde(tag = "genre", rename_all = "snake_case"))]
pub enum Moyen {
    /// Call this number (the entry's own, from a source or an import).
    Appeler { telephone: String },
    /// Go to this address; a position when known, for a map.
    SeRendre { adresse: String, position: Option<(f64, f64)> },
    /// The entry's website.
    SiteWeb { url: String },
    /// Only a professional makes the request: ask one's referent or a social worker.
    DemanderReferent,
    /// How, as the catalogue says it (French).
    Precisions { texte: String },
    /// The catalogue gives no address or phone: this contact gives them.
    AppelerContactGeneral { nom: String, telephone: String },
    /// Nor does it know whom to ask: the town hall or the Département.
    Mairie,
}

/// The first step of a result, if it has an entry point.
pub fn premiere_etape(c: &Catalogue, r: &Resultat) -> Option<PremiereEtape> {
    let pt = r.points_entree.first()?;
    let service = c.service(&pt.id);
    let structure = match service {
        Some(s) => c.structure(&s.structure_id),
        None => c.structure(&pt.id),
    };
    let a_des_details = |ct: &&Contact| ct.sourced_fields().next().is_some();
    // The service's own details, else its structure's (as the fiche shows them), but not a
    // national network's: its office is not where a person goes.
    let propre = service.map(|s| (&s.contact, &s.lieu)).filter(|(ct, _)| a_des_details(ct));
    let de_la_structure = structure
        .filter(|s| s.categorie != CategorieStructure::Reseau)
        .map(|s| (&s.contact, &s.lieu))
        .filter(|(ct, _)| a_des_details(ct));
    let (contact, lieu): (Option<&Contact>, Option<&Lieu>) = match propre.or(de_la_structure) {
        Some((ct, l)) => (Some(ct), Some(l)),
        None => (None, None),
    };
    let mut moyens = Vec::new();
    if let Some(s) = service {
        if !s.mobilisable_par.is_empty() && s.mobilisable_par.iter().all(|m| m == "professionnels") {
            moyens.push(Moyen::DemanderReferent);
        }
    }
    if let Some(ct) = contact {
        if let Some(telephone) = &ct.telephone {
            moyens.push(Moyen::Appeler { telephone: telephone.clone() });
        }
        if let Some(adresse) = &ct.adresse {
            // « 2 quai de l'Exemple, 75019 Paris », the town added when the address lacks it.
            let ville = lieu
                .map(|l| [l.code_postal.clone(), l.commune.clone()].into_iter().flatten().collect::<Vec<_>>().join(" "))
                .filter(|v| !v.is_empty() && !adresse.contains(v.as_str()));
            moyens.push(Moyen::SeRendre {
                adresse: std::iter::once(adresse.clone()).chain(ville).collect::<Vec<_>>().join(", "),
                position: lieu.and_then(|l| l.latitude.zip(l.longitude)),
            });
        }
        if let Some(url) = ct.site_web.as_ref().filter(|u| crate::catalogue::validate::adresse_web(u)) {
            moyens.push(Moyen::SiteWeb { url: url.clone() });
        }
    }
    if let Some(texte) = service.and_then(|s| s.mobilisation_precisions.clone()) {
        moyens.push(Moyen::Precisions { texte });
    }
    // No phone nor address of its own: whom the result sends people to for them.
    if !moyens.iter().any(|m| matches!(m, Moyen::Appeler { .. } | Moyen::SeRendre { .. })) {
        moyens.push(r.prochaines_etapes.iter().find_map(|e| match e {
            Etape::AdressesAupresDe { nom, telephone, .. } => {
                Some(Moyen::AppelerContactGeneral { nom: nom.clone(), telephone: telephone.clone() })
            }
            Etape::AdressesAupresDeLaMairie => Some(Moyen::Mairie),
            Etape::Contacter { .. } => None,
        })?);
    }
    Some(PremiereEtape {
        id: pt.id.clone(),
        nom: pt.nom.clone(),
        genre: pt.genre,
        raison: pt.raisons.first().cloned(),
        moyens,
    })
}
