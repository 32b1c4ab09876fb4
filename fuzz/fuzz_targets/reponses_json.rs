#![no_main]
//! Any text as the answers JSON (`catalog suggest`): never a panic; what is kept is valid and
//! reads back the same through the share link.

use libfuzzer_sys::fuzz_target;
use offre_insertion::orientation::Reponses;
use offre_insertion::share::{decode, encode};

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok((reponses, _)) = Reponses::from_json_str(text) {
            let (again, notices) = decode(&encode(&reponses));
            assert!(notices.is_empty());
            assert_eq!(again, reponses);
        }
    }
});
