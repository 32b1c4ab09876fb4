//! Offre de services d'insertion à Paris : catalogue, recherche et aide à l'orientation.
//!
//! The core (`catalogue`, `text`, `geo`, `search`, `orientation`, `share`, `route`) has no
//! dependency on Yew and is tested natively; `ui` is the thin Yew layer on top of it.

pub mod catalogue;
#[cfg(all(target_arch = "wasm32", feature = "bench"))]
pub mod bench;
#[doc(hidden)]
pub mod cli_bench;
pub mod geo;
pub mod orientation;
#[cfg(not(target_arch = "wasm32"))]
pub mod pages_statiques;
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
pub mod route;
pub mod search;
pub mod share;
pub mod text;
pub mod ui;

/// Version of the application (the catalogue carries its own version).
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
