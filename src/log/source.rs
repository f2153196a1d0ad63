//! The bytes of a CSV log: its encoding (a BOM, UTF-8, else Windows-1252) and its
//! delimiter (`;`, `,` or tab, from the header line).

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};
use encoding_rs_io::DecodeReaderBytesBuilder;

/// Detects the encoding of a file: a BOM, else UTF-8 if every byte is valid UTF-8, else
/// Windows-1252 (what Excel writes on a Belgian Windows). Reads the file once, in chunks.
pub fn detect_encoding(path: &Path) -> io::Result<&'static Encoding> {
    let mut f = File::open(path)?;
    let mut buf = vec![0u8; 64 * 1024];
    let mut carry = 0usize;
    let mut first = true;
    loop {
        let n = f.read(&mut buf[carry..])?;
        let len = carry + n;
        if first {
            first = false;
            if let Some((enc, _)) = Encoding::for_bom(&buf[..len]) {
                return Ok(enc);
            }
        }
        if n == 0 {
            return Ok(if carry == 0 { UTF_8 } else { WINDOWS_1252 });
        }
        match std::str::from_utf8(&buf[..len]) {
            Ok(_) => carry = 0,
            Err(e) if e.error_len().is_none() => {
                // An incomplete sequence at the end of the chunk: keep it for the next one.
                let valid = e.valid_up_to();
                buf.copy_within(valid..len, 0);
                carry = len - valid;
            }
            Err(_) => return Ok(WINDOWS_1252),
        }
    }
}

pub fn encoding_name(enc: &'static Encoding) -> &'static str {
    if enc == UTF_8 {
        "UTF-8"
    } else if enc == UTF_16LE || enc == UTF_16BE {
        "UTF-16"
    } else {
        "Windows-1252"
    }
}

/// Picks the delimiter that splits the header line most: `;`, `,` or tab.
pub fn detect_delimiter(header: &str) -> u8 {
    [b';', b'\t', b',']
        .into_iter()
        .max_by_key(|&d| (header.matches(char::from(d)).count(), d == b';'))
        .unwrap_or(b';')
}

pub fn decoded(path: &Path, enc: &'static Encoding) -> io::Result<impl Read + use<>> {
    Ok(DecodeReaderBytesBuilder::new()
        .encoding(Some(enc))
        .bom_override(true)
        .build(File::open(path)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiter_from_the_header() {
        assert_eq!(detect_delimiter("date;activite;quantite"), b';');
        assert_eq!(detect_delimiter("date,activite,quantite"), b',');
        assert_eq!(detect_delimiter("date\tactivite\tquantite"), b'\t');
        assert_eq!(detect_delimiter("date"), b';');
    }
}
