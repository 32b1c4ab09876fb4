//! The feuille de route's QR code: a link encoded as one SVG path, drawn by the browser with
//! no network (`qrcodegen`, pure Rust).

use qrcodegen::{QrCode, QrCodeEcc};

/// Light modules around the symbol, as the standard asks: a printed code next to text reads
/// only with this margin.
pub const MARGE: usize = 4;

/// A QR code ready to draw: `taille` modules square (margin included), dark modules as one SVG
/// path in those units (`viewBox="0 0 taille taille"`).
#[derive(Clone, Debug, PartialEq)]
pub struct Qr {
    pub taille: usize,
    pub chemin: String,
}

/// Encodes `texte` with error correction « M » (15 %; raised when it costs no size): a phone
/// reads it from a printed A4 even a little creased or smudged, and a share link of a few
/// hundred characters stays under 60 modules, about 0.7 mm each at 4 cm. `None` past the
/// format's capacity (about 2,300 bytes at this level), which a link never reaches.
pub fn qr(texte: &str) -> Option<Qr> {
    let code = QrCode::encode_text(texte, QrCodeEcc::Medium).ok()?;
    let n = code.size();
    let mut chemin = String::new();
    // One rectangle per run of dark modules on a row: a fraction of the path per module.
    for y in 0..n {
        let mut x = 0;
        while x < n {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let debut = x;
            while x < n && code.get_module(x, y) {
                x += 1;
            }
            let m = MARGE as i32;
            chemin.push_str(&format!("M{},{}h{}v1h-{}z", debut + m, y + m, x - debut, x - debut));
        }
    }
    Some(Qr { taille: n as usize + 2 * MARGE, chemin })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The dark modules the path draws, read back from its rectangles.
    fn modules(q: &Qr) -> Vec<Vec<bool>> {
        let mut grille = vec![vec![false; q.taille]; q.taille];
        for rect in q.chemin.split('z').filter(|r| !r.is_empty()) {
            let (pos, reste) = rect[1..].split_once('h').unwrap();
            let (x, y) = pos.split_once(',').unwrap();
            let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
            let largeur: usize = reste.split_once('v').unwrap().0.parse().unwrap();
            for dx in 0..largeur {
                grille[y][x + dx] = true;
            }
        }
        grille
    }

    #[test]
    fn the_path_draws_the_symbol_with_its_margin() {
        let lien = "https://exemple.paris.fr/offre/#/resultats?cp=75019&fr=garde_enfants";
        let q = qr(lien).unwrap();
        let code = QrCode::encode_text(lien, QrCodeEcc::Medium).unwrap();
        assert_eq!(q.taille, code.size() as usize + 8);
        let grille = modules(&q);
        for (y, ligne) in grille.iter().enumerate() {
            for (x, noir) in ligne.iter().enumerate() {
                let attendu = (MARGE..q.taille - MARGE).contains(&x)
                    && (MARGE..q.taille - MARGE).contains(&y)
                    && code.get_module((x - MARGE) as i32, (y - MARGE) as i32);
                assert_eq!(*noir, attendu, "module {x},{y}");
            }
        }
        // The finder pattern's corner, top left, just inside the margin.
        assert!(grille[MARGE][MARGE] && !grille[MARGE - 1][MARGE]);
    }

    #[test]
    fn a_long_share_link_stays_small_enough_to_read_on_paper() {
        let lien = format!(
            "https://exemple.paris.fr/offre-insertion/index.html#/resultats?{}",
            "cp=75019&age=22&res=rsa.ass&ft=1&dispo=apres_freins&fr=sante.logement.garde_enfants.mobilite&sit=famille_monoparentale.residant_qpv&e3=1&dip=aucun&proj=emploi"
        );
        let q = qr(&lien).unwrap();
        assert!(q.taille <= 70, "{} modules", q.taille);
    }

    #[test]
    fn too_much_text_is_refused_not_a_panic() {
        assert_eq!(qr(&"x".repeat(5000)), None);
        assert!(qr("").is_some());
    }
}
