//! The native side of the catalogue: the `catalog` command's helpers (arguments, statistics,
//! export, benchmark) and the static pages rendered with the web app's own components.

pub mod options;
pub mod pages_statiques;
