//! The readers' languages. The core returns data (kinds, parameters, sources); each language's
//! words live with the interface, and the catalogue's translated texts (questions, rules,
//! vocabulary labels) are chosen with this type.

/// A language of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Langue {
    Fr,
    En,
    /// العربية, written right to left.
    Ar,
}

impl Langue {
    /// Every language, in the order the language choice offers them.
    pub const ALL: [Langue; 3] = [Langue::Fr, Langue::En, Langue::Ar];

    /// BCP 47 code, as in `lang="…"`.
    pub fn code(self) -> &'static str {
        match self {
            Langue::Fr => "fr",
            Langue::En => "en",
            Langue::Ar => "ar",
        }
    }

    /// Writing direction, as in `dir="…"`.
    pub fn dir(self) -> &'static str {
        match self {
            Langue::Ar => "rtl",
            Langue::Fr | Langue::En => "ltr",
        }
    }

    pub fn from_code(code: &str) -> Option<Langue> {
        Langue::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language's own name, as the language choice shows it.
    pub fn nom(self) -> &'static str {
        match self {
            Langue::Fr => "Français",
            Langue::En => "English",
            Langue::Ar => "العربية",
        }
    }
}

/// The English and Arabic vocabulary labels, by key (`Frein:sante`), as the web app installs
/// them from a language pack: it compiles the French ones only.
#[cfg(target_arch = "wasm32")]
static TRADUITS: [std::sync::OnceLock<std::collections::HashMap<&'static str, &'static str>>; 2] =
    [std::sync::OnceLock::new(), std::sync::OnceLock::new()];

/// Makes `libelles` (key, label) the language's vocabulary labels (once per visit).
#[cfg(target_arch = "wasm32")]
pub fn installer_libelles(langue: Langue, libelles: impl IntoIterator<Item = (&'static str, &'static str)>) {
    if langue != Langue::Fr {
        let _ = TRADUITS[langue as usize - 1].set(libelles.into_iter().collect());
    }
}

/// A vocabulary label in `langue`: French (`fr`) until that language's labels are installed.
#[cfg(target_arch = "wasm32")]
pub fn libelle_traduit(langue: Langue, cle: &str, fr: &'static str) -> &'static str {
    match langue {
        Langue::Fr => fr,
        l => TRADUITS[l as usize - 1].get().and_then(|m| m.get(cle).copied()).unwrap_or(fr),
    }
}

#[cfg(test)]
mod tests {
    use super::Langue;

    #[test]
    fn codes_round_trip_and_arabic_is_right_to_left() {
        for l in Langue::ALL {
            assert_eq!(Langue::from_code(l.code()), Some(l));
        }
        assert_eq!(Langue::from_code("de"), None);
        assert_eq!(Langue::Ar.dir(), "rtl");
        assert_eq!(Langue::Fr.dir(), "ltr");
    }
}
