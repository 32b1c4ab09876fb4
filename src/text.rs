//! Text normalisation shared by search, validation and the share-link codec.

/// Folds a string for comparison: lower case, accents and ligatures removed,
/// punctuation turned into single spaces. `"Pôle Emploi"` → `"pole emploi"`.
pub fn fold(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut pending_space = false;
    for c in input.chars() {
        let folded = fold_char(c);
        if folded.is_empty() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push_str(folded);
    }
    out
}

/// Maps one character to its folded form; an empty string marks a separator.
fn fold_char(c: char) -> &'static str {
    // Hot path for ASCII letters and digits.
    if c.is_ascii_alphanumeric() {
        const LOWER: [&str; 128] = ascii_table();
        return LOWER[c.to_ascii_lowercase() as usize];
    }
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

const fn ascii_table() -> [&'static str; 128] {
    const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
    const LETTERS: [&str; 26] = [
        "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q",
        "r", "s", "t", "u", "v", "w", "x", "y", "z",
    ];
    let mut table = [""; 128];
    let mut i = 0;
    while i < 10 {
        table[b'0' as usize + i] = DIGITS[i];
        i += 1;
    }
    let mut i = 0;
    while i < 26 {
        table[b'a' as usize + i] = LETTERS[i];
        i += 1;
    }
    table
}

/// Splits folded text into words.
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded.split(' ').filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_case_and_punctuation() {
        assert_eq!(fold("Pôle Emploi"), "pole emploi");
        assert_eq!(fold("crèche"), "creche");
        assert_eq!(fold("Réfugiés"), "refugies");
        assert_eq!(fold("  l'Œuvre — ÉTÉ!  "), "l oeuvre ete");
        assert_eq!(fold("EPI 11/12"), "epi 11 12");
    }

    #[test]
    fn words_skip_empty_parts() {
        assert_eq!(words(&fold("a  b,c")).collect::<Vec<_>>(), vec!["a", "b", "c"]);
    }
}
