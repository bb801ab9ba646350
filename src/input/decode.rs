//! Bytes to text: UTF-8, a UTF-16 byte order mark, or Windows-1252/Latin-1 (declared by the
//! page, or bytes that are not UTF-8 at all), each reported as a repair with a warning.

use std::borrow::Cow;

use crate::report::{Repair, RepairKind};

/// Bytes decoded to text, with the repair and warning to report when they were not UTF-8.
pub struct Decoded<'a> {
    /// The text.
    pub text: Cow<'a, str>,
    /// What was done, when anything was.
    pub repair: Option<Repair>,
    /// Why, for the reader.
    pub warning: Option<crate::report::Warning>,
}

/// The characters of Windows-1252 bytes 0x80–0x9F (Latin-1 has control codes there; the
/// five bytes Windows-1252 leaves undefined keep them).
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

fn decode_cp1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9f => CP1252_HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

/// The charset an HTML page declares in its first 2 KB (`<meta charset=...>` or
/// `content="text/html; charset=..."`), lowercase.
fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head: String = bytes[..bytes.len().min(2048)]
        .iter()
        .map(|&b| char::from(b).to_ascii_lowercase())
        .collect();
    let at = head.find("charset=")? + "charset=".len();
    let value: String = head[at..]
        .trim_start_matches(&['"', '\''][..])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .collect();
    (!value.is_empty()).then_some(value)
}

/// Decodes a file's bytes. UTF-8 (with or without a byte-order mark) is taken as it is; a
/// UTF-16 byte-order mark on text with the zero bytes of UTF-16 means UTF-16; a page that declares Windows-1252 or Latin-1, or
/// bytes with no valid multi-byte UTF-8 sequence at all (the mark of a single-byte legacy
/// encoding), are read as Windows-1252; anything else is read as UTF-8 with invalid
/// sequences replaced by U+FFFD.
pub fn decode(bytes: &[u8]) -> Decoded<'_> {
    let legacy = |text: String, what: &str, why: &str| Decoded {
        text: Cow::Owned(text),
        repair: Some(Repair {
            kind: RepairKind::LegacyEncoding,
            count: 1,
            message: format!("decoded the input as {what} ({why})"),
        }),
        warning: Some(crate::report::Warning::new(
            "legacy_encoding",
            format!("the input is not UTF-8: it was read as {what} ({why})"),
        )),
    };
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Decoded {
            text: Cow::Borrowed(text),
            repair: None,
            warning: None,
        };
    }
    for (bom, big_endian) in [([0xff, 0xfe], false), ([0xfe, 0xff], true)] {
        // A byte-order mark alone is weak evidence; UTF-16 text in Latin scripts is also
        // full of zero bytes. (UTF-16 in other scripts is read as UTF-8, lossily.)
        let zeros = bytes.iter().filter(|&&b| b == 0).count();
        if let Some(body) = bytes
            .strip_prefix(&bom)
            .filter(|_| zeros * 5 >= bytes.len())
        {
            let units = body.chunks_exact(2).map(|p| {
                if big_endian {
                    u16::from_be_bytes([p[0], p[1]])
                } else {
                    u16::from_le_bytes([p[0], p[1]])
                }
            });
            let text: String = char::decode_utf16(units)
                .map(|c| c.unwrap_or('\u{fffd}'))
                .collect();
            let what = if big_endian { "UTF-16BE" } else { "UTF-16LE" };
            return legacy(text, what, "it starts with a UTF-16 byte-order mark");
        }
    }
    // A file full of control bytes is not text at all (a PDF or a word-processor file
    // renamed .txt): say so, and read what text there is.
    let controls = bytes
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
        .count();
    if controls * 10 > bytes.len() {
        let text = String::from_utf8_lossy(bytes);
        return Decoded {
            repair: Some(Repair {
                kind: RepairKind::InvalidUtf8,
                count: text.matches('\u{fffd}').count(),
                message: "read a binary file as UTF-8, replacing what is not text".to_owned(),
            }),
            warning: Some(binary_warning()),
            text,
        };
    }
    let declared = declared_charset(bytes);
    let single_byte = matches!(
        declared.as_deref(),
        Some(
            "windows-1252"
                | "iso-8859-1"
                | "iso-8859-15"
                | "latin1"
                | "latin-1"
                | "cp1252"
                | "us-ascii"
        )
    );
    let lossy = String::from_utf8_lossy(bytes);
    let multibyte_sequences = lossy
        .chars()
        .filter(|&c| !c.is_ascii() && c != '\u{fffd}')
        .count();
    if single_byte {
        let charset = declared.unwrap_or_default();
        return legacy(
            decode_cp1252(bytes),
            "Windows-1252",
            &format!("the page declares {charset}"),
        );
    }
    if declared.is_none() && multibyte_sequences == 0 {
        return legacy(
            decode_cp1252(bytes),
            "Windows-1252",
            "its bytes are not UTF-8 and declare no encoding",
        );
    }
    let replaced = lossy.matches('\u{fffd}').count()
        - bytes.windows(3).filter(|w| w == b"\xef\xbf\xbd").count();
    Decoded {
        repair: Some(Repair {
            kind: RepairKind::InvalidUtf8,
            count: replaced,
            message: format!("replaced {replaced} invalid UTF-8 sequence(s) with U+FFFD"),
        }),
        warning: Some(crate::report::Warning::new(
            "invalid_utf8",
            format!("the input is not valid UTF-8: {replaced} byte sequence(s) could not be read and were replaced"),
        )),
        text: lossy,
    }
}

/// The warning for input that is a binary file's bytes, not text.
pub(super) fn binary_warning() -> crate::report::Warning {
    crate::report::Warning::new(
        "binary_input",
        "the input looks like a binary file (a PDF, an image, a word-processor file), not text: open the article itself or paste its text",
    )
}

/// Whether text is a binary file's bytes read as text, as a paste of one arrives: more than
/// one character in ten a control character or U+FFFD (the replacement for bytes that were
/// not text). Text of any language has almost none of either.
pub(super) fn looks_binary(text: &str) -> bool {
    let (mut chars, mut odd) = (0usize, 0usize);
    for c in text.chars() {
        chars += 1;
        if c == '\u{fffd}' || c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}') {
            odd += 1;
        }
    }
    chars >= 16 && odd * 10 > chars
}
