//! The questionnaire's answers as people type them: every way of writing a place or an age that
//! the issue lists, read with the shipped catalogue (its arrondissements and communes).

use offre_insertion::catalogue::Catalogue;
use offre_insertion::geo::{code_postal_saisi, ErreurCodePostal};
use offre_insertion::orientation::answers::Saisie;
use offre_insertion::orientation::{Avertissement, Champ, Probleme, Reponses};

mod commun;

fn catalogue() -> &'static Catalogue {
    &commun::catalogue_livre().0
}

#[test]
fn places_as_people_write_them() {
    for (saisie, code) in [
        ("13", "75013"),
        ("13e", "75013"),
        ("13ème", "75013"),
        ("Paris 13", "75013"),
        ("75013", "75013"),
        ("19e arrondissement", "75019"),
        ("94 Vitry", "94400"),
        ("Vitry", "94400"),
        ("vitry-sur-seine", "94400"),
        ("Vitry sur Seine 94", "94400"),
        ("Créteil", "94000"),
        ("creteil", "94000"),
        ("CRETEIL", "94000"),
        ("St Maur", "94100"),
        ("Saint-Maur-des-Fossés", "94100"),
        ("saint maur des fosses", "94100"),
        ("Choisy", "94600"),
        ("94400", "94400"),
    ] {
        assert_eq!(code_postal_saisi(catalogue(), saisie).as_deref(), Ok(code), "« {saisie} »");
    }
}

#[test]
fn what_cannot_be_placed_says_why() {
    for saisie in ["", "Paris", "94", "Vi", "Lyon", "75 Vitry", "13 rue de la Paix", "vingt"] {
        assert_eq!(code_postal_saisi(catalogue(), saisie), Err(ErreurCodePostal::Forme), "« {saisie} »");
    }
    for saisie in ["75099", "99999", "00100"] {
        assert_eq!(code_postal_saisi(catalogue(), saisie), Err(ErreurCodePostal::Inconnu), "« {saisie} »");
    }
}

#[test]
fn the_questionnaire_keeps_a_placed_answer_and_reports_the_others() {
    let r = Reponses::default();
    let (r2, w) = r.repondre(catalogue(), Champ::CodePostal, Saisie::texte("94 Vitry"));
    assert_eq!((r2.code_postal.as_deref(), w.len()), (Some("94400"), 0));
    let (r3, w) = r2.repondre(catalogue(), Champ::CodePostal, Saisie::texte("Atlantide"));
    assert_eq!(r3.code_postal.as_deref(), Some("94400"), "a refused answer changes nothing");
    assert_eq!(w, [Avertissement::new(Champ::CodePostal, Probleme::CodePostalMalForme { valeur: "Atlantide".into() })]);
    let (_, w) = r.repondre(catalogue(), Champ::CodePostal, Saisie::texte("75099"));
    assert_eq!(w, [Avertissement::new(Champ::CodePostal, Probleme::CodePostalInconnu { valeur: "75099".into() })]);
    for (saisie, age) in [("22", 22), ("22 ans", 22), ("vingt-deux", 22), ("vingt", 20)] {
        let (r, w) = r.repondre(catalogue(), Champ::Age, Saisie::texte(saisie));
        assert_eq!((r.age, w.len()), (Some(age), 0), "« {saisie} »");
    }
    let (r, w) = r.repondre(catalogue(), Champ::Age, Saisie::texte("vin"));
    assert_eq!(r.age, None);
    assert_eq!(w, [Avertissement::new(Champ::Age, Probleme::NombreAttendu { valeur: "\"vin\"".into() })]);
}
