//! Synthetic catalogues for the benchmarks (native command and browser).

use crate::catalogue::{paquet, Catalogue, PAQUET};

/// The shipped catalogue with its services copied until there are `total` of them, as a paquet.
pub fn paquet_synthetique(total: usize) -> Vec<u8> {
    let mut catalogue: Catalogue = paquet::lire(PAQUET).expect("paquet");
    let services = catalogue.services.clone();
    for i in 0..total.saturating_sub(services.len()) {
        let mut s = services[i % services.len()].clone();
        s.id = format!("{}-synthetique-{i}", s.id);
        catalogue.services.push(s);
    }
    paquet::ecrire(&catalogue)
}
