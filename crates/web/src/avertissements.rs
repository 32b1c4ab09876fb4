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
        // Each says what to type instead: the questionnaire shows them beside the field.
        (CodePostalMalForme { valeur }, Fr) => format!(
            "nous ne reconnaissons pas « {valeur} ». Écrivez votre code postal (75019), votre arrondissement (19e) ou votre commune (Vitry-sur-Seine)."
        ),
        (CodePostalMalForme { valeur }, En) => format!(
            "we do not recognise “{valeur}”. Type your postcode (75019), your arrondissement (19th) or your town (Vitry-sur-Seine)."
        ),
        (CodePostalMalForme { valeur }, Ar) => format!(
            "لم نتعرّف على «{valeur}». اكتب رمزك البريدي (75019) أو رقم دائرتك (19) أو اسم بلديتك (Vitry-sur-Seine)."
        ),
        (CodePostalInconnu { valeur }, Fr) => {
            format!("le code postal « {valeur} » n'existe pas. Vérifiez-le, ou écrivez le nom de votre commune.")
        }
        (CodePostalInconnu { valeur }, En) => {
            format!("the postcode “{valeur}” does not exist. Check it, or type the name of your town.")
        }
        (CodePostalInconnu { valeur }, Ar) => format!("الرمز البريدي «{valeur}» غير موجود. تحقّق منه أو اكتب اسم بلديتك."),
        (HorsLimites { valeur, min, max }, Fr) => format!("{valeur} ne convient pas. Écrivez un nombre de {min} à {max}."),
        (HorsLimites { valeur, min, max }, En) => format!("{valeur} does not fit. Type a number from {min} to {max}."),
        (HorsLimites { valeur, min, max }, Ar) => format!("{valeur} غير مقبول. اكتب رقمًا من {min} إلى {max}."),
        (NombreAttendu { valeur }, Fr) => {
            format!("{valeur} n'est pas un nombre que nous savons lire. Écrivez-le en chiffres, par exemple 34.")
        }
        (NombreAttendu { valeur }, En) => format!("{valeur} is not a number we can read. Type it in figures, for example 34."),
        (NombreAttendu { valeur }, Ar) => format!("لا نستطيع قراءة {valeur} كرقم. اكتبه بالأرقام، مثلًا 34."),
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
