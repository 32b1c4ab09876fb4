//! Figures for the browser benchmark (`tests/bench/bench.mjs`), exported to the page through
//! `window.wasmBindings`. Only in builds with the `bench` feature, never in the shipped app.

use crate::{catalogue_embarque, PAQUET};
use offre_insertion::catalogue::{paquet, synthetique, Catalogue};
use offre_insertion::search::{Filtres, Index};
use wasm_bindgen::prelude::*;

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// Times each query (5 rounds) on the embedded catalogue grown to `taille` services;
/// returns `[decodage_ms, index_ms, p50_ms, p95_ms, services]`. The page's clock ticks by
/// 0.1 ms: on the shipped catalogue each timing is the mean of 20 runs of the query.
#[wasm_bindgen]
pub fn bench_recherche(requetes: Vec<String>, taille: usize) -> Vec<f64> {
    let octets = if taille > 0 {
        paquet::ecrire(&synthetique::agrandir(&catalogue_embarque().0, taille))
    } else {
        PAQUET.to_vec()
    };
    let t0 = now();
    let catalogue: Catalogue = paquet::lire(&octets).unwrap_or_else(|_| Catalogue::empty(Default::default()));
    let t1 = now();
    let index = Index::new(&catalogue);
    let t2 = now();
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
    vec![t1 - t0, t2 - t1, at(0.5), at(0.95), catalogue.services.len() as f64]
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
