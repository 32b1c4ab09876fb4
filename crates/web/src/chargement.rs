//! Downloading the catalogue: the program carries none. The page names the packs
//! (`<meta name="offre-insertion-donnees">`, or the host element's `data-donnees` when
//! embedded); `demarrage.js` or `embed.js` start fetching them while the program downloads, and
//! this module takes those downloads over (or starts them), checks them and puts the catalogue
//! together. A missing, truncated or mismatched pack is an error the interface offers to retry.

use offre_insertion::catalogue::paquets::{self, Index, Territorial};
use offre_insertion::catalogue::{france, Catalogue};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Why the catalogue could not be loaded (said to the person in their language, with a retry).
#[derive(Clone, Debug, PartialEq)]
pub struct EchecChargement {
    pub detail: String,
}

/// The catalogue packs the page names, as the build wrote them: the index first, then the
/// territory packs, each with its département when it is fetched only once a screen asks for it
/// (`69=donnees/…`). The language packs are named in the same list, and fetched apart.
fn noms_des_paquets() -> Vec<(Option<String>, String)> {
    let contenu = crate::browser::attribut_donnees().unwrap_or_default();
    contenu
        .split_whitespace()
        .filter(|n| !n.ends_with(EXTENSION_LANGUE))
        .map(|n| match n.split_once('=') {
            Some((departement, nom)) => (Some(departement.to_owned()), nom.to_owned()),
            None => (None, n.to_owned()),
        })
        .collect()
}

/// How a language pack's name ends (`donnees/en-….langue`).
const EXTENSION_LANGUE: &str = ".langue";

/// Downloads the language's words (the page's script may have started it, for a stored
/// choice) and makes them the language's. An error is said to the person; the page stays French.
pub async fn charger_langue(langue: crate::i18n::Langue) -> Result<(), String> {
    let prefixe = format!("{}-", langue.code());
    let contenu = crate::browser::attribut_donnees().unwrap_or_default();
    let nom = contenu
        .split_whitespace()
        .find(|n| n.ends_with(EXTENSION_LANGUE) && n.rsplit('/').next().is_some_and(|f| f.starts_with(&prefixe)))
        .ok_or_else(|| format!("la page ne nomme aucun paquet de langue {}", langue.code()))?;
    let octets = telecharger(nom).await?;
    let texte = String::from_utf8(octets).map_err(|_| format!("{nom} : texte illisible"))?;
    crate::i18n::installer(langue, texte)
}

/// Lets the page breathe: resumes in a new task (a timeout), so that no task holds it long.
pub async fn ceder() {
    let promesse = js_sys::Promise::new(&mut |reprendre, _| {
        let attendu = web_sys::window().map(|w| w.set_timeout_with_callback(&reprendre));
        if !matches!(attendu, Some(Ok(_))) {
            let _ = reprendre.call0(&JsValue::NULL);
        }
    });
    let _ = JsFuture::from(promesse).await;
}

/// One file's bytes: the download already started by the page's scripts, or a new one. Boxed:
/// its body is compiled once for all its callers, not into each of theirs.
fn telecharger(nom: &str) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<Vec<u8>, String>>>> {
    Box::pin(telecharger_en_place(nom.to_owned()))
}

async fn telecharger_en_place(nom: String) -> Result<Vec<u8>, String> {
    let nom = nom.as_str();
    let url = crate::browser::url_fichier(nom);
    let global = js_sys::global();
    let deja = js_sys::Reflect::get(&global, &"offreInsertionPaquets".into())
        .ok()
        .filter(|m| m.is_object())
        .and_then(|m| m.dyn_into::<js_sys::Map>().ok())
        .and_then(|m| {
            let p = m.get(&JsValue::from_str(nom));
            m.delete(&JsValue::from_str(nom));
            p.dyn_into::<js_sys::Promise>().ok()
        });
    let tampon = match deja {
        Some(promesse) => JsFuture::from(promesse).await,
        None => {
            let window = web_sys::window().ok_or("pas de fenêtre")?;
            let reponse = JsFuture::from(window.fetch_with_str(&url)).await;
            match reponse.map(|r| r.dyn_into::<web_sys::Response>()) {
                Ok(Ok(r)) if r.ok() => match r.array_buffer() {
                    Ok(p) => JsFuture::from(p).await,
                    Err(e) => Err(e),
                },
                Ok(Ok(r)) => return Err(format!("{nom} : réponse {}", r.status())),
                _ => return Err(format!("{nom} : téléchargement impossible")),
            }
        }
    };
    let tampon = tampon.map_err(|_| format!("{nom} : téléchargement interrompu"))?;
    if tampon.is_null() || tampon.is_undefined() {
        return Err(format!("{nom} : téléchargement impossible"));
    }
    Ok(js_sys::Uint8Array::new(&tampon).to_vec())
}

/// What the packs give: the catalogue, France's communes pack if not fetched yet, where the
/// whole descriptions of light entries are (entry id → lot's address), and the départements
/// whose packs are there to fetch when asked.
pub struct Charge {
    pub catalogue: Catalogue,
    /// The packs' search words, placed where their entries are in the catalogue.
    pub mots: Vec<offre_insertion::search::Segment>,
    pub france: Option<String>,
    pub fiches_a_part: HashMap<String, String>,
    pub a_la_demande: Vec<String>,
    /// Every described territory's département, in the index's order.
    pub territoires: Vec<String>,
    /// Whether a light territory read lacks its complements (`charger_complements`).
    pub complements: bool,
    /// Loads overlap: the later one (a higher number) holds all the earlier one read.
    pub generation: u64,
}

/// The packs read so far: a screen that asks for another territory fetches its pack only.
struct PaquetsLus {
    /// The folder of the packs (`donnees/`, or the embed's address of it).
    dossier: String,
    index: Index,
    territoriaux: Vec<TerritorialLu>,
    communes_france: Option<Vec<offre_insertion::catalogue::Commune>>,
}

/// A territory pack read: its bytes, and its entries while no catalogue holds them. A catalogue
/// takes the entries (copying 20,000 services took as long as reading their pack, before the
/// first results); the next one reads them again from the bytes, a few megabytes where the
/// entries weighed several times that.
struct TerritorialLu {
    nom: String,
    octets: Vec<u8>,
    entrees: Option<Territorial>,
    /// Its complements' file, while they are not read.
    complements_a_lire: Option<String>,
    /// Its complements read (file name, bytes), given back to its entries each time they are read.
    complements: Option<(String, Vec<u8>)>,
}

impl TerritorialLu {
    /// Its entries: those read last, or read again from its bytes (checked when it came, so a
    /// failure here is a corrupt memory, reported, the territory left out).
    fn entrees(&mut self, index: &Index) -> Option<Territorial> {
        if let Some(t) = self.entrees.take() {
            return Some(t);
        }
        let relu = paquets::lire_territorial(index, &self.nom, &self.octets).and_then(|mut t| {
            if let Some((nom, octets)) = &self.complements {
                t.completer(paquets::lire_complements(&t, nom, octets)?);
            }
            Ok(t)
        });
        relu.map_err(|e| web_sys::console::error_1(&e.to_string().into())).ok()
    }
}

impl PaquetsLus {
    /// A file's address, from its name in the index.
    fn adresse(&self, fichier: &str) -> String {
        format!("{}{fichier}", self.dossier)
    }

    fn lu(&self, t: &paquets::PaquetDecrit) -> bool {
        let nom = self.adresse(&t.fichier);
        self.territoriaux.iter().any(|t| t.nom == nom)
    }

    /// France's communes pack, while it is not read.
    fn france_a_lire(&self) -> Option<String> {
        self.index.france.as_deref().filter(|_| self.communes_france.is_none()).map(|f| self.adresse(f))
    }
}

thread_local! {
    static LUS: RefCell<Option<PaquetsLus>> = const { RefCell::new(None) };
    static GENERATION: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Downloads the index and the territory packs it lists (those the page fetches with the
/// program, and those of the départements asked), at the same time, and assembles them, with
/// France's communes if asked; or else the address of their pack, for later. Packs read before
/// are not fetched again.
pub async fn charger_catalogue(avec_france: bool, demandes: &[String]) -> Result<Charge, EchecChargement> {
    let echec = |detail: String| EchecChargement { detail };
    let noms = noms_des_paquets();
    let Some((_, nom_index)) = noms.first() else {
        return Err(echec("la page ne nomme aucun paquet de données".into()));
    };
    let dossier = nom_index.rsplit_once('/').map_or(String::new(), |(d, _)| format!("{d}/"));
    if LUS.with(|l| l.borrow().is_none()) {
        // The page's scripts started the downloads side by side (demarrage.js, embed.js):
        // waiting for them in turn costs nothing.
        let octets_index = telecharger(nom_index).await.map_err(echec)?;
        let index = paquets::lire_index(nom_index, &octets_index).map_err(|e| echec(e.to_string()))?;
        let lus = PaquetsLus { dossier, index, territoriaux: Vec::new(), communes_france: None };
        LUS.with(|l| *l.borrow_mut() = Some(lus));
    }
    let (a_charger, france) = LUS.with(|l| {
        let l = l.borrow();
        let lus = l.as_ref().expect("index read above");
        let mut a_charger = Vec::new();
        for t in lus.index.territoires.iter().filter(|t| !lus.lu(t)) {
            let nom = lus.adresse(&t.fichier);
            // A pack the page does not name (an older page) comes with the program.
            let a_la_demande =
                matches!(noms.iter().find(|(_, n)| *n == nom), Some((Some(d), _)) if !demandes.contains(d));
            if !a_la_demande {
                a_charger.push(nom);
            }
        }
        (a_charger, lus.france_a_lire())
    });
    for nom in a_charger {
        let octets = telecharger(&nom).await.map_err(echec)?;
        // One pack per task (see `App`): the page stays responsive between them.
        ceder().await;
        let lu = LUS.with(|l| {
            let l = l.borrow();
            paquets::lire_territorial(&l.as_ref().expect("index read above").index, &nom, &octets)
        });
        let territorial = lu.map_err(|e| echec(e.to_string()))?;
        let lu = TerritorialLu {
            complements_a_lire: territorial.complements.clone(),
            entrees: Some(territorial),
            nom,
            octets,
            complements: None,
        };
        LUS.with(|l| l.borrow_mut().as_mut().expect("index read above").territoriaux.push(lu));
    }
    if let Some(nom) = france.as_ref().filter(|_| avec_france) {
        // Without them the département is still known: nothing is refused for want of them.
        let communes = match telecharger(nom).await.and_then(|o| france::lire(&o).map_err(|e| e.to_string())) {
            Ok(communes) => communes,
            Err(e) => {
                web_sys::console::error_1(&format!("{nom} : {e}").into());
                Vec::new()
            }
        };
        LUS.with(|l| l.borrow_mut().as_mut().expect("index read above").communes_france = Some(communes));
    }
    Ok(charge_des_lus())
}

/// The catalogue of the packs read so far. The packs not read are those fetched only when asked
/// (any other was read, or the load failed).
fn charge_des_lus() -> Charge {
    LUS.with(|l| {
        let mut l = l.borrow_mut();
        let lus = l.as_mut().expect("index read before");
        let index = &lus.index;
        let territoriaux: Vec<Territorial> = lus.territoriaux.iter_mut().filter_map(|t| t.entrees(index)).collect();
        let fiches_a_part =
            paquets::fiches_a_part(&territoriaux).into_iter().map(|(id, lot)| (id, lus.adresse(&lot))).collect();
        let complements = territoriaux.iter().any(|t| t.complements.is_some());
        let france = lus.france_a_lire();
        let a_la_demande = lus.index.territoires.iter().filter(|t| !lus.lu(t)).map(|t| t.departement.clone()).collect();
        let communes_france = lus.communes_france.clone().unwrap_or_default();
        let (catalogue, mots) = paquets::assembler_avec_mots(lus.index.clone(), territoriaux);
        let catalogue = Catalogue { communes_france, ..catalogue };
        let territoires = lus.index.territoires.iter().map(|t| t.departement.clone()).collect();
        let generation = GENERATION.with(|g| {
            g.set(g.get() + 1);
            g.get()
        });
        Charge { catalogue, mots, france, fiches_a_part, a_la_demande, territoires, complements, generation }
    })
}

/// Downloads the complements of the light territories read (one file each, after their pack)
/// and gives their entries back their excerpts, contacts and provenance. The catalogue as it
/// then stands, and what failed (the entries stay as they were: search still works).
pub async fn charger_complements() -> (Charge, Option<String>) {
    let attendus: Vec<(usize, String)> = LUS.with(|l| {
        let l = l.borrow();
        let lus = l.as_ref().expect("index read before");
        let a_lire = lus.territoriaux.iter().enumerate();
        a_lire.filter_map(|(i, t)| Some((i, lus.adresse(t.complements_a_lire.as_ref()?)))).collect()
    });
    let mut echec = None;
    for (i, nom) in attendus {
        let octets = match telecharger(&nom).await {
            Ok(o) => o,
            Err(e) => {
                echec = Some(e);
                continue;
            }
        };
        ceder().await;
        LUS.with(|l| {
            let mut l = l.borrow_mut();
            let Some(lus) = l.as_mut() else { return };
            let index = &lus.index;
            let Some(lu) = lus.territoriaux.get_mut(i) else { return };
            let Some(mut t) = lu.entrees(index) else { return };
            match paquets::lire_complements(&t, &nom, &octets) {
                Ok(c) => {
                    t.completer(c);
                    lu.complements_a_lire = None;
                    lu.complements = Some((nom, octets));
                }
                Err(e) => echec = Some(e.to_string()),
            }
            lu.entrees = Some(t);
        });
    }
    (charge_des_lus(), echec)
}

thread_local! {
    /// The lots of fiches read so far: lot's address → entry id → whole description.
    static LOTS: RefCell<HashMap<String, Rc<HashMap<String, String>>>> = RefCell::default();
}

/// A light entry's whole description, if its lot has been read.
pub fn description_lue(lot: &str, id: &str) -> Option<String> {
    LOTS.with(|l| l.borrow().get(lot).and_then(|d| d.get(id).cloned()))
}

/// Downloads a lot of fiches (one request; the service worker keeps it for offline use) and
/// keeps its descriptions for `description_lue`.
pub async fn charger_lot(lot: &str, version: &str) -> Result<(), String> {
    let octets = telecharger(lot).await?;
    let lu = paquets::lire_lot(version, lot, &octets).map_err(|e| e.to_string())?;
    let descriptions = lu.descriptions.into_iter().map(|d| (d.id, d.texte)).collect();
    LOTS.with(|l| l.borrow_mut().insert(lot.to_owned(), Rc::new(descriptions)));
    Ok(())
}

/// Fetches files for the service worker to keep (`hors_ligne`), three at a time — a cheap
/// phone's connection is the limit, not the count — and says each one's outcome. The bytes are
/// not kept here: a fiche opened later reads its lot from the service worker.
pub fn telecharger_pour_hors_ligne(noms: Vec<String>, fichier_arrive: impl Fn(bool) + 'static) {
    let file = Rc::new(RefCell::new(noms));
    let fichier_arrive = Rc::new(fichier_arrive);
    for _ in 0..3 {
        let (file, fichier_arrive) = (file.clone(), fichier_arrive.clone());
        wasm_bindgen_futures::spawn_local(async move {
            loop {
                let Some(nom) = file.borrow_mut().pop() else { break };
                let arrive = telecharger(&nom).await;
                if let Err(e) = &arrive {
                    web_sys::console::error_1(&format!("hors ligne : {e}").into());
                }
                fichier_arrive(arrive.is_ok());
            }
        });
    }
}
