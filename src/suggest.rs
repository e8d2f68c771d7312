//! "Did you mean …?": the closest known name to a mistyped one.

/// The candidate nearest to `input` by edit distance, if it is near enough to be a typo.
pub fn did_you_mean<'a>(
    input: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let input = input.to_ascii_lowercase();
    let limit = (input.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .map(|c| (distance(&input, c), c))
        .filter(|&(d, c)| d <= limit || c.starts_with(&input) && !input.is_empty())
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
}

/// Optimal string alignment distance: Levenshtein plus swaps of two neighbours ("singout").
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = d;
        }
    }
    rows[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_typos() {
        let ids = ["signin", "signout", "deactivate", "fix-signed-out"];
        assert_eq!(did_you_mean("singout", ids), Some("signout"));
        assert_eq!(did_you_mean("sigin", ids), Some("signin"));
        assert_eq!(did_you_mean("deactivat", ids), Some("deactivate"));
        assert_eq!(did_you_mean("zzzzzz", ids), None);
        assert_eq!(distance("ab", "ba"), 1);
    }
}
