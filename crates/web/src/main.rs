//! Web entry point, built for wasm32 by Trunk.

#[cfg(target_arch = "wasm32")]
fn main() {
    offre_insertion_web::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Ce programme est l'application web : construisez-la avec `trunk build` (voir README).");
    std::process::exit(2);
}
