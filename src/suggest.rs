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
        .map(|c| (strsim::osa_distance(&input, c), c))
        .filter(|&(d, c)| d <= limit || c.starts_with(&input) && !input.is_empty())
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
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
    }
}
