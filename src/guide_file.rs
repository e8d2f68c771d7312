//! Reads one guide file, refusing what would hang or swamp a run: only regular files, and
//! none larger than `MAX_BYTES`.
//!
//! A named pipe blocks the reader until something writes to it, and a link to a device such
//! as `/dev/zero` never ends; a guide larger than a megabyte is not one anybody wrote.

use std::fs::{self, File, Metadata};
use std::io::Read;
use std::path::Path;

/// The largest guide file read: the biggest built-in guide is under 20 KB.
pub const MAX_BYTES: u64 = 1024 * 1024;

/// The bytes of the file at `path`, or why they cannot be read, in words that follow
/// "cannot read: ".
pub fn read(path: &Path) -> Result<Vec<u8>, String> {
    // Looked at before opening: opening a named pipe waits for a writer.
    let meta = fs::metadata(path).map_err(|e| e.to_string())?;
    refuse_special(&meta)?;
    let file = File::open(path).map_err(|e| e.to_string())?;
    // And again through the handle, in case the file was swapped in between.
    let meta = file.metadata().map_err(|e| e.to_string())?;
    refuse_special(&meta)?;
    let too_big = || {
        format!(
            "larger than {} MiB ({} bytes), the most a guide file may hold",
            MAX_BYTES >> 20,
            MAX_BYTES
        )
    };
    if meta.len() > MAX_BYTES {
        return Err(too_big());
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // A file that grows while it is read stops at the limit all the same.
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(too_big());
    }
    Ok(bytes)
}

/// An error for anything but a regular file or a folder (which fails to read on its own,
/// with the system's words).
fn refuse_special(meta: &Metadata) -> Result<(), String> {
    if meta.is_file() || meta.is_dir() {
        return Ok(());
    }
    Err(format!(
        "{} is not a regular file; guides are read from regular files only",
        kind(meta)
    ))
}

#[cfg(unix)]
fn kind(meta: &Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    if t.is_fifo() {
        "a named pipe (FIFO)"
    } else if t.is_char_device() {
        "a character device"
    } else if t.is_block_device() {
        "a block device"
    } else if t.is_socket() {
        "a socket"
    } else {
        "it"
    }
}

#[cfg(not(unix))]
fn kind(_: &Metadata) -> &'static str {
    "it"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn devices_are_refused_before_they_are_read() {
        let err = read(Path::new("/dev/zero")).unwrap_err();
        assert_eq!(
            err,
            "a character device is not a regular file; guides are read from regular files only"
        );
    }

    #[test]
    fn a_file_over_the_limit_is_refused_and_one_at_it_is_read() {
        let dir = std::env::temp_dir().join(format!("imsg-guide-size-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join("big.json");
        let file = File::create(&path).unwrap();
        file.set_len(MAX_BYTES + 1).unwrap();
        let err = read(&path).unwrap_err();
        assert_eq!(
            err,
            "larger than 1 MiB (1048576 bytes), the most a guide file may hold"
        );
        file.set_len(MAX_BYTES).unwrap();
        assert_eq!(read(&path).unwrap().len() as u64, MAX_BYTES);
        fs::remove_dir_all(&dir).unwrap();
    }
}
