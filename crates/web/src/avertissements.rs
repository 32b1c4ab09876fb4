//! Problems in the answers, in words. The core says which field and what is wrong
//! (`Avertissement`); this file says it in each language. The command line prints the French.

use offre_insertion::langue::Langue;
use offre_insertion::orientation::{Avertissement, Probleme};

/// The warning as a sentence in `langue`, naming the field when there is one.
pub fn message(a: &Avertissement, langue: Langue) -> String {
    let texte = probleme(&a.probleme, langue);
    match a.champ {
        // French puts a space before the colon; English and Arabic do not.
        Some(c) if langue == Langue::Fr => format!("{} : {texte}", c.libelle(langue)),
        Some(c) => format!("{}: {texte}", c.libelle(langue)),
        None => texte,
    }
}

fn probleme(p: &Probleme, langue: Langue) -> String {
    use Langue::{Ar, En, Fr};
    use Probleme::*;
    match (p, langue) {
        (PasUnObjet, Fr) => "les réponses doivent être un objet JSON { … }".into(),
        (PasUnObjet, En) => "the answers must be a JSON object { … }".into(),
        (PasUnObjet, Ar) => "يجب أن تكون الإجابات كائن JSON { … }".into(),
        (CodePostalMalForme { valeur }, Fr) => format!("« {valeur} » : cinq chiffres attendus ; ignoré"),
        (CodePostalMalForme { valeur }, En) => format!("“{valeur}”: five digits expected; ignored"),
        (CodePostalMalForme { valeur }, Ar) => format!("«{valeur}»: يجب أن يتكون من خمسة أرقام؛ لم يُؤخذ به"),
        (CodePostalInconnu { valeur }, Fr) => format!("le code postal « {valeur} » n'existe pas ; ignoré"),
        (CodePostalInconnu { valeur }, En) => format!("the postal code “{valeur}” does not exist; ignored"),
        (CodePostalInconnu { valeur }, Ar) => format!("الرمز البريدي «{valeur}» غير موجود؛ لم يُؤخذ به"),
        (HorsLimites { valeur, min, max }, Fr) => format!("{valeur} hors des limites ({min} à {max}) : ignoré"),
        (HorsLimites { valeur, min, max }, En) => format!("{valeur} is out of range ({min} to {max}): ignored"),
        (HorsLimites { valeur, min, max }, Ar) => {
            format!("{valeur} خارج الحدود المقبولة (من {min} إلى {max})؛ لم يُؤخذ به")
        }
        (NombreAttendu { valeur }, Fr) => format!("{valeur} illisible : un nombre est attendu"),
        (NombreAttendu { valeur }, En) => format!("{valeur} cannot be read: a number is expected"),
        (NombreAttendu { valeur }, Ar) => format!("{valeur} غير مقروء: المطلوب رقم"),
        (OuiNonAttendu { valeur }, Fr) => format!("valeur {valeur} : oui ou non attendu"),
        (OuiNonAttendu { valeur }, En) => format!("value {valeur}: yes or no expected"),
        (OuiNonAttendu { valeur }, Ar) => format!("القيمة {valeur}: المطلوب نعم أو لا"),
        (TexteAttendu { valeur }, Fr) => format!("valeur {valeur} : texte attendu"),
        (TexteAttendu { valeur }, En) => format!("value {valeur}: text expected"),
        (TexteAttendu { valeur }, Ar) => format!("القيمة {valeur}: المطلوب نص"),
        (ListeAttendue { valeur }, Fr) => format!("valeur {valeur} : liste attendue"),
        (ListeAttendue { valeur }, En) => format!("value {valeur}: list expected"),
        (ListeAttendue { valeur }, Ar) => format!("القيمة {valeur}: المطلوب قائمة"),
        (ValeurInconnue { valeur, admises }, Fr) => {
            format!("valeur inconnue « {valeur} » ignorée (valeurs admises : {})", admises.join(", "))
        }
        (ValeurInconnue { valeur, admises }, En) => {
            format!("unknown value “{valeur}” ignored (accepted values: {})", admises.join(", "))
        }
        (ValeurInconnue { valeur, admises }, Ar) => {
            format!("قيمة غير معروفة «{valeur}» لم يُؤخذ بها (القيم المقبولة: {})", admises.join("، "))
        }
        (LienTropLong, Fr) => "lien trop long : seule sa première partie a été lue".into(),
        (LienTropLong, En) => "link too long: only its first part was read".into(),
        (LienTropLong, Ar) => "الرابط طويل جدًا: قُرئ الجزء الأول منه فقط".into(),
        (MorceauIllisible { morceau }, Fr) => format!("morceau de lien illisible « {morceau} » ignoré"),
        (MorceauIllisible { morceau }, En) => format!("unreadable part of the link “{morceau}” ignored"),
        (MorceauIllisible { morceau }, Ar) => format!("جزء غير مقروء من الرابط «{morceau}» لم يُؤخذ به"),
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
        assert_eq!(message(&age_hors_limites(), Langue::Fr), "âge : 7 hors des limites (15 à 99) : ignoré");
        let lien = Avertissement::general(Probleme::LienTropLong);
        assert_eq!(message(&lien, Langue::Fr), "lien trop long : seule sa première partie a été lue");
    }

    #[test]
    fn english() {
        assert_eq!(message(&age_hors_limites(), Langue::En), "age: 7 is out of range (15 to 99): ignored");
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
