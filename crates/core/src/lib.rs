//! Offre de services d'insertion : the core of the catalogue and orientation helper.
//!
//! Catalogue model, loading and validation, the binary paquet, search, the orientation engine,
//! geography, the share-link codec and routes. No browser or interface crate: the web crate
//! (`offre-insertion-web`) renders what this crate returns, and the `catalog` tool
//! (`offre-insertion-cli`) drives it natively. Reading files (TOML, JSON) needs the `native`
//! feature, which the web app turns off.

pub mod catalogue;
pub mod feuille;
pub mod geo;
pub mod langue;
pub mod orientation;
pub mod qr;
#[cfg(feature = "native")]
pub mod requetes;
pub mod route;
pub mod search;
pub mod share;
pub mod territoire;
pub mod text;

/// Version of the application (the catalogue carries its own version).
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
