#![no_main]
//! Any bytes as a URL fragment: the decoder must not panic, and what it keeps must re-encode.

use libfuzzer_sys::fuzz_target;
use offre_insertion::share::{decode, encode};

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let (answers, _) = decode(text);
        let (again, notices) = decode(&encode(&answers));
        assert!(notices.is_empty());
        assert_eq!(again, answers);
    }
});
