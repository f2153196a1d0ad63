//! Logs for `tests/properties.rs`: rows over a plan's activity codes, and every way §4
//! lets a user write the same log (delimiter, encoding, headers, line endings, accents).

use chrono::{Days, NaiveDate};
use proptest::prelude::*;

use crate::support::{csv_line, ymd};

/// Plan activity codes, with accents Windows-1252 can hold.
pub const CODES: [&str; 5] = [
    "Formation",
    "Réunion réseau",
    "Prise en charge",
    "Séance d'écoute",
    "Échange de pratiques",
];

/// Log spellings and the code each one is as a slug (§3); `None`: no indicator uses it.
pub const SPELLINGS: [(&str, Option<usize>); 11] = [
    ("Formation", Some(0)),
    ("formation", Some(0)),
    ("Réunion réseau", Some(1)),
    ("REUNION_RESEAU", Some(1)),
    ("Prise en charge", Some(2)),
    ("Séance d'écoute", Some(3)),
    ("SÉANCE D'ÉCOUTE", Some(3)),
    ("Échange de pratiques", Some(4)),
    ("Colloque", None),
    ("Formaton", None),
    ("Événement", None),
];

/// `public` cells (filter `jeunes` compares as slugs) and free comments that need
/// quoting under some delimiter; every character fits in Windows-1252.
pub const PUBLICS: [&str; 4] = ["Jeunes", "jeunes", "Professionnels", ""];
pub const COMMENTS: [&str; 6] = [
    "",
    "RAS",
    "Suivi; à revoir",
    "Jeunes, parents et « éducateurs »",
    "Coût : 12 €",
    "Café–rencontre \"ouvert\"",
];

/// Header names: French, Dutch, accented French, English (§4 aliases).
#[rustfmt::skip]
pub const HEADERS: [[&str; 7]; 4] = [
    [
        "date",
        "activite",
        "quantite",
        "participants",
        "dossier",
        "public",
        "commentaire",
    ],
    [
        "Datum",
        "Activiteit",
        "Aantal",
        "Deelnemers",
        "Case",
        "Public",
        "Opmerking",
    ],
    [
        "Date",
        "Activité",
        "Quantité",
        "Participants",
        "Dossier",
        "Public",
        "Commentaire",
    ],
    [
        "DATE",
        "Activity",
        "Quantity",
        "participants",
        "case",
        "PUBLIC",
        "comment",
    ],
];

/// A log row; `bad` makes it a row §4 rejects (see `BAD`).
#[derive(Debug, Clone)]
pub struct Row {
    pub date: NaiveDate,
    pub spelling: usize,
    pub quantite: Option<u8>,
    pub participants: Option<u8>,
    pub dossier: Option<u8>,
    pub public: usize,
    pub comment: usize,
    pub bad: Option<usize>,
}

/// Rejected cells (§4): bad date, bad number, ambiguous number, empty activity,
/// negative number — as (column, text).
pub const BAD: [(usize, &str); 5] = [
    (0, "31/02/2023"),
    (2, "douze"),
    (2, "1.234"),
    (1, ""),
    (3, "-3"),
];

/// How a log is written (§4: "Files come as Belgian Excel writes them").
#[derive(Debug, Clone, Copy)]
pub struct Dialect {
    pub delimiter: char,
    /// A first line `sep=;` as Excel writes it.
    pub sep_line: bool,
    pub headers: usize,
    pub encoding: Encoding,
    pub decomposed: bool,
    /// `\n`, `\r\n` or `\r` (old Mac).
    pub ending: &'static str,
    /// A column left out of the log (an index into `HEADERS`).
    pub without: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Encoding {
    Utf8,
    Utf8Bom,
    Windows1252,
    Utf16LeBom,
    Utf16BeBom,
    /// "UTF-16 without a BOM is recognised by its NUL pattern."
    Utf16Le,
}

pub const PLAIN: Dialect = Dialect {
    delimiter: ';',
    sep_line: false,
    headers: 0,
    encoding: Encoding::Utf8,
    decomposed: false,
    ending: "\n",
    without: None,
};

/// `é` written as `e` + U+0301 (and the other accents of these logs), as a Mac writes it.
pub fn decompose(text: &str) -> String {
    text.chars()
        .flat_map(|c| match c {
            'é' => vec!['e', '\u{301}'],
            'É' => vec!['E', '\u{301}'],
            'à' => vec!['a', '\u{300}'],
            'è' => vec!['e', '\u{300}'],
            'û' => vec!['u', '\u{302}'],
            c => vec![c],
        })
        .collect()
}

pub fn log_bytes(rows: &[Row], d: Dialect) -> Vec<u8> {
    let mut text = if d.sep_line {
        format!("sep={}\n", d.delimiter)
    } else {
        String::new()
    };
    let kept = |i: &usize| d.without != Some(*i);
    let header: Vec<&str> = (0..7).filter(kept).map(|i| HEADERS[d.headers][i]).collect();
    text += &csv_line(&header, d.delimiter);
    for r in rows {
        let number = |n: Option<u8>| {
            n.map(|n| {
                if n % 4 == 3 {
                    format!("{},5", n / 4)
                } else {
                    (n / 4).to_string()
                }
            })
        };
        let mut cells = [
            r.date.format("%d/%m/%Y").to_string(),
            SPELLINGS[r.spelling].0.to_owned(),
            number(r.quantite).unwrap_or_default(),
            r.participants.map(|p| p.to_string()).unwrap_or_default(),
            r.dossier
                .map(|n| format!("D-2023-{n:03}"))
                .unwrap_or_default(),
            PUBLICS[r.public].to_owned(),
            COMMENTS[r.comment].to_owned(),
        ];
        if let Some(b) = r.bad {
            BAD[b].1.clone_into(&mut cells[BAD[b].0]);
        }
        let cells: Vec<&String> = (0..7).filter(kept).map(|i| &cells[i]).collect();
        text += &csv_line(&cells, d.delimiter);
    }
    if d.decomposed {
        text = decompose(&text);
    }
    text = text.replace('\n', d.ending);
    let utf16 = |big: bool| -> Vec<u8> {
        let units = text.encode_utf16();
        units
            .flat_map(|u| {
                if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                }
            })
            .collect()
    };
    match d.encoding {
        Encoding::Utf8 => text.into_bytes(),
        Encoding::Utf8Bom => [&[0xEF, 0xBB, 0xBF], text.as_bytes()].concat(),
        Encoding::Windows1252 => {
            let (encoded, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
            assert!(!unmappable, "every character fits in Windows-1252");
            encoded.into_owned()
        }
        Encoding::Utf16LeBom => [&[0xFF, 0xFE][..], &utf16(false)].concat(),
        Encoding::Utf16BeBom => [&[0xFE, 0xFF][..], &utf16(true)].concat(),
        Encoding::Utf16Le => utf16(false),
    }
}

/// A good row dated `-60..len+60` days from the start of the period.
pub fn row(spellings: std::ops::Range<usize>) -> impl Strategy<Value = Row> {
    let number = prop::option::weighted(0.7, 0u8..24);
    let cells = (
        number.clone(),
        number,
        prop::option::weighted(0.7, 1u8..6),
        0..PUBLICS.len(),
        0..COMMENTS.len(),
    );
    (-60i64..460, spellings, cells).prop_map(
        |(k, spelling, (quantite, participants, dossier, public, comment))| Row {
            date: shift(ymd(2023, 1, 1), k),
            spelling,
            quantite,
            participants,
            dossier,
            public,
            comment,
            bad: None,
        },
    )
}

pub fn dialect() -> impl Strategy<Value = Dialect> {
    let delimiter = prop_oneof![Just(';'), Just(','), Just('\t')];
    let encoding = prop_oneof![
        3 => Just(Encoding::Utf8),
        1 => Just(Encoding::Utf8Bom),
        3 => Just(Encoding::Windows1252),
        1 => Just(Encoding::Utf16LeBom),
        1 => Just(Encoding::Utf16BeBom),
        1 => Just(Encoding::Utf16Le),
    ];
    let ending = prop_oneof![Just("\n"), Just("\r\n"), Just("\r")];
    (
        delimiter,
        any::<bool>(),
        0..HEADERS.len(),
        encoding,
        any::<bool>(),
        ending,
    )
        .prop_map(
            |(delimiter, sep_line, headers, encoding, decomposed, ending)| Dialect {
                delimiter,
                sep_line,
                headers,
                encoding,
                // Windows-1252 has no combining accents
                decomposed: decomposed && encoding != Encoding::Windows1252,
                ending,
                without: None,
            },
        )
}

/// `d` moved by `k` days, either way.
pub fn shift(d: NaiveDate, k: i64) -> NaiveDate {
    if k < 0 {
        d - Days::new(k.unsigned_abs())
    } else {
        d + Days::new(k.unsigned_abs())
    }
}
