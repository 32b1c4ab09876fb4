//! The paquet the program carries is the catalogue of the files, field for field.

use offre_insertion::catalogue::load;
use std::path::Path;

#[test]
fn embedded_paquet_is_the_catalogue_of_the_files() {
    let (embedded, notices) = offre_insertion_web::catalogue_embarque();
    assert!(notices.is_empty(), "{notices:#?}");
    let (from_files, diagnostics) = load::from_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../catalog"));
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    assert!(!embedded.services.is_empty());
    assert_eq!(embedded, from_files);
}
