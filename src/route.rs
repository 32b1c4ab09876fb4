//! Hash routes. The app keeps its location in the URL fragment only, so an embedding
//! page's path and query are never touched.

/// A screen of the app, parsed from the URL fragment (`#/catalogue?q=…`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Accueil,
    Catalogue { query: String },
    Glossaire,
    APropos,
    /// A fragment that names no screen; kept to show it back to the person.
    Introuvable { fragment: String },
}

impl Route {
    /// Parses a fragment, with or without its leading `#`.
    pub fn parse(fragment: &str) -> Route {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let (path, query) = fragment.split_once('?').unwrap_or((fragment, ""));
        let path = path.trim_end_matches('/');
        match path {
            "" => Route::Accueil,
            "/catalogue" => Route::Catalogue { query: query_param(query, "q").unwrap_or_default() },
            "/glossaire" => Route::Glossaire,
            "/a-propos" => Route::APropos,
            _ => Route::Introuvable { fragment: fragment.to_owned() },
        }
    }

    /// The fragment for this route, with its leading `#`.
    pub fn to_fragment(&self) -> String {
        match self {
            Route::Accueil => "#/".to_owned(),
            Route::Catalogue { query } if query.is_empty() => "#/catalogue".to_owned(),
            Route::Catalogue { query } => format!("#/catalogue?q={}", percent_encode(query)),
            Route::Glossaire => "#/glossaire".to_owned(),
            Route::APropos => "#/a-propos".to_owned(),
            Route::Introuvable { fragment } => format!("#{fragment}"),
        }
    }
}

/// Reads one `key=value` pair out of a query string, percent-decoded.
pub fn query_param(query: &str, key: &str) -> Option<String> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| percent_decode(v))
}

/// Percent-encodes everything but unreserved characters; keeps the fragment readable.
pub fn percent_encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(byte as char),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// Decodes `%XX` and `+`; invalid escapes are kept as they are, invalid UTF-8 is replaced.
pub fn percent_decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push(h << 4 | l);
                        i += 3;
                        continue;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_known_and_unknown_routes() {
        assert_eq!(Route::parse(""), Route::Accueil);
        assert_eq!(Route::parse("#/"), Route::Accueil);
        assert_eq!(Route::parse("#/glossaire"), Route::Glossaire);
        assert_eq!(
            Route::parse("#/catalogue?q=cr%C3%A8che+enfant"),
            Route::Catalogue { query: "crèche enfant".into() }
        );
        assert_eq!(Route::parse("#/nulle-part"), Route::Introuvable { fragment: "/nulle-part".into() });
    }

    #[test]
    fn fragments_round_trip() {
        for route in [
            Route::Accueil,
            Route::Glossaire,
            Route::APropos,
            Route::Catalogue { query: String::new() },
            Route::Catalogue { query: "Pôle emploi & co".into() },
        ] {
            assert_eq!(Route::parse(&route.to_fragment()), route);
        }
    }

    #[test]
    fn broken_escapes_do_not_panic() {
        assert_eq!(percent_decode("%"), "%");
        assert_eq!(percent_decode("%4"), "%4");
        assert_eq!(percent_decode("%zz"), "%zz");
        assert_eq!(percent_decode("%FF"), "\u{FFFD}");
    }
}
