//! The search's query set (`tests/recherche/requetes.toml`): queries typed as jobseekers and
//! referents type them, each with the entries of which one must be in the first five results.
//! Read and measured here for the test that holds the threshold and for `catalog requetes`.

use crate::catalogue::Catalogue;
use crate::search::{Cible, Filtres, Index};
use serde::{Deserialize, Serialize};

/// How many results count.
pub const RANG_MAX: usize = 5;

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Requete {
    pub texte: String,
    /// Entry ids; one of them in the first `RANG_MAX` results is a success.
    pub attendus: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Fichier {
    requete: Vec<Requete>,
}

/// Reads the query set; an unknown entry id is an error (a renamed entry must be renamed here).
pub fn lire(texte: &str, c: &Catalogue) -> Result<Vec<Requete>, String> {
    let f: Fichier = toml::from_str(texte).map_err(|e| format!("requêtes illisibles : {e}"))?;
    for r in &f.requete {
        if r.attendus.is_empty() {
            return Err(format!("requête « {} » : aucune entrée attendue", r.texte));
        }
        if let Some(id) = r.attendus.iter().find(|id| c.service(id).is_none() && c.structure(id).is_none()) {
            return Err(format!("requête « {} » : entrée « {id} » inconnue du catalogue", r.texte));
        }
    }
    Ok(f.requete)
}

/// One query's outcome: the first results' ids and the rank (1-based) of the first expected one.
#[derive(Clone, Debug, Serialize)]
pub struct Issue {
    pub texte: String,
    pub attendus: Vec<String>,
    pub trouves: Vec<String>,
    pub rang: Option<usize>,
}

/// success@5 and mean reciprocal rank (over the first five), with every query's outcome.
#[derive(Clone, Debug, Serialize)]
pub struct Mesure {
    pub succes_a_5: f64,
    pub mrr: f64,
    pub issues: Vec<Issue>,
}

pub fn mesurer(c: &Catalogue, index: &Index, requetes: &[Requete]) -> Mesure {
    let issues: Vec<Issue> = requetes
        .iter()
        .map(|r| {
            let trouves: Vec<String> = index
                .chercher(c, &r.texte, &Filtres::default())
                .cibles
                .iter()
                .take(RANG_MAX)
                .map(|t| match t {
                    Cible::Service(i) => c.services[*i].id.clone(),
                    Cible::Structure(i) => c.structures[*i].id.clone(),
                })
                .collect();
            let rang = trouves.iter().position(|id| r.attendus.contains(id)).map(|p| p + 1);
            Issue { texte: r.texte.clone(), attendus: r.attendus.clone(), trouves, rang }
        })
        .collect();
    let n = issues.len().max(1) as f64;
    let succes_a_5 = issues.iter().filter(|i| i.rang.is_some()).count() as f64 / n;
    let mrr = issues.iter().filter_map(|i| i.rang).map(|r| 1.0 / r as f64).sum::<f64>() / n;
    Mesure { succes_a_5, mrr, issues }
}

/// What the data·inclusion export leaves out and other search engines get for a fair comparison:
/// an entry's other names (acronym, former names) and where it is, in words.
#[derive(Clone, Debug, Serialize)]
pub struct Complement {
    pub id: String,
    pub aliases: Vec<String>,
    pub zone: String,
}

pub fn complements(c: &Catalogue) -> Vec<Complement> {
    let zone = |l: &crate::catalogue::Lieu| {
        let mut mots: Vec<String> = l.commune.iter().cloned().collect();
        if let Some(d) = l.departement.as_deref().and_then(|d| crate::geo::nom_departement(c, d)) {
            mots.push(d.nom);
        }
        mots.extend(l.arrondissements.iter().map(|n| format!("{n}e 750{n:02}")));
        mots.join(" ")
    };
    let structures = c.structures.iter().map(|s| (&s.id, &s.sigle, &s.aliases, &s.lieu));
    structures
        .chain(c.services.iter().map(|s| (&s.id, &s.sigle, &s.aliases, &s.lieu)))
        .map(|(id, sigle, aliases, lieu)| Complement {
            id: id.clone(),
            aliases: sigle.iter().chain(aliases).cloned().collect(),
            zone: zone(lieu),
        })
        .collect()
}
