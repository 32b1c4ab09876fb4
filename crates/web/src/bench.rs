//! Figures for the browser benchmark (`tests/bench/bench.mjs`), exported to the page through
//! `window.wasmBindings`. Only in builds with the `bench` feature, never in the shipped app.

use crate::{catalogue_embarque, PAQUET};
use offre_insertion::catalogue::{paquet, paquets, synthetique, Catalogue};
use offre_insertion::search::{Filtres, Index};
use wasm_bindgen::prelude::*;

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// Times each query (5 rounds) on the embedded catalogue grown to `taille` services, split
/// into packs as the build splits it (a large territory's entries light, every pack with its
/// search words) and read as the page reads them; returns `[decodage_ms, index_ms, p50_ms,
/// p95_ms, services, index_reconstruit_ms]`, the last being the time to build the index from the
/// entries as the page did before the packs carried their words. The page's clock ticks by
/// 0.1 ms: on the shipped catalogue each timing is the mean of 20 runs of the query.
#[wasm_bindgen]
pub fn bench_recherche(requetes: Vec<String>, taille: usize) -> Vec<f64> {
    let catalogue = match taille {
        0 => paquet::lire(PAQUET).unwrap_or_else(|_| Catalogue::empty(Default::default())),
        n => synthetique::agrandir(&catalogue_embarque().0, n),
    };
    let d = paquets::decouper_avec_fiches(&catalogue, paquets::SEUIL_FICHES_A_PART);
    let (nom_index, octets_index) = paquets::fichier_index(&d.index);
    drop(catalogue);
    let t0 = now();
    let lu = paquets::lire_index(&nom_index, &octets_index).and_then(|index| {
        let territoriaux = d
            .territoriaux
            .iter()
            .map(|(nom, octets)| paquets::lire_territorial(&index, nom, octets))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(paquets::assembler_avec_mots(index, territoriaux))
    });
    let (catalogue, segments) = lu.unwrap_or_else(|_| (Catalogue::empty(Default::default()), Vec::new()));
    let t1 = now();
    let index = Index::des_segments(&catalogue, segments);
    let t2 = now();
    std::hint::black_box(Index::new(&catalogue));
    let reconstruit = now() - t2;
    let filtres = Filtres::default();
    let runs = if taille > 0 { 1 } else { 20 };
    let mut times = Vec::new();
    for _ in 0..5 {
        for q in &requetes {
            let start = now();
            for _ in 0..runs {
                std::hint::black_box(index.chercher(&catalogue, q, &filtres));
            }
            times.push((now() - start) / f64::from(runs));
        }
    }
    times.sort_by(f64::total_cmp);
    let at = |p: f64| times.get(((times.len().max(1) - 1) as f64 * p).round() as usize).copied().unwrap_or(0.0);
    vec![t1 - t0, t2 - t1, at(0.5), at(0.95), catalogue.services.len() as f64, reconstruit]
}

/// Time to compute an orientation in the page, averaged over 50 runs.
#[wasm_bindgen]
pub fn bench_orientation() -> f64 {
    let (catalogue, _) = catalogue_embarque();
    let (reponses, _) = offre_insertion::share::decode(
        "cp=75019&age=22&res=rsa&ft=0&dispo=apres_freins&fr=garde_enfants.numerique&proj=emploi",
    );
    let start = now();
    for _ in 0..50 {
        std::hint::black_box(offre_insertion::orientation::orienter(&catalogue, &reponses));
    }
    (now() - start) / 50.0
}
