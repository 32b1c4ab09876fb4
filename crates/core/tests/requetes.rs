//! The query set (`tests/recherche/requetes.toml`): success@5 and MRR, printed, and held above
//! a threshold set after measuring. `-- --nocapture` shows every miss.

use offre_insertion::requetes::{lire, mesurer};
use offre_insertion::search::Index;

mod commun;

/// Measured at 0.996 (MRR 0.919) when set, from 0.743 (MRR 0.678) before the lexicon, the
/// French query handling and places; the issue's goal is 0.95.
const SEUIL_SUCCES_A_5: f64 = 0.97;
const SEUIL_MRR: f64 = 0.88;

#[test]
fn the_query_set_finds_a_right_answer_in_the_first_five() {
    let (c, _) = commun::catalogue_livre();
    let chemin = commun::dossier_catalogue().join("../tests/recherche/requetes.toml");
    let texte = std::fs::read_to_string(&chemin).expect("tests/recherche/requetes.toml");
    let requetes = lire(&texte, c).unwrap_or_else(|e| panic!("{e}"));
    assert!(requetes.len() >= 150, "{} requêtes", requetes.len());
    let m = mesurer(c, &Index::new(c), &requetes);
    for i in m.issues.iter().filter(|i| i.rang.is_none()) {
        println!("manquée : « {} » → {:?}", i.texte, i.trouves);
    }
    println!("{} requêtes : succès@5 {:.3}, MRR {:.3}", requetes.len(), m.succes_a_5, m.mrr);
    assert!(m.succes_a_5 >= SEUIL_SUCCES_A_5, "succès@5 {:.3} < {SEUIL_SUCCES_A_5}", m.succes_a_5);
    assert!(m.mrr >= SEUIL_MRR, "MRR {:.3} < {SEUIL_MRR}", m.mrr);
}
