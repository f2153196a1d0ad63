//! Compound files (XLS, and the envelope of an encrypted XLSX) as calamine 0.38 reads them
//! (`cfb`, `xls`): whether their sector chains end and their sheets fit in an XLS sheet.
//! See [`super`] for why.

/// The signature of a compound file.
const COMPOUND_MAGIC: &[u8; 8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
/// Sector numbers from here on are markers (free, end of chain, FAT or DIFAT sector).
const RESERVED: u32 = 0xFFFF_FFFA;
/// A mini sector past the end of the mini stream, as calamine reads it.
const MINI_ZEROS: [u8; 64] = [0; 64];
/// A DIFAT entry at or past this is no FAT sector.
const DIFSECT: u32 = 0xFFFF_FFFC;

/// Whether a file starting with `head` is a compound file (XLS, or an encrypted XLSX).
pub fn is_compound_file(head: &[u8]) -> bool {
    head.starts_with(COMPOUND_MAGIC)
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    let b = bytes.get(at..at + 4)?;
    Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

fn u32s(bytes: &[u8]) -> impl Iterator<Item = u32> + '_ {
    bytes
        .chunks_exact(4)
        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

/// Whether calamine can read this compound file's allocation tables and follow its
/// chains to their ends: the header is whole, the DIFAT chain ends within the file, every
/// FAT sector is whole and no chain of the FAT loops. Read as calamine reads it
/// (`cfb::Cfb::new`): sector `n` starts at `(n + 1) × size`. A sound file has no loop
/// anywhere in its FAT, so the whole table is checked, not only the chains calamine
/// follows.
pub fn compound_file_is_sound(bytes: &[u8]) -> bool {
    if bytes.len() < 512 || &bytes[..8] != COMPOUND_MAGIC {
        return false;
    }
    let size: usize = match bytes.get(30..32) {
        Some([9, 0]) => 512,
        Some([12, 0]) => 4096,
        _ => return false,
    };
    let sector = |id: u32| {
        let start = (id as usize + 1) * size;
        bytes.get(start..start + size)
    };
    let most = bytes.len() / size + 1;
    // The DIFAT: 109 entries in the header, then a chain whose last entry links on.
    let mut difat: Vec<u32> = u32s(&bytes[76..512]).collect();
    let mut next = u32_at(bytes, 68).unwrap_or(RESERVED);
    let mut steps = 0;
    while next < RESERVED {
        steps += 1;
        let Some(s) = sector(next).filter(|_| steps <= most) else {
            return false;
        };
        difat.extend(u32s(s));
        let Some(link) = difat.pop() else {
            return false;
        };
        next = link;
    }
    let mut fat: Vec<u32> = Vec::new();
    for id in difat.into_iter().filter(|&id| id < DIFSECT) {
        let Some(s) = sector(id) else {
            return false;
        };
        fat.extend(u32s(s));
    }
    if has_loop(&fat) {
        return false;
    }
    workbook_stream(bytes, size, &fat).is_none_or(|stream| biff_is_bounded(&stream))
}

/// An XLS sheet's largest box: 65,536 rows of 256 columns. calamine makes each sheet a
/// dense range from its cells, so two cells far apart (a column past 256, which BIFF
/// allows up to 65,535) would make it fill gigabytes; it also reserves room for the box
/// a `DIMENSIONS` record gives. A sheet that spans the whole box still costs calamine
/// about half a gigabyte: the price of the format, and of a real sheet that big.
const XLS_CELLS: u64 = 65_536 * 256;

/// The `Workbook` (or `Book`) stream of a compound file whose FAT has no loop, read as
/// calamine reads it (`cfb::Cfb::get_stream`): through the FAT, or through the mini
/// stream when it is under 4,096 bytes. `None` when there is none, or a chain leaves the
/// file (calamine fails there too).
fn workbook_stream(bytes: &[u8], size: usize, fat: &[u32]) -> Option<Vec<u8>> {
    let sector = |id: u32| {
        let start = (id as usize + 1) * size;
        bytes.get(start..(start + size).min(bytes.len()))
    };
    // A chain through the FAT; it ends, the FAT having no loop.
    let chain = |id: u32, len: usize| follow(id, len, fat, sector);
    let u32_of = |at: usize| u32_at(bytes, at);
    let directory = chain(u32_of(48)?, usize::MAX)?;
    let entries: Vec<&[u8]> = directory.chunks_exact(128).collect();
    let name = |e: &[u8]| -> String {
        let units: Vec<u16> = e[..64]
            .chunks_exact(2)
            .map(|b| u16::from_le_bytes([b[0], b[1]]))
            .take_while(|&u| u != 0)
            .collect();
        String::from_utf16_lossy(&units)
    };
    let length = |e: &[u8]| -> usize {
        if size == 512 {
            u32_at(e, 120).map_or(0, |n| n as usize)
        } else {
            e.get(120..128).map_or(0, |b| {
                usize::try_from(u64::from_le_bytes([
                    b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7],
                ]))
                .unwrap_or(usize::MAX)
            })
        }
    };
    let entry = ["Workbook", "Book"]
        .iter()
        .find_map(|n| entries.iter().find(|e| name(e).eq_ignore_ascii_case(n)))?;
    let (start, len) = (u32_at(entry, 116)?, length(entry));
    if len >= 4096 {
        return chain(start, len);
    }
    // The mini stream: 64-byte sectors in the root entry's stream, chained by the mini FAT.
    let root = entries.first()?;
    let mini_fat_sectors = u32_of(64)? as usize;
    if mini_fat_sectors == 0 {
        return None;
    }
    let ministream = chain(u32_at(root, 116)?, length(root))?;
    let mini_fat: Vec<u32> =
        u32s(&chain(u32_of(60)?, mini_fat_sectors.saturating_mul(size))?).collect();
    // A mini chain may loop: `len`, under 4,096 bytes, ends it. Past the mini stream,
    // calamine reads zeros.
    follow(start, len, &mini_fat, |id| {
        let at = id as usize * 64;
        Some(ministream.get(at..at + 64).unwrap_or(&MINI_ZEROS))
    })
}

/// The bytes of a chain of sectors from `id`, up to `len`: each sector's next in `next`,
/// until the end-of-chain marker. `None` when a sector or a link is missing.
fn follow<'a>(
    mut id: u32,
    len: usize,
    next: &[u32],
    sector: impl Fn(u32) -> Option<&'a [u8]>,
) -> Option<Vec<u8>> {
    const END: u32 = 0xFFFF_FFFE;
    let mut out = Vec::new();
    while id != END && out.len() < len {
        let s = sector(id)?;
        out.extend_from_slice(&s[..s.len().min(len - out.len())]);
        id = *next.get(id as usize)?;
    }
    Some(out)
}

/// Whether every sheet calamine would read from this BIFF stream fits in
/// [`XLS_CELLS`]: the sheets' offsets from the `BOUNDSHEET` records of the workbook's
/// globals, then, from each, every cell record (its column under 256) and `DIMENSIONS`
/// record (a box that ends after it starts, of at most [`XLS_CELLS`] cells) up to the
/// sheet's `EOF`. Records are walked as calamine walks them (`xls::RecordIter`).
fn biff_is_bounded(stream: &[u8]) -> bool {
    const EOF: u16 = 0x000A;
    let records = |from: usize| {
        let mut rest = stream.get(from..).unwrap_or_default();
        std::iter::from_fn(move || {
            let typ = u16::from_le_bytes([*rest.first()?, *rest.get(1)?]);
            let len = usize::from(u16::from_le_bytes([*rest.get(2)?, *rest.get(3)?]));
            let data = rest.get(4..4 + len)?;
            rest = &rest[4 + len..];
            Some((typ, data))
        })
    };
    let sheets: Vec<usize> = records(0)
        .take_while(|&(typ, _)| typ != EOF)
        .filter(|&(typ, _)| typ == 0x0085)
        .filter_map(|(_, data)| u32_at(data, 0).map(|pos| pos as usize))
        .collect();
    let column = |data: &[u8], at: usize| {
        data.get(at..at + 2)
            .map(|b| u16::from_le_bytes([b[0], b[1]]))
    };
    sheets.iter().all(|&pos| {
        // Nested substreams (charts) end with their own EOF: depth as calamine keeps it.
        let mut depth = 0usize;
        let mut seen_bof = false;
        for (typ, data) in records(pos) {
            match typ {
                0x0809 if seen_bof => depth += 1,
                0x0809 => seen_bof = true,
                EOF if depth == 0 => break,
                EOF => depth -= 1,
                // Number, Label, RString, BoolErr, Rk, LabelSst, Formula: row, column.
                0x0203 | 0x0204 | 0x00D6 | 0x0205 | 0x027E | 0x00FD | 0x0006
                    if column(data, 2).is_some_and(|c| c >= 256) =>
                {
                    return false;
                }
                // MulRk: row, first column, …, last column.
                0x00BD if column(data, data.len().saturating_sub(2)).is_some_and(|c| c >= 256) => {
                    return false;
                }
                0x0200 if !dimensions_bounded(data) => return false,
                _ => {}
            }
        }
        true
    })
}

/// A `DIMENSIONS` record read as `xls::parse_dimensions` reads it: whether its box ends
/// after it starts and holds at most [`XLS_CELLS`] cells (a record calamine refuses is
/// harmless).
fn dimensions_bounded(data: &[u8]) -> bool {
    let u16_at = |at: usize| u64::from(u16::from_le_bytes([data[at], data[at + 1]]));
    let (first_row, last_row, mut first_col, last_col) = match data.len() {
        10 => (u16_at(0), u16_at(2), u16_at(4), u16_at(6)),
        14 | 16 => (
            u64::from(u32_at(data, 0).unwrap_or(0)),
            u64::from(u32_at(data, 4).unwrap_or(0)),
            u16_at(8),
            u16_at(10),
        ),
        _ => return true,
    };
    if first_col > 0xFF || last_col < first_col {
        first_col = 0;
    }
    if last_row == 0 || last_col == 0 {
        return true;
    }
    let (rows, columns) = (last_row - 1, last_col - 1);
    rows >= first_row
        && columns >= first_col
        && (rows - first_row + 1).saturating_mul(columns - first_col + 1) <= XLS_CELLS
}

/// Whether following `next` from some entry comes back to an entry of the same walk.
/// Entries at or past `next.len()` end a walk (markers, or sectors calamine refuses).
fn has_loop(next: &[u32]) -> bool {
    const NEW: u8 = 0;
    const WALKING: u8 = 1;
    const DONE: u8 = 2;
    let mut state = vec![NEW; next.len()];
    let mut walk = Vec::new();
    for start in 0..next.len() {
        let mut at = start;
        while state.get(at) == Some(&NEW) {
            state[at] = WALKING;
            walk.push(at);
            at = next[at] as usize;
        }
        if state.get(at) == Some(&WALKING) {
            return true;
        }
        for &i in &walk {
            state[i] = DONE;
        }
        walk.clear();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loops() {
        // 0 → 1 → end; 2 → 3 → 2
        assert!(has_loop(&[1, 0xFFFF_FFFE, 3, 2]));
        assert!(has_loop(&[0]));
        assert!(!has_loop(&[1, 0xFFFF_FFFE, 1, 0xFFFF_FFFF, 2]));
        assert!(!has_loop(&[]));
    }

    #[test]
    fn dimensions() {
        let biff8 = |rows: (u32, u32), cols: (u16, u16)| {
            [
                &rows.0.to_le_bytes()[..],
                &rows.1.to_le_bytes(),
                &cols.0.to_le_bytes(),
                &cols.1.to_le_bytes(),
                &[0, 0],
            ]
            .concat()
        };
        // rows and columns are 0-based, first inclusive, last exclusive
        assert!(dimensions_bounded(&biff8((0, 65_536), (0, 256))));
        assert!(dimensions_bounded(&biff8((0, 0), (0, 0))));
        assert!(!dimensions_bounded(&biff8((0, 65_537), (0, 256))));
        assert!(!dimensions_bounded(&biff8((0, 1 << 31), (0, 2))));
        // ends before it starts
        assert!(!dimensions_bounded(&biff8((10, 5), (0, 2))));
    }
}
