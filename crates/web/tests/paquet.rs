//! The paquet the program carries is the catalogue of the files, field for field.

use offre_insertion::catalogue::{fichiers, load};

#[test]
fn embedded_paquet_is_the_catalogue_of_the_files() {
    let (embedded, notices) = offre_insertion_web::catalogue_embarque();
    assert!(notices.is_empty(), "{notices:#?}");
    let (from_files, diagnostics) = load::from_dir(&fichiers::dossier_du_depot());
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    assert!(!embedded.services.is_empty());
    assert_eq!(embedded, from_files);
}
