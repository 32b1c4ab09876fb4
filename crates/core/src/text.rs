//! Text normalisation shared by search, validation and the share-link codec.

/// Folds a string for comparison: lower case, accents and ligatures removed,
/// punctuation turned into single spaces. `"Pôle Emploi"` → `"pole emploi"`.
pub fn fold(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    fold_dans(&mut out, input);
    out
}

/// `fold` into `out`, emptied first: building the search index folds every text of the
/// catalogue into one buffer instead of a new string each.
pub fn fold_dans(out: &mut String, input: &str) {
    out.clear();
    let mut pending_space = false;
    for c in input.chars() {
        // ASCII letters and digits, most of the text, are pushed as one byte: copying each
        // from a table of strings was half the time of building the search index.
        let ascii = c.is_ascii_alphanumeric();
        let folded = if ascii { "" } else { fold_char(c) };
        if !ascii && folded.is_empty() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        if ascii {
            out.push(c.to_ascii_lowercase());
        } else {
            out.push_str(folded);
        }
    }
}

/// Maps a character other than an ASCII letter or digit to its folded form; an empty string
/// marks a separator.
fn fold_char(c: char) -> &'static str {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => "a",
        'ç' | 'Ç' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ñ' | 'Ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'œ' | 'Œ' => "oe",
        'æ' | 'Æ' => "ae",
        'ß' => "ss",
        // Ordinal marks used in "1er", "2ème" stay readable.
        '°' | 'º' => "o",
        _ => "",
    }
}

/// Splits folded text into words.
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded.split(' ').filter(|w| !w.is_empty())
}

/// A letter or digit of a French text: ASCII ones and the accented Latin letters (À…ɏ, with
/// œ and ç), not punctuation such as ’ « » – …. Enough for the catalogue's languages, and it
/// keeps std's Unicode tables out of the web app.
pub fn lettre_ou_chiffre(c: char) -> bool {
    c.is_ascii_alphanumeric() || (('\u{C0}'..='\u{24F}').contains(&c) && c != '×' && c != '÷')
}

/// Appends `text` to HTML being written, as text or a double-quoted attribute value: catalogue
/// and imported content can hold markup, which must show as written.
pub fn echapper_html(out: &mut String, text: &str) {
    let mut debut = 0;
    for (i, c) in text.char_indices() {
        let entite = match c {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            _ => continue,
        };
        out.push_str(&text[debut..i]);
        out.push_str(entite);
        debut = i + 1;
    }
    out.push_str(&text[debut..]);
}

/// A label used inside a sentence: "Garde d'enfants" → "garde d'enfants". Only the first
/// letter changes, so acronyms keep their capitals ("… (ASE)"). Labels start with an ASCII
/// letter; others are left as they are (and std's Unicode case tables stay out of the web app).
pub fn minuscule_initiale(label: &str) -> String {
    let mut out = label.to_owned();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_lowercase();
    }
    out
}

/// Sorts stably with `compare`. Every call goes through one sort of positions with a dynamic
/// comparator, so the web app carries one copy of the standard sort instead of one per call
/// site and element type (about 4 KB of wasm each).
pub fn trier<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> std::cmp::Ordering) {
    let order = ordre(items.len(), &|a, b| compare(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// The positions `0..n` in the order `compare` gives (one sort compiled for every caller).
pub fn ordre(n: usize, compare: &dyn Fn(usize, usize) -> std::cmp::Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..n).collect();
    positions.sort_by(|&a, &b| compare(a, b));
    positions
}

/// A value quoted in a message, cut after `max` characters (with « … »), so that a long or
/// hostile input never floods the message.
pub fn abrege(s: &str, max: usize) -> String {
    let mut out: String = s.chars().take(max).collect();
    if s.chars().count() > max {
        out.push('…');
    }
    out
}

/// Characters that do not show but change what is shown: direction marks, embeddings, overrides
/// and isolates, zero-width characters and the byte-order mark. In a name they can make it look
/// like another, or reorder the words around it.
pub fn caractere_trompeur(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// Removes every `caractere_trompeur` from a text (imported rows, on import and on load);
/// returns how many were removed.
pub fn neutraliser(texte: &mut String) -> usize {
    let avant = texte.len();
    texte.retain(|c| !caractere_trompeur(c));
    // Each of them is three bytes in UTF-8.
    (avant - texte.len()) / 3
}

/// Whether a text holds Arabic letters (the Arabic block, U+0600–U+06FF): tells an Arabic text
/// from a French original left in its place.
pub fn ecrit_en_arabe(texte: &str) -> bool {
    texte.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escaping_keeps_markup_as_text() {
        let mut out = String::from("<p>");
        echapper_html(&mut out, "<script>alert(\"x\")</script> & l'été");
        assert_eq!(out, "<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; l'été");
    }

    #[test]
    fn letters_are_latin_letters_and_digits_not_punctuation() {
        for c in ['a', 'Z', '7', 'é', 'É', 'ç', 'œ', 'Œ', 'ï'] {
            assert!(lettre_ou_chiffre(c), "{c}");
        }
        for c in [' ', '-', '’', '\'', '«', '»', '\u{a0}', '…', '–', '(', '×'] {
            assert!(!lettre_ou_chiffre(c), "{c}");
        }
    }

    #[test]
    fn labels_inside_sentences_keep_their_acronyms() {
        assert_eq!(
            minuscule_initiale("Jeune suivi·e par l'Aide sociale à l'enfance (ASE)"),
            "jeune suivi·e par l'Aide sociale à l'enfance (ASE)"
        );
        assert_eq!(minuscule_initiale("Étude"), "Étude");
        assert_eq!(minuscule_initiale(""), "");
    }

    #[test]
    fn sorting_is_stable_and_follows_the_comparator() {
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd'), (1, 'e')];
        trier(&mut v, |x, y| y.0.cmp(&x.0));
        assert_eq!(v, vec![(2, 'a'), (2, 'c'), (1, 'b'), (1, 'e'), (0, 'd')]);
    }

    #[test]
    fn folds_accents_case_and_punctuation() {
        assert_eq!(fold("Pôle Emploi"), "pole emploi");
        assert_eq!(fold("crèche"), "creche");
        assert_eq!(fold("Réfugiés"), "refugies");
        assert_eq!(fold("  l'Œuvre — ÉTÉ!  "), "l oeuvre ete");
        assert_eq!(fold("EPI 11/12"), "epi 11 12");
    }

    #[test]
    fn invisible_and_direction_characters_are_removed_and_counted() {
        let mut nom = "\u{FEFF}Caf\u{200B}é \u{202E}lasrever\u{202C} \u{2066}x\u{2069}\u{200D}".to_owned();
        assert_eq!(neutraliser(&mut nom), 7);
        assert_eq!(nom, "Café lasrever x");
        let mut arabe = "مرحبا\u{200F}".to_owned();
        assert_eq!(neutraliser(&mut arabe), 1);
        assert_eq!(arabe, "مرحبا");
    }

    #[test]
    fn words_skip_empty_parts() {
        assert_eq!(words(&fold("a  b,c")).collect::<Vec<_>>(), vec!["a", "b", "c"]);
    }
}
