//! `catalog`: the native command line for the catalogue.
//!
//!   catalog check   [--catalogue DIR]            validate every file; exit 1 on error
//!   catalog stats   [--catalogue DIR]            counts by kind, territory, thématique…
//!   catalog export  --format data-inclusion --out DIR [--catalogue DIR]
//!   catalog import  --format data-inclusion --from DIR --name NAME [--territoire CODE]… [--catalogue DIR]
//!   catalog --version

use offre_insertion::catalogue::{date::Date, france, load, validate::validate, Catalogue, Diagnostic};
use offre_insertion::langue::Langue;
use offre_insertion_cli::{options as cli, pages_statiques};
use offre_insertion_web::catalogue_embarque;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
Utilisation : catalog <commande> [options]

Commandes :
  check                      vérifie le catalogue (sortie 1 en cas d'erreur)
  stats                      compte les entrées par type, territoire, thématique, public, parcours
  export --format data-inclusion --out DOSSIER
                             écrit structures.json et services.json au format data·inclusion 1.0.8
  import --format data-inclusion --from DOSSIER --name NOM [--territoire CODE]…
                             importe structures.json et services.json du référentiel national
                             dans catalog/imports/NOM/ (--territoire 75, 94081… : ne garder que
                             ces départements ou communes ; répétable)
  suggest --answers FICHIER  calcule l'orientation pour des réponses JSON (« - » : entrée standard)
  pages --out DOSSIER [--territoire CODE]…
                             écrit une page HTML statique par service et par structure (avec
                             --territoire, ou OFFRE_INSERTION_PAGES=\"69 75\" au build :
                             seulement celles qui concernent ces territoires)
  premier-ecran --html FICHIER
                             écrit l'écran d'accueil, rendu d'avance, dans la page de l'application
  referentiel-synthetique --out DOSSIER [--structures N] [--services N] [--departement CODE]
                             écrit un référentiel data·inclusion synthétique au volume national
                             (100 000 structures, 140 000 services par défaut) pour les mesures ;
                             avec --departement, tout dans ce département
  paquets --out DIST [--communes DOSSIER] [--seuil-fiches N] [--octets-avec-le-programme N]
                             écrit les paquets de données de l'application (DIST/donnees/) et
                             les nomme dans DIST/index.html et DIST/embed.js ; les communes de
                             France viennent du paquet npm @etalab/decoupage-administratif
                             (par défaut node_modules/@etalab/decoupage-administratif) ; un
                             territoire de plus de N services (500 par défaut, ou la variable
                             OFFRE_INSERTION_SEUIL_FICHES) garde des extraits, ses descriptions
                             entières vont dans des lots de fiches lus à l'ouverture d'une fiche ;
                             au-delà de N octets de paquets territoriaux (2 000 000 par défaut, ou
                             OFFRE_INSERTION_OCTETS_AVEC_LE_PROGRAMME), la page ne charge avec le
                             programme que celui du territoire d'accueil, les autres à la demande
  requetes [--fichier FICHIER]
                             mesure la recherche sur un jeu de requêtes (par défaut
                             tests/recherche/requetes.toml) et l'écrit en JSON : succès@5, MRR,
                             pour chaque requête les cinq premiers résultats, et pour chaque
                             entrée ses autres noms et son lieu (pour comparer d'autres moteurs)
  bench                      mesure le chargement du catalogue et le calcul d'une orientation
  --version                  affiche les versions de l'outil et du catalogue

Option commune :
  --catalogue DOSSIER        dossier du catalogue (par défaut : ./catalog)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("erreur : {message}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    let mut options = cli::Options::parse(args)?;
    let catalogue_donne = options.take_value("--catalogue")?.map(PathBuf::from);
    let dir = catalogue_donne.clone().unwrap_or_else(default_dir);
    let Some(command) = options.command() else {
        println!("{USAGE}");
        return Ok(ExitCode::SUCCESS);
    };
    match command.as_str() {
        "--version" | "-V" | "version" => {
            let (catalogue, _) = catalogue_embarque();
            println!(
                "catalog {} — catalogue {} du {}",
                offre_insertion::APP_VERSION,
                catalogue.meta.version,
                catalogue.meta.date
            );
            Ok(ExitCode::SUCCESS)
        }
        "--help" | "-h" | "aide" => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        "check" => {
            options.finish()?;
            let (catalogue, diagnostics) = load_checked(&dir);
            let mut remarques = offre_insertion::catalogue::validate::remarques(&catalogue);
            load::completer_lignes(&mut remarques, &dir);
            for r in &remarques {
                println!("remarque : {r}");
            }
            if diagnostics.is_empty() {
                println!(
                    "Catalogue {} du {} : {} structures, {} services, {} termes de glossaire — aucune erreur.",
                    catalogue.meta.version,
                    catalogue.meta.date,
                    catalogue.structures.len(),
                    catalogue.services.len(),
                    catalogue.glossaire.len()
                );
                Ok(ExitCode::SUCCESS)
            } else {
                for d in &diagnostics {
                    eprintln!("{d}");
                }
                eprintln!("{} erreur(s) dans le catalogue.", diagnostics.len());
                Ok(ExitCode::from(1))
            }
        }
        "import" => {
            let format = options.take_value("--format")?.unwrap_or_default();
            let depuis = options.take_value("--from")?.ok_or("--from DOSSIER est obligatoire")?;
            let nom = options.take_value("--name")?.ok_or("--name NOM est obligatoire")?;
            let territoires = options.territoires()?;
            let aujourdhui = match options.take_value("--date")? {
                Some(d) => Date::parse(&d).ok_or(format!("--date « {d} » : forme attendue AAAA-MM-JJ"))?,
                None => Date::today(),
            };
            options.finish()?;
            if format != "data-inclusion" {
                return Err(format!("format « {format} » inconnu (formats : data-inclusion)"));
            }
            let demande = offre_insertion::catalogue::import::Demande {
                depuis: PathBuf::from(depuis),
                nom,
                territoires,
                catalogue: dir.clone(),
                aujourdhui,
            };
            match offre_insertion::catalogue::import::importer(&demande) {
                Ok(bilan) => {
                    print!("{}", cli::bilan_import(&bilan));
                    Ok(ExitCode::SUCCESS)
                }
                Err(message) => {
                    eprintln!("erreur : {message}\nRien n'a été écrit : l'import précédent, s'il existe, est intact.");
                    Ok(ExitCode::from(1))
                }
            }
        }
        "stats" => {
            options.finish()?;
            let (catalogue, diagnostics) = load_checked(&dir);
            print!("{}", cli::stats(&catalogue));
            if !diagnostics.is_empty() {
                eprintln!("(attention : {} erreur(s), lancez `catalog check`)", diagnostics.len());
            }
            Ok(ExitCode::SUCCESS)
        }
        "export" => {
            let format = options.take_value("--format")?.unwrap_or_default();
            let out = options.take_value("--out")?.ok_or("--out DOSSIER est obligatoire")?;
            options.finish()?;
            if format != "data-inclusion" {
                return Err(format!("format « {format} » inconnu (formats : data-inclusion)"));
            }
            let (catalogue, diagnostics) = load_checked(&dir);
            if !diagnostics.is_empty() {
                for d in &diagnostics {
                    eprintln!("{d}");
                }
                eprintln!("export refusé : corrigez d'abord le catalogue.");
                return Ok(ExitCode::from(1));
            }
            let written = cli::export_data_inclusion(&catalogue, &PathBuf::from(out))?;
            for path in written {
                println!("écrit : {}", path.display());
            }
            Ok(ExitCode::SUCCESS)
        }
        "suggest" => {
            let path = options
                .take_value("--answers")?
                .ok_or("--answers FICHIER est obligatoire (ou « - » pour l'entrée standard)")?;
            options.finish()?;
            let text = read_input(&path)?;
            let (reponses, mut avertissements) = match offre_insertion::orientation::Reponses::from_json_str(&text) {
                Ok(parsed) => parsed,
                Err(e) => {
                    eprintln!("erreur : {path} : {e}");
                    return Ok(ExitCode::from(2));
                }
            };
            let (catalogue, _) = catalogue_embarque();
            let mut resultat = offre_insertion::orientation::orienter(&catalogue, &reponses);
            avertissements.append(&mut resultat.avertissements);
            resultat.avertissements = avertissements;
            for a in &resultat.avertissements {
                eprintln!("attention : {}", offre_insertion_web::avertissements::message(a, Langue::Fr));
            }
            println!("{}", serde_json::to_string_pretty(&resultat).map_err(|e| e.to_string())?);
            // Values that had to be set aside make the answers invalid as given.
            Ok(if resultat.avertissements.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(2) })
        }
        "requetes" => {
            let fichier = options.take_value("--fichier")?.unwrap_or_else(|| "tests/recherche/requetes.toml".into());
            options.finish()?;
            let texte = std::fs::read_to_string(&fichier).map_err(|e| format!("{fichier} : {e}"))?;
            let (catalogue, _) = load_checked(&dir);
            let requetes =
                offre_insertion::requetes::lire(&texte, &catalogue).map_err(|e| format!("{fichier} : {e}"))?;
            let index = offre_insertion::search::Index::new(&catalogue);
            let mesure = offre_insertion::requetes::mesurer(&catalogue, &index, &requetes);
            let mut sortie = serde_json::to_value(&mesure).map_err(|e| e.to_string())?;
            sortie["complements"] =
                serde_json::to_value(offre_insertion::requetes::complements(&catalogue)).map_err(|e| e.to_string())?;
            println!("{}", serde_json::to_string_pretty(&sortie).map_err(|e| e.to_string())?);
            Ok(ExitCode::SUCCESS)
        }
        "pages" => {
            let out = options.take_value("--out")?.ok_or("--out DOSSIER est obligatoire")?;
            let mut territoires = options.territoires()?;
            options.finish()?;
            // A national build limits its pages through the build's environment (Trunk's hook).
            if let (true, Ok(codes)) = (territoires.is_empty(), std::env::var("OFFRE_INSERTION_PAGES")) {
                territoires = codes
                    .split_whitespace()
                    .map(cli::territoire)
                    .collect::<Result<_, _>>()
                    .map_err(|e| format!("OFFRE_INSERTION_PAGES : {e}"))?;
            }
            // The catalogue compiled in (the build's), or the folder given with --catalogue.
            let catalogue = match &catalogue_donne {
                Some(d) => load::from_dir(d).0,
                None => catalogue_embarque().0,
            };
            let written = pages_statiques::generer(&catalogue, &PathBuf::from(&out), &territoires)?;
            println!("{} pages statiques écrites dans {out}", written.len());
            Ok(ExitCode::SUCCESS)
        }
        "premier-ecran" => {
            let html = options.take_value("--html")?.ok_or("--html FICHIER est obligatoire")?;
            options.finish()?;
            pages_statiques::premier_ecran(&PathBuf::from(&html))?;
            println!("écran d'accueil rendu d'avance dans {html}");
            Ok(ExitCode::SUCCESS)
        }
        "referentiel-synthetique" => {
            let out = PathBuf::from(options.take_value("--out")?.ok_or("--out DOSSIER est obligatoire")?);
            let nombre = |v: Option<String>, defaut: usize| {
                v.map_or(Ok(defaut), |n| n.parse().map_err(|_| format!("« {n} » : un nombre attendu")))
            };
            let structures = nombre(options.take_value("--structures")?, 100_000)?;
            let services = nombre(options.take_value("--services")?, 140_000)?;
            let departement = options.take_value("--departement")?;
            options.finish()?;
            let (catalogue, _) = load::from_dir(&dir);
            if let Some(d) = departement.as_deref().filter(|d| !catalogue.departements.iter().any(|x| x.code == *d)) {
                return Err(format!("« {d} » : ce n'est pas un département de la liste de l'INSEE"));
            }
            let vocabulaire = load::read_vocabulary(&dir.join(offre_insertion::catalogue::VOCABULARY_DIR))?;
            let (s, v) = offre_insertion::catalogue::synthetique::referentiel_national(
                &vocabulaire,
                &catalogue.departements,
                structures.max(1),
                services,
                departement.as_deref(),
            );
            std::fs::create_dir_all(&out).map_err(|e| format!("{} : {e}", out.display()))?;
            for (nom, lignes) in [("structures.json", s), ("services.json", v)] {
                let texte = serde_json::to_string(&lignes).map_err(|e| e.to_string())?;
                std::fs::write(out.join(nom), texte).map_err(|e| format!("{nom} : {e}"))?;
            }
            println!("référentiel synthétique : {structures} structures, {services} services dans {}", out.display());
            Ok(ExitCode::SUCCESS)
        }
        "paquets" => {
            let out = options.take_value("--out")?.ok_or("--out DOSSIER est obligatoire")?;
            let communes = options.take_value("--communes")?.unwrap_or(france::PAQUET_NPM.into());
            let seuil_fiches = options.take_number(
                "--seuil-fiches",
                "OFFRE_INSERTION_SEUIL_FICHES",
                offre_insertion::catalogue::paquets::SEUIL_FICHES_A_PART as u64,
            )? as usize;
            let octets_avec_le_programme = options.take_number(
                "--octets-avec-le-programme",
                "OFFRE_INSERTION_OCTETS_AVEC_LE_PROGRAMME",
                offre_insertion::catalogue::paquets::OCTETS_TOUS_AVEC_LE_PROGRAMME,
            )?;
            options.finish()?;
            // The catalogue compiled in (the build's), or the folder given with --catalogue.
            let catalogue = match &catalogue_donne {
                Some(d) => load::from_dir(d).0,
                None => catalogue_embarque().0,
            };
            print!(
                "{}",
                cli::ecrire_paquets(
                    &catalogue,
                    &PathBuf::from(out),
                    Path::new(&communes),
                    seuil_fiches,
                    octets_avec_le_programme,
                )?
            );
            Ok(ExitCode::SUCCESS)
        }
        "bench" => {
            options.finish()?;
            print!("{}", cli::bench());
            Ok(ExitCode::SUCCESS)
        }
        other => Err(format!("commande inconnue « {other} »")),
    }
}

/// The answers, from a file or standard input; reading stops past `JSON_MAX` (standard input
/// may be endless).
fn read_input(path: &str) -> Result<String, String> {
    use offre_insertion::catalogue::fichiers::lire_borne;
    use offre_insertion::orientation::answers::JSON_MAX;
    if path == "-" {
        lire_borne(std::io::stdin().lock(), JSON_MAX, "entrée standard")
    } else {
        let fichier = std::fs::File::open(path).map_err(|e| format!("{path} : {e}"))?;
        lire_borne(fichier, JSON_MAX, path)
    }
}

fn default_dir() -> PathBuf {
    let local = PathBuf::from("catalog");
    if local.join("catalogue.toml").exists() {
        local
    } else {
        offre_insertion::catalogue::fichiers::dossier_du_depot()
    }
}

/// Loads and validates, with line numbers filled in wherever the entry can be found.
fn load_checked(dir: &std::path::Path) -> (Catalogue, Vec<Diagnostic>) {
    let (catalogue, mut diagnostics) = load::from_dir(dir);
    diagnostics.extend(validate(&catalogue, Some(Date::today())));
    load::completer_lignes(&mut diagnostics, dir);
    (catalogue, diagnostics)
}
