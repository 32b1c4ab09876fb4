//! Synthetic catalogues for the benchmarks (native command and browser): the real one with its
//! services copied until there are enough of them.

use super::Catalogue;

/// `catalogue` with its services copied (new ids) until there are `total` of them.
pub fn agrandir(catalogue: &Catalogue, total: usize) -> Catalogue {
    let mut grand = catalogue.clone();
    let services = &catalogue.services;
    if services.is_empty() {
        return grand;
    }
    for i in 0..total.saturating_sub(services.len()) {
        let mut s = services[i % services.len()].clone();
        s.id = format!("{}-synthetique-{i}", s.id);
        grand.services.push(s);
    }
    grand
}
