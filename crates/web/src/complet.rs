//! Entry point of the complete program (`crate::programme`), built for wasm32 by Trunk.

#[cfg(target_arch = "wasm32")]
fn main() {
    offre_insertion_web::start_complet();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Ce programme est l'application web : construisez-la avec `trunk build` (voir README).");
    std::process::exit(2);
}
