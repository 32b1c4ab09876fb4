//! Helpers of the native command line (argument parsing, statistics, file output).

use offre_insertion::catalogue::Catalogue;
use offre_insertion::langue::Langue;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::{Path, PathBuf};

/// Command-line arguments: one command word plus `--name value` options.
pub struct Options {
    words: Vec<String>,
}

impl Options {
    pub fn parse(args: &[String]) -> Result<Options, String> {
        Ok(Options { words: args.to_vec() })
    }

    /// Removes `--name value` and returns the value.
    pub fn take_value(&mut self, name: &str) -> Result<Option<String>, String> {
        let Some(i) = self.words.iter().position(|w| w == name) else { return Ok(None) };
        if i + 1 >= self.words.len() {
            return Err(format!("{name} attend une valeur"));
        }
        let value = self.words.remove(i + 1);
        self.words.remove(i);
        Ok(Some(value))
    }

    /// Removes `--name N` and returns the number, else the environment variable's, else `defaut`.
    pub fn take_number(&mut self, name: &str, variable: &str, defaut: u64) -> Result<u64, String> {
        match self.take_value(name)?.or_else(|| std::env::var(variable).ok()) {
            Some(n) => n.trim().parse().map_err(|_| format!("{name} : « {n} » n'est pas un nombre entier positif")),
            None => Ok(defaut),
        }
    }

    /// Removes every `--territoire CODE` and returns the territories.
    pub fn territoires(&mut self) -> Result<Vec<offre_insertion::territoire::Territoire>, String> {
        let mut territoires = Vec::new();
        while let Some(code) = self.take_value("--territoire")? {
            territoires
                .push(offre_insertion::territoire::Territoire::parse(&code).ok_or(format!(
                    "--territoire « {code} » : un département (75) ou un code commune INSEE (94081)"
                ))?);
        }
        Ok(territoires)
    }

    /// Removes and returns the command word.
    pub fn command(&mut self) -> Option<String> {
        (!self.words.is_empty()).then(|| self.words.remove(0))
    }

    /// Fails on anything left over.
    pub fn finish(self) -> Result<(), String> {
        match self.words.first() {
            None => Ok(()),
            Some(w) => Err(format!("argument inattendu « {w} »")),
        }
    }
}

/// A territory given on the command line.
pub fn territoire(code: &str) -> Result<offre_insertion::territoire::Territoire, String> {
    offre_insertion::territoire::Territoire::parse(code)
        .ok_or(format!("--territoire « {code} » : un département (75) ou un code commune INSEE (94081)"))
}

/// Writes the catalogue as packs in `dist/donnees/` (content-hashed names, old packs removed)
/// and names them in `dist/index.html` (`<meta name="offre-insertion-donnees">`) and
/// `dist/embed.js`, where the page's scripts start downloading them. Returns a summary.
/// Lots of fiches are written too, but not named: the app fetches one when a fiche is opened.
pub fn ecrire_paquets(
    catalogue: &Catalogue,
    dist: &Path,
    communes: &Path,
    seuil_fiches: usize,
    octets_avec_le_programme: u64,
) -> Result<String, String> {
    use offre_insertion::catalogue::paquets;
    let ecrire = |chemin: PathBuf, octets: &[u8]| {
        std::fs::write(&chemin, octets).map_err(|e| format!("{} : écriture impossible ({e})", chemin.display()))
    };
    let dossier = dist.join(paquets::DOSSIER);
    let _ = std::fs::remove_dir_all(&dossier);
    std::fs::create_dir_all(&dossier).map_err(|e| format!("{} : {e}", dossier.display()))?;
    let paquets::Decoupage { mut index, territoriaux, lots, complements } =
        paquets::decouper_avec_fiches(catalogue, seuil_fiches);
    // All of France's communes, in a pack of their own that only the index names: the page
    // fetches it for a place the index does not know, never ahead.
    let octets_france = offre_insertion::catalogue::france::paquet_depuis_npm(communes)?;
    let nom_france = format!("france-{}.paquet", paquets::empreinte(&octets_france));
    ecrire(dossier.join(&nom_france), &octets_france)?;
    index.france = Some(nom_france.clone());
    let (nom_index, octets_index) = paquets::fichier_index(&index);
    ecrire(dossier.join(&nom_index), &octets_index)?;
    let mut noms = vec![format!("{}/{nom_index}", paquets::DOSSIER)];
    let mut out = format!("{nom_index} : {} octets (index)\n", octets_index.len());
    let _ = writeln!(out, "{nom_france} : {} octets (communes de France)", octets_france.len());
    let accueil = catalogue.departement_d_accueil();
    for (nom, octets) in &territoriaux {
        ecrire(dossier.join(nom), octets)?;
        // A pack fetched only when asked is named with its département (`69=donnees/…`).
        let decrit = index.territoires.iter().find(|t| t.fichier == *nom);
        let a_la_demande =
            decrit.filter(|t| !paquets::avec_le_programme(&index, accueil.as_deref(), t, octets_avec_le_programme));
        match a_la_demande {
            Some(t) => noms.push(format!("{}={}/{nom}", t.departement, paquets::DOSSIER)),
            None => noms.push(format!("{}/{nom}", paquets::DOSSIER)),
        }
        let quand = if a_la_demande.is_some() { "à la demande" } else { "avec le programme" };
        let _ = writeln!(out, "{nom} : {} octets ({quand})", octets.len());
    }
    for (nom, octets) in lots.iter().chain(&complements) {
        ecrire(dossier.join(nom), octets)?;
    }
    for (nom, octets) in &complements {
        let _ = writeln!(out, "{nom} : {} octets (compléments, après le paquet)", octets.len());
    }
    if let Some(plus_gros) = lots.iter().map(|(_, o)| o.len()).max() {
        let _ = writeln!(out, "{} lots de fiches (le plus gros : {plus_gros} octets)", lots.len());
    }
    // The interface's English and Arabic words: the program carries French only.
    for langue in [Langue::En, Langue::Ar] {
        let texte = offre_insertion_web::i18n::paquet_langue(langue);
        let nom = format!("{}-{}.langue", langue.code(), paquets::empreinte(texte.as_bytes()));
        ecrire(dossier.join(&nom), texte.as_bytes())?;
        noms.push(format!("{}/{nom}", paquets::DOSSIER));
        let _ = writeln!(out, "{nom} : {} octets (langue)", texte.len());
    }
    let liste = noms.join(" ");
    let remplacer = |fichier: &str, avant: &str, apres: &str| -> Result<(), String> {
        let chemin = dist.join(fichier);
        // Packs written outside a build (measures): nothing to name them in.
        if !chemin.exists() {
            return Ok(());
        }
        let texte = std::fs::read_to_string(&chemin).map_err(|e| format!("{} : {e}", chemin.display()))?;
        if !texte.contains(avant) {
            return Err(format!("{} : « {avant} » introuvable", chemin.display()));
        }
        ecrire(chemin, texte.replacen(avant, apres, 1).as_bytes())
    };
    // An inline script in the head starts the downloads at once, beside the program's (the
    // CSP hook allows it by its hash): the language pack of a remembered choice at once, the
    // index and territory packs unless the address is the home screen (a pack fetched only when
    // asked, if the address asks for its département: `dep=69`, `cp=69003`). The home screen needs no
    // pack, so nothing competes with its first paint and the program; the index follows once the
    // program runs, ready for the next screen. A failed download resolves to null: the app says so.
    // Another screen than the home screen waits for the program to show anything: it is asked
    // for here too, not once the page's deferred scripts have run (the loader takes it over).
    let prechargement = format!(
        "<script>(()=>{{const n=\"{liste}\".split(\" \"),h=location.hash,a=!h||h===\"#\"||h===\"#/\",\
         m=self.offreInsertionPaquets=new Map,f=x=>m.has(x)||m.set(x,fetch(x).then(r=>r.ok?r.arrayBuffer():null,()=>null));\
         let l,q,c,t,d;try{{l=localStorage.getItem(\"offre-insertion-paris:langue\")}}catch(e){{}}\
         q=h.match(/[?&]dep=([^&]+)/),c=(h.match(/[?&]cp=(\\d{{5}})/)||[])[1],t=c&&c.slice(0,2),\
         d=q?q[1]:t==\"20\"?(c<\"20200\"?\"2A\":\"2B\"):t==\"97\"||t==\"98\"?c.slice(0,3):t;\
         n.forEach(x=>{{const[p,y]=x.split(\"=\");y?a||p!=d||f(y):x.endsWith(\".langue\")?x.includes(\"/\"+l+\"-\")&&f(x):a||f(x)}});\
         a&&addEventListener(\"TrunkApplicationStarted\",()=>f(n[0]),{{once:!0}});\
         if(!a){{const p={programme},k=document.createElement(\"link\");\
         self.offreInsertionProgramme=fetch(\"./\"+p+\"_bg.wasm\");k.rel=\"modulepreload\";k.href=\"./\"+p+\".js\";document.head.append(k)}}}})()</script>",
        programme = crate::pages_statiques::programme_de_l_adresse("h")
    );
    remplacer(
        "index.html",
        r#"<meta name="offre-insertion-donnees" content="">"#,
        &format!("<meta name=\"offre-insertion-donnees\" content=\"{liste}\">\n  {prechargement}"),
    )?;
    remplacer("embed.js", "const donnees = '__DONNEES__';", &format!("const donnees = '{liste}';"))?;
    Ok(out)
}

/// What `catalog import` tells the person who ran it.
pub fn bilan_import(b: &offre_insertion::catalogue::import::Bilan) -> String {
    let mut out = String::new();
    for r in &b.rejets {
        let _ = writeln!(out, "rejetée : {r}");
    }
    let _ = writeln!(
        out,
        "Import écrit dans {} : {} structures et {} services gardés, {} ligne(s) rejetée(s), {} hors des territoires demandés.",
        b.dossier.display(),
        b.structures,
        b.services,
        b.rejets.len(),
        b.hors_territoire
    );
    if b.caracteres_neutralises > 0 {
        let _ = writeln!(
            out,
            "{} caractère(s) invisible(s) ou de direction retiré(s) des textes.",
            b.caracteres_neutralises
        );
    }
    let c = &b.changements;
    let _ = writeln!(
        out,
        "Depuis l'import précédent : {} ajout(s), {} retrait(s), {} modification(s).",
        c.ajoutes, c.retires, c.modifies
    );
    let _ = writeln!(out, "Ensuite : `catalog check`, puis reconstruire et publier l'application (README, « Bring your territory's offer »).");
    out
}

/// Counts by kind, territory, thématique, public and parcours.
pub fn stats(c: &Catalogue) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Catalogue {} du {}", c.meta.version, c.meta.date);
    let _ = writeln!(out, "  structures : {}", c.structures.len());
    let _ = writeln!(out, "  services   : {}", c.services.len());
    let _ = writeln!(out, "  glossaire  : {}", c.glossaire.len());
    let section = |out: &mut String, title: &str, counts: BTreeMap<String, usize>| {
        let _ = writeln!(out, "\n{title}");
        let mut rows: Vec<_> = counts.into_iter().collect();
        rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        for (key, n) in rows {
            let _ = writeln!(out, "  {n:>4}  {key}");
        }
    };
    let count = |keys: &mut dyn Iterator<Item = String>| {
        let mut m = BTreeMap::new();
        for k in keys {
            *m.entry(k).or_insert(0) += 1;
        }
        m
    };
    section(
        &mut out,
        "Structures par catégorie",
        count(&mut c.structures.iter().map(|s| s.categorie.label().to_owned())),
    );
    let territory = |d: &Option<String>| d.clone().map_or("non précisé".to_owned(), |d| format!("département {d}"));
    section(
        &mut out,
        "Structures par territoire",
        count(&mut c.structures.iter().map(|s| territory(&s.lieu.departement))),
    );
    section(&mut out, "Services par territoire", count(&mut c.services.iter().map(|s| territory(&s.lieu.departement))));
    section(&mut out, "Services par type", count(&mut c.services.iter().map(|s| s.type_service.clone())));
    section(&mut out, "Services par thématique", count(&mut c.services.iter().flat_map(|s| s.thematiques.clone())));
    section(&mut out, "Services par public", count(&mut c.services.iter().flat_map(|s| s.publics.clone())));
    section(
        &mut out,
        "Services par parcours",
        count(&mut c.services.iter().flat_map(|s| s.parcours.iter().map(|p| p.label().to_owned()))),
    );
    section(&mut out, "Services par statut", count(&mut c.services.iter().map(|s| s.statut.label().to_owned())));
    out
}

/// Writes `structures.json` and `services.json` in the data·inclusion format.
pub fn export_data_inclusion(c: &Catalogue, out: &Path) -> Result<Vec<PathBuf>, String> {
    std::fs::create_dir_all(out).map_err(|e| format!("{} : {e}", out.display()))?;
    let (structures, services) = offre_insertion::catalogue::export::data_inclusion(c);
    let mut written = Vec::new();
    for (name, value) in [("structures.json", structures), ("services.json", services)] {
        let path = out.join(name);
        let text = serde_json::to_string_pretty(&value).map_err(|e| e.to_string())?;
        std::fs::write(&path, text + "\n").map_err(|e| format!("{} : {e}", path.display()))?;
        written.push(path);
    }
    Ok(written)
}

/// Timings of the core, natively: catalogue decoding (shipped and 20,000 synthetic entries)
/// and orientation. Goals are checked against these figures, not in tests.
pub fn bench() -> String {
    use offre_insertion::catalogue::{paquet, synthetique, Catalogue};
    use offre_insertion::orientation::{orienter, Reponses};
    use offre_insertion_web::PAQUET;
    use std::time::Instant;

    fn time<T>(runs: u32, mut f: impl FnMut() -> T) -> (f64, T) {
        let mut last = f();
        let start = Instant::now();
        for _ in 0..runs {
            last = f();
        }
        (start.elapsed().as_secs_f64() * 1000.0 / f64::from(runs), last)
    }

    let mut out = String::new();
    let (ms, catalogue) = time(20, || paquet::lire::<Catalogue>(PAQUET).expect("paquet"));
    let _ = writeln!(
        out,
        "lecture du catalogue intégré ({} Kio, {} services) : {ms:.2} ms",
        PAQUET.len() / 1024,
        catalogue.services.len()
    );

    let big = paquet::ecrire(&synthetique::agrandir(&paquet::lire::<Catalogue>(PAQUET).expect("paquet"), 20_000));
    let (ms, large) = time(3, || paquet::lire::<Catalogue>(&big).expect("paquet"));
    let _ = writeln!(
        out,
        "lecture à 20 000 entrées ({} Kio, {} services) : {ms:.2} ms",
        big.len() / 1024,
        large.services.len()
    );

    let (reponses, _) = Reponses::from_json(&serde_json::json!({
        "code_postal": "75019", "age": 22, "ressources": ["rsa"], "inscrit_france_travail": false,
        "disponible_emploi": "apres_freins", "freins": ["garde_enfants", "numerique"], "projet": "emploi"
    }));
    let (ms, resultat) = time(200, || orienter(&catalogue, &reponses));
    let _ =
        writeln!(out, "orientation (catalogue livré, {} services suggérés) : {:.3} ms", resultat.services.len(), ms);
    let (ms, _) = time(5, || orienter(&large, &reponses));
    let _ = writeln!(out, "orientation (20 000 entrées) : {ms:.2} ms");
    for (label, c) in [("catalogue livré", &catalogue), ("20 000 entrées", &large)] {
        let start = Instant::now();
        let index = offre_insertion::search::Index::new(c);
        let build = start.elapsed().as_secs_f64() * 1000.0;
        let (p50, p95) = search_latencies(c, &index);
        let _ = writeln!(
            out,
            "recherche ({label}) : index {build:.1} ms, requête p50 {p50:.3} ms, p95 {p95:.3} ms sur {} requêtes",
            SEARCH_QUERIES.len() * 5
        );
    }
    out
}

/// The fixed query list of the search benchmark (also used by the browser benchmark).
pub const SEARCH_QUERIES: [&str; 20] = [
    "creche",
    "refugies",
    "PLIE",
    "EPI",
    "Pôle emploi",
    "CAPI",
    "formation",
    "numerique",
    "mission locale",
    "rsa 19e",
    "sante",
    "garde d'enfants",
    "creation entreprise",
    "francais",
    "jeunes",
    "logement",
    "formaton",
    "artiste",
    "insertion par l'activite economique",
    "parrainage",
];

fn search_latencies(c: &Catalogue, index: &offre_insertion::search::Index) -> (f64, f64) {
    use std::time::Instant;
    let filtres = offre_insertion::search::Filtres::default();
    let mut times = Vec::new();
    for _ in 0..5 {
        for q in SEARCH_QUERIES {
            let start = Instant::now();
            let r = index.chercher(c, q, &filtres);
            std::hint::black_box(r);
            times.push(start.elapsed().as_secs_f64() * 1000.0);
        }
    }
    times.sort_by(f64::total_cmp);
    let at = |p: f64| times[((times.len() as f64 - 1.0) * p).round() as usize];
    (at(0.5), at(0.95))
}
