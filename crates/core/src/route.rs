//! Hash routes. The app keeps its location in the URL fragment only, so an embedding
//! page's path and query are never touched; answers travel in the fragment too.

use crate::langue::Langue;
use crate::search::Filtres;

/// The catalogue's département filter value that asks for every territory (`dep=tous`).
pub const TOUS_TERRITOIRES: &str = "tous";

/// A screen of the app, parsed from the URL fragment (`#/catalogue?q=…`).
#[derive(Clone, Debug, PartialEq)]
pub enum Route {
    Accueil,
    Catalogue {
        q: String,
        filtres: Filtres,
    },
    Service {
        id: String,
    },
    Structure {
        id: String,
    },
    /// Step `etape` (1-based) of the questionnaire; `reponses` is the share-link query.
    Questionnaire {
        etape: usize,
        reponses: String,
    },
    Resultats {
        reponses: String,
    },
    Plan,
    Glossaire,
    /// The services a referent selected for the person (mode professionnel).
    Selection,
    /// Services (or structures) sent to a person by link: their identifiers only, never the
    /// person's answers (`#/services?s=epi-flandre.garantie-jeunes`).
    ServicesProposes {
        ids: Vec<String>,
    },
    /// The feuille de route to print for the person, in `langue` whatever the screen's: the
    /// services `ids` if any (a selection), else those the answers `reponses` suggest
    /// (`#/feuille?cp=75019&fr=sante&l=ar`, `#/feuille?s=epi-flandre.garantie-jeunes`).
    Feuille {
        reponses: String,
        ids: Vec<String>,
        langue: Langue,
    },
    APropos,
    /// A fragment that names no screen; kept to show it back to the person.
    Introuvable {
        fragment: String,
    },
}

impl Route {
    /// Parses a fragment, with or without its leading `#`.
    pub fn parse(fragment: &str) -> Route {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let (path, query) = fragment.split_once('?').unwrap_or((fragment, ""));
        let path = path.trim_end_matches('/');
        let segments: Vec<&str> = path.split('/').skip(1).collect();
        match segments.as_slice() {
            [] | [""] => Route::Accueil,
            ["catalogue"] => {
                Route::Catalogue { q: query_param(query, "q").unwrap_or_default(), filtres: filtres_from(query) }
            }
            ["service", id] if !id.is_empty() => Route::Service { id: percent_decode(id) },
            ["structure", id] if !id.is_empty() => Route::Structure { id: percent_decode(id) },
            ["questionnaire"] => Route::Questionnaire { etape: 1, reponses: query.to_owned() },
            ["questionnaire", n] => match n.parse::<usize>() {
                Ok(etape) if etape >= 1 => Route::Questionnaire { etape, reponses: query.to_owned() },
                _ => Route::Introuvable { fragment: fragment.to_owned() },
            },
            ["resultats"] => Route::Resultats { reponses: query.to_owned() },
            ["plan"] => Route::Plan,
            ["glossaire"] => Route::Glossaire,
            ["selection"] => Route::Selection,
            ["services"] => Route::ServicesProposes { ids: ids_from(query) },
            ["feuille"] => Route::Feuille {
                // The answers are the share link's, less the sheet's own keys.
                reponses: query
                    .split('&')
                    .filter(|p| !p.is_empty() && !p.starts_with("s=") && !p.starts_with("l="))
                    .collect::<Vec<_>>()
                    .join("&"),
                ids: ids_from(query),
                langue: query_param(query, "l").and_then(|l| Langue::from_code(&l)).unwrap_or(Langue::Fr),
            },
            ["a-propos"] => Route::APropos,
            _ => Route::Introuvable { fragment: fragment.to_owned() },
        }
    }

    /// The fragment for this route, with its leading `#`.
    pub fn to_fragment(&self) -> String {
        let with_query =
            |path: &str, query: &str| if query.is_empty() { format!("#{path}") } else { format!("#{path}?{query}") };
        match self {
            Route::Accueil => "#/".to_owned(),
            Route::Catalogue { q, filtres } => {
                let mut parts = Vec::new();
                if !q.is_empty() {
                    parts.push(format!("q={}", percent_encode(q)));
                }
                parts.extend(filtres_to(filtres));
                with_query("/catalogue", &parts.join("&"))
            }
            Route::Service { id } => format!("#/service/{}", percent_encode(id)),
            Route::Structure { id } => format!("#/structure/{}", percent_encode(id)),
            Route::Questionnaire { etape, reponses } => with_query(&format!("/questionnaire/{etape}"), reponses),
            Route::Resultats { reponses } => with_query("/resultats", reponses),
            Route::Plan => "#/plan".to_owned(),
            Route::Glossaire => "#/glossaire".to_owned(),
            Route::Selection => "#/selection".to_owned(),
            Route::ServicesProposes { ids } => {
                let ids: Vec<String> = ids.iter().map(|id| percent_encode(id)).collect();
                with_query("/services", &if ids.is_empty() { String::new() } else { format!("s={}", ids.join(".")) })
            }
            Route::Feuille { reponses, ids, langue } => {
                let ids: Vec<String> = ids.iter().map(|id| percent_encode(id)).collect();
                let parties = [
                    reponses.clone(),
                    if ids.is_empty() { String::new() } else { format!("s={}", ids.join(".")) },
                    if *langue == Langue::Fr { String::new() } else { format!("l={}", langue.code()) },
                ];
                with_query("/feuille", &parties.into_iter().filter(|p| !p.is_empty()).collect::<Vec<_>>().join("&"))
            }
            Route::APropos => "#/a-propos".to_owned(),
            Route::Introuvable { fragment } => format!("#{fragment}"),
        }
    }

    /// The catalogue with only a query.
    pub fn recherche(q: &str) -> Route {
        Route::Catalogue { q: q.to_owned(), filtres: Filtres::default() }
    }

    /// Whether this screen is drawn by the complete program (the questionnaire, what follows
    /// it and the referent's tools); the first program, lighter, draws the others.
    pub fn du_programme_complet(&self) -> bool {
        matches!(
            self,
            Route::Questionnaire { .. }
                | Route::Resultats { .. }
                | Route::Plan
                | Route::Selection
                | Route::ServicesProposes { .. }
                | Route::Feuille { .. }
        )
    }
}

/// The first segment of the fragments of the screens `Route::du_programme_complet`: the page's
/// loader reads it to start the complete program at once on such a link.
pub const ECRANS_DU_PROGRAMME_COMPLET: [&str; 6] =
    ["questionnaire", "resultats", "plan", "selection", "services", "feuille"];

/// The identifiers of `s=a.b.c`.
fn ids_from(query: &str) -> Vec<String> {
    query_param(query, "s").unwrap_or_default().split('.').filter(|id| !id.is_empty()).map(str::to_owned).collect()
}

const FILTER_KEYS: [&str; 8] = ["th", "pub", "arr", "dep", "frais", "acc", "mob", "hist"];

fn filtres_from(query: &str) -> Filtres {
    let get = |k: &str| query_param(query, k).filter(|v| !v.is_empty());
    Filtres {
        thematique: get(FILTER_KEYS[0]),
        public: get(FILTER_KEYS[1]),
        arrondissement: get(FILTER_KEYS[2]).and_then(|v| v.parse().ok()).filter(|n| (1..=20).contains(n)),
        departement: get(FILTER_KEYS[3]),
        frais: get(FILTER_KEYS[4]),
        mode_accueil: get(FILTER_KEYS[5]),
        mobilisable_par: get(FILTER_KEYS[6]),
        inclure_termines: get(FILTER_KEYS[7]).as_deref() == Some("1"),
        services_seulement: false,
    }
}

fn filtres_to(f: &Filtres) -> Vec<String> {
    let values = [
        f.thematique.clone(),
        f.public.clone(),
        f.arrondissement.map(|n| n.to_string()),
        f.departement.clone(),
        f.frais.clone(),
        f.mode_accueil.clone(),
        f.mobilisable_par.clone(),
        f.inclure_termines.then(|| "1".to_owned()),
    ];
    FILTER_KEYS.iter().zip(values).filter_map(|(k, v)| v.map(|v| format!("{k}={}", percent_encode(&v)))).collect()
}

/// Reads one `key=value` pair out of a query string, percent-decoded.
pub fn query_param(query: &str, key: &str) -> Option<String> {
    query.split('&').filter_map(|pair| pair.split_once('=')).find(|(k, _)| *k == key).map(|(_, v)| percent_decode(v))
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
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h << 4 | l);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
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
    fn the_loader_knows_the_screens_of_the_complete_program() {
        let routes = [
            Route::Accueil,
            Route::recherche("rsa"),
            Route::Service { id: "s".into() },
            Route::Structure { id: "s".into() },
            Route::Questionnaire { etape: 2, reponses: "cp=75019".into() },
            Route::Resultats { reponses: String::new() },
            Route::Plan,
            Route::Glossaire,
            Route::Selection,
            Route::ServicesProposes { ids: vec!["a".into()] },
            Route::Feuille { reponses: String::new(), ids: Vec::new(), langue: Langue::Ar },
            Route::APropos,
            Route::Introuvable { fragment: "/nulle-part".into() },
        ];
        for route in routes {
            let fragment = route.to_fragment();
            let premier = fragment.trim_start_matches("#/").split(['/', '?']).next().unwrap();
            assert_eq!(ECRANS_DU_PROGRAMME_COMPLET.contains(&premier), route.du_programme_complet(), "{fragment}");
            assert_eq!(Route::parse(&fragment).du_programme_complet(), route.du_programme_complet(), "{fragment}");
        }
    }

    #[test]
    fn parses_known_and_unknown_routes() {
        assert_eq!(Route::parse(""), Route::Accueil);
        assert_eq!(Route::parse("#/"), Route::Accueil);
        assert_eq!(Route::parse("#/glossaire"), Route::Glossaire);
        assert_eq!(Route::parse("#/catalogue?q=cr%C3%A8che+enfant"), Route::recherche("crèche enfant"));
        assert_eq!(Route::parse("#/service/garantie-jeunes"), Route::Service { id: "garantie-jeunes".into() });
        assert_eq!(
            Route::parse("#/questionnaire/3?cp=75019"),
            Route::Questionnaire { etape: 3, reponses: "cp=75019".into() }
        );
        assert_eq!(Route::parse("#/nulle-part"), Route::Introuvable { fragment: "/nulle-part".into() });
        assert_eq!(Route::parse("#/questionnaire/0"), Route::Introuvable { fragment: "/questionnaire/0".into() });
        assert_eq!(Route::parse("#/service/"), Route::Introuvable { fragment: "/service/".into() });
        assert_eq!(
            Route::parse("#/services?s=epi-flandre..garantie-jeunes&cp=75019"),
            Route::ServicesProposes { ids: vec!["epi-flandre".into(), "garantie-jeunes".into()] },
            "only identifiers: an answer slipped in is not kept"
        );
    }

    #[test]
    fn fragments_round_trip() {
        let filtres = Filtres {
            thematique: Some("sante".into()),
            arrondissement: Some(19),
            inclure_termines: true,
            ..Filtres::default()
        };
        for route in [
            Route::Accueil,
            Route::Glossaire,
            Route::APropos,
            Route::Plan,
            Route::Selection,
            Route::ServicesProposes { ids: vec!["epi-flandre".into(), "dora--garde-19".into()] },
            Route::ServicesProposes { ids: vec![] },
            Route::recherche(""),
            Route::recherche("Pôle emploi & co"),
            Route::Catalogue { q: "rsa".into(), filtres },
            Route::Structure { id: "epi-flandre".into() },
            Route::Questionnaire { etape: 2, reponses: "cp=75011&age=30".into() },
            Route::Resultats { reponses: "res=rsa".into() },
            Route::Feuille { reponses: "cp=75019&fr=garde_enfants".into(), ids: vec![], langue: Langue::Fr },
            Route::Feuille {
                reponses: String::new(),
                ids: vec!["epi-flandre".into(), "dora--garde-19".into()],
                langue: Langue::Ar,
            },
            Route::Feuille { reponses: "age=22".into(), ids: vec!["garantie-jeunes".into()], langue: Langue::En },
            Route::Feuille { reponses: String::new(), ids: vec![], langue: Langue::Fr },
        ] {
            assert_eq!(Route::parse(&route.to_fragment()), route);
        }
    }

    #[test]
    fn the_sheet_keeps_answers_services_and_language_apart() {
        assert_eq!(
            Route::parse("#/feuille?cp=75019&l=en&s=epi-flandre&fr=sante"),
            Route::Feuille {
                reponses: "cp=75019&fr=sante".into(),
                ids: vec!["epi-flandre".into()],
                langue: Langue::En
            }
        );
        // An unknown language is the default one, never an error.
        assert_eq!(
            Route::parse("#/feuille?l=xx"),
            Route::Feuille { reponses: String::new(), ids: vec![], langue: Langue::Fr }
        );
        assert_eq!(
            Route::Feuille { reponses: "cp=75019".into(), ids: vec![], langue: Langue::Ar }.to_fragment(),
            "#/feuille?cp=75019&l=ar"
        );
    }

    #[test]
    fn broken_escapes_and_filters_do_not_panic() {
        assert_eq!(percent_decode("%"), "%");
        assert_eq!(percent_decode("%4"), "%4");
        assert_eq!(percent_decode("%zz"), "%zz");
        assert_eq!(percent_decode("%FF"), "\u{FFFD}");
        let Route::Catalogue { filtres, .. } = Route::parse("#/catalogue?arr=99&th=") else { panic!() };
        assert_eq!(filtres, Filtres::default());
    }
}
