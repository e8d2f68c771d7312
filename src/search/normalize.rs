//! Word splitting and folding shared by `build.rs` and the search engine, so indexed words
//! and query words are compared in one form.

/// Whether `c` belongs inside a word. Combining accents count, so a decomposed "é" does not
/// split its word; they are dropped when the word is folded.
pub fn is_word_char(c: char) -> bool {
    // General punctuation (dashes, quotes, `…`, `›`) and `·` are in every answer, and the
    // standard library's table look-up costs hundreds of instructions a character.
    if ('\u{2000}'..='\u{206F}').contains(&c) || c == '·' {
        return false;
    }
    c.is_alphanumeric() || is_combining_accent(c)
}

fn is_combining_accent(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// The byte ranges of the words of `text`: runs of letters and digits.
pub fn words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = next_boundary(text, at, true)?;
        at = next_boundary(text, start, false).unwrap_or(text.len());
        Some((start, at))
    })
}

/// The offset of the first character from `from` on that is (`word`) or is not a word
/// character.
#[inline]
fn next_boundary(text: &str, from: usize, word: bool) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            // ASCII, nearly all of any text, by one table look-up.
            if ALPHANUMERIC[usize::from(b)] == word {
                return Some(i);
            }
            i += 1;
            continue;
        }
        let c = text[i..].chars().next()?;
        if is_word_char(c) == word {
            return Some(i);
        }
        i += c.len_utf8();
    }
    None
}

/// Which ASCII bytes are letters or digits.
const ALPHANUMERIC: [bool; 128] = {
    let mut t = [false; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// Appends `word` to `out` in lower case with accents folded away and a common English
/// ending cut, so "Imessagé" and "iMessage", and "signing" and "sign", compare equal.
pub fn fold_into(word: &str, out: &mut String) {
    let start = out.len();
    for c in word.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if let Some(base) = fold_latin(c) {
            out.push_str(base);
        } else if !is_combining_accent(c) {
            out.extend(c.to_lowercase());
        }
    }
    stem(out, start);
}

/// Cuts "-ing" or a plural "-s" from the word that starts at `start`, keeping at least
/// three letters: questions say "signing out", guides say "sign out". "-ed" stays: "signed
/// out" is the alert, "sign out" the action.
fn stem(out: &mut String, start: usize) {
    let word = &out[start..];
    let cut = if word.ends_with("ing") {
        3
    } else if word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
    {
        1
    } else {
        0
    };
    // Short words keep their "s": "does", "apps", "sims".
    let keep = if cut == 1 { 4 } else { 3 };
    if cut == 0 || word.len() - cut < keep || !word.is_ascii() {
        return;
    }
    out.truncate(out.len() - cut);
    if cut == 3 {
        restore_stem(out, start);
    }
}

/// After "-ing" is cut, puts back what English spelling took away: "taking" → "take",
/// "activating" → "activate", "getting" → "get".
fn restore_stem(out: &mut String, start: usize) {
    let vowel = |b: u8| b"aeiou".contains(&b);
    let stem = &out.as_bytes()[start..];
    let [.., a, b, c] = *stem else {
        return;
    };
    if b == c && !vowel(c) && !b"lsz".contains(&c) {
        out.pop();
    } else if !vowel(a) && vowel(b) && !vowel(c) && !b"wxy".contains(&c) {
        out.push('e');
    }
}

/// The folded form of `word`.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_into(word, &mut out);
    out
}

/// The folded words of `text`, in order.
pub fn tokens(text: &str) -> impl Iterator<Item = String> + '_ {
    words(text).map(|(start, end)| fold(&text[start..end]))
}

/// Base letters of Latin Extended-A, U+0100 to U+017F, one per code point; the ligatures
/// Ĳ ĳ Œ œ are handled before this table is read.
const LATIN_EXTENDED_A: &[u8; 128] = b"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/// The unaccented lower-case letters for an accented Latin letter (Latin-1 Supplement and
/// Latin Extended-A), or `None` for any other character.
fn fold_latin(c: char) -> Option<&'static str> {
    const LETTERS: [&str; 26] = [
        "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r",
        "s", "t", "u", "v", "w", "x", "y", "z",
    ];
    let letter = |b: u8| Some(LETTERS[usize::from(b - b'a')]);
    match c {
        'À'..='Å' | 'à'..='å' => letter(b'a'),
        'Æ' | 'æ' => Some("ae"),
        'Ç' | 'ç' => letter(b'c'),
        'È'..='Ë' | 'è'..='ë' => letter(b'e'),
        'Ì'..='Ï' | 'ì'..='ï' => letter(b'i'),
        'Ð' | 'ð' => letter(b'd'),
        'Ñ' | 'ñ' => letter(b'n'),
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' => letter(b'o'),
        'Ù'..='Ü' | 'ù'..='ü' => letter(b'u'),
        'Ý' | 'ý' | 'ÿ' => letter(b'y'),
        'Þ' | 'þ' => Some("th"),
        'ß' => Some("ss"),
        'Ĳ' | 'ĳ' => Some("ij"),
        'Œ' | 'œ' => Some("oe"),
        '\u{100}'..='\u{17f}' => letter(LATIN_EXTENDED_A[c as usize - 0x100]),
        _ => None,
    }
}

/// A set of the characters in a folded word, one bit per letter (digits and other
/// characters share the six spare bits). One edit changes at most two bits, so comparing
/// sets rules out most words before any distance is computed.
pub fn char_mask(word: &str) -> u32 {
    word.chars().fold(0, |mask, c| {
        let bit = match c {
            'a'..='z' => c as u32 - 'a' as u32,
            _ => 26 + c as u32 % 6,
        };
        mask | 1 << bit
    })
}
