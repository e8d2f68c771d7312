//! Finding a byte sixteen at a time with SSE2, which every x86-64 processor has (through
//! `safe_arch`: the library forbids `unsafe`). Most texts searched are a line or two long,
//! where a general search's set-up costs more than the search; this has none.

/// The offset of the first `byte` in `hay`.
#[cfg(target_arch = "x86_64")]
#[inline]
pub fn find(byte: u8, hay: &[u8]) -> Option<usize> {
    use safe_arch::{
        cmp_eq_mask_i8_m128i, load_unaligned_m128i, m128i, move_mask_i8_m128i, set_splat_i8_m128i,
    };
    // The cast keeps the bits: lanes are signed in the names, not in the comparison.
    let needle = set_splat_i8_m128i(byte as i8);
    let hits = |v: m128i| move_mask_i8_m128i(cmp_eq_mask_i8_m128i(v, needle)) as u32;
    let block = |b: &[u8]| load_unaligned_m128i(b.try_into().unwrap_or(&[0; 16]));
    let mut i = 0;
    while let Some(b) = hay.get(i..i + 16) {
        let found = hits(block(b));
        if found != 0 {
            return Some(i + found.trailing_zeros() as usize);
        }
        i += 16;
    }
    let tail = hay.len() - i;
    if tail == 0 {
        return None;
    }
    if hay.len() >= 16 {
        // The last sixteen bytes: those before the tail are known not to match.
        let found = hits(block(&hay[hay.len() - 16..])) >> (16 - tail);
        return (found != 0).then(|| i + found.trailing_zeros() as usize);
    }
    hay.iter().position(|&b| b == byte)
}

#[cfg(not(target_arch = "x86_64"))]
pub fn find(byte: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&b| b == byte)
}

#[cfg(test)]
mod tests {
    use super::find;

    #[test]
    fn finds_the_first_match_at_every_offset() {
        for len in 0..=40 {
            for at in (0..len).map(Some).chain([None]) {
                let mut hay = vec![b'a'; len];
                if let Some(at) = at {
                    hay[at] = b'{';
                    // A later match does not hide the first.
                    hay[len - 1] = b'{';
                }
                assert_eq!(find(b'{', &hay), at, "{hay:?}");
            }
        }
    }
}
