//! Problems in the answers, in words. The core says which field and what is wrong
//! (`Avertissement`); this file says it in each language. The command line prints the French.

use crate::i18n::{Modele, Mots};
use offre_insertion::langue::Langue;
use offre_insertion::orientation::{Avertissement, Probleme};

/// The warning as a sentence in `langue`, naming the field when there is one.
pub fn message(a: &Avertissement, langue: Langue) -> String {
    let texte = probleme(&a.probleme, langue);
    match a.champ {
        Some(c) => langue.textes().avertissement_champ.avec(&[("c", c.libelle(langue)), ("t", &texte)]),
        None => texte,
    }
}

fn probleme(p: &Probleme, langue: Langue) -> String {
    use Probleme::*;
    let t = langue.textes();
    let valeur = |m: Modele, v: &str| m.avec(&[("valeur", v)]);
    match p {
        PasUnObjet => t.av_pas_un_objet.into(),
        CodePostalMalForme { valeur: v } => valeur(t.av_code_postal_mal_forme, v),
        CodePostalInconnu { valeur: v } => valeur(t.av_code_postal_inconnu, v),
        HorsLimites { valeur: v, min, max } => {
            t.av_hors_limites.avec(&[("valeur", &v.to_string()), ("min", &min.to_string()), ("max", &max.to_string())])
        }
        NombreAttendu { valeur: v } => valeur(t.av_nombre_attendu, v),
        OuiNonAttendu { valeur: v } => valeur(t.av_oui_non_attendu, v),
        TexteAttendu { valeur: v } => valeur(t.av_texte_attendu, v),
        ListeAttendue { valeur: v } => valeur(t.av_liste_attendue, v),
        ValeurInconnue { valeur: v, admises } => {
            t.av_valeur_inconnue.avec(&[("valeur", v), ("admises", &admises.join(t.virgule))])
        }
        LienTropLong => t.av_lien_trop_long.into(),
        MorceauIllisible { morceau } => t.av_morceau_illisible.avec(&[("morceau", morceau)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use offre_insertion::orientation::Champ;

    fn age_hors_limites() -> Avertissement {
        Avertissement::new(Champ::Age, Probleme::HorsLimites { valeur: 7, min: 15, max: 99 })
    }

    #[test]
    fn french() {
        assert_eq!(message(&age_hors_limites(), Langue::Fr), "âge : 7 ne convient pas. Écrivez un nombre de 15 à 99.");
        let lieu = Avertissement::new(Champ::CodePostal, Probleme::CodePostalMalForme { valeur: "13x".into() });
        let m = message(&lieu, Langue::Fr);
        assert!(m.contains("« 13x »") && m.contains("19e") && m.contains("Vitry-sur-Seine"), "says what to type: {m}");
        let lien = Avertissement::general(Probleme::LienTropLong);
        assert_eq!(message(&lien, Langue::Fr), "lien trop long : seule sa première partie a été lue");
    }

    #[test]
    fn english() {
        assert_eq!(message(&age_hors_limites(), Langue::En), "age: 7 does not fit. Type a number from 15 to 99.");
        let inconnue = Avertissement::new(
            Champ::Diplome,
            Probleme::ValeurInconnue { valeur: "licence".into(), admises: vec!["aucun", "bac"] },
        );
        assert_eq!(
            message(&inconnue, Langue::En),
            "diploma: unknown value “licence” ignored (accepted values: aucun, bac)"
        );
    }

    #[test]
    fn arabic() {
        let m = message(&age_hors_limites(), Langue::Ar);
        assert!(m.starts_with("العمر"), "{m}");
        assert!(m.contains("من 15 إلى 99"), "{m}");
    }
}
