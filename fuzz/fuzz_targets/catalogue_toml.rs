#![no_main]
//! Any text as one catalogue file: read, assembled and validated like `catalog check` does,
//! never a panic (a bad file is a diagnostic).

use libfuzzer_sys::fuzz_target;
use offre_insertion::catalogue::load::{assemble, lire_source};
use offre_insertion::catalogue::validate::validate;
use offre_insertion::catalogue::vocab::DataInclusion;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(source) = lire_source("paris/services.toml".into(), text.to_owned()) {
            let (catalogue, _) = assemble(vec![source], DataInclusion::default());
            let _ = validate(&catalogue, None);
        }
    }
});
