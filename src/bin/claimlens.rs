//! The claimlens command line: analyse files, standard input, or a JSON Lines stream.
//!
//! Run `claimlens --help` for usage. Exit codes: 0 success, 2 bad arguments, 3 unreadable
//! input, 1 anything else (an output error). Messages go to standard error, one line each.

use std::fs;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use claimlens::{analyze, analyze_bytes, Format, Options, Report, Warning};
use serde::Serialize;
use serde_json::Value;

const USAGE: &str = "\
claimlens — the clean article and its claims (who said what), as JSON

Usage:
  claimlens [OPTIONS] [FILE ...]     analyse each FILE ('-' or none: standard input)
  claimlens --jsonl [FILE ...]       JSON Lines in, one report per line out

Options:
  --no-clean      take the input as the article body; remove no boilerplate
  --html, --text, --markdown
                  read the input as HTML, plain text or Markdown (default: detect;
                  a FILE named *.md or *.markdown is Markdown)
  --date DATE     the article's date, ISO 8601 (e.g. 2024-11-08)
  --jsonl         read records {\"id\", \"text\", \"html\" or \"markdown\", \"date\"?, \"clean\"?},
                  one per line,
                  and write {\"id\", ...report} per line, streaming; a bad record gives
                  {\"id\", \"error\"} and the stream goes on
  --compact       print a single file's report on one line (several files always do, as
                  JSON Lines with a \"file\" field)
  -h, --help      show this help
  -V, --version   show the version

Exit codes: 0 success, 1 output error, 2 bad arguments, 3 unreadable input.";

/// Why the command stopped early, with the exit code for each.
enum Failure {
    Usage(String),
    Unreadable(String),
    Output(io::Error),
}

impl From<io::Error> for Failure {
    fn from(error: io::Error) -> Self {
        Failure::Output(error)
    }
}

struct Args {
    options: Options,
    jsonl: bool,
    compact: bool,
    files: Vec<String>,
}

fn parse_args() -> Result<Option<Args>, Failure> {
    let mut args = Args {
        options: Options::default(),
        jsonl: false,
        compact: false,
        files: Vec::new(),
    };
    let mut iter = std::env::args().skip(1);
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(None);
            }
            "-V" | "--version" => {
                println!("claimlens {}", env!("CARGO_PKG_VERSION"));
                return Ok(None);
            }
            "--no-clean" => args.options.clean = false,
            "--html" => args.options.format = Format::Html,
            "--text" => args.options.format = Format::Text,
            "--markdown" => args.options.format = Format::Markdown,
            "--jsonl" => args.jsonl = true,
            "--compact" => args.compact = true,
            "--date" => {
                let date = iter.next().ok_or_else(|| {
                    Failure::Usage("--date needs a value, e.g. --date 2024-11-08".into())
                })?;
                args.options.date = Some(date);
            }
            "-" => args.files.push(arg),
            flag if flag.starts_with('-') => {
                return Err(Failure::Usage(format!(
                    "unknown option {flag} (see --help)"
                )))
            }
            _ => args.files.push(arg),
        }
    }
    if args.files.is_empty() {
        args.files.push("-".into());
    }
    Ok(Some(args))
}

fn main() -> ExitCode {
    let result = parse_args().and_then(|args| match args {
        None => Ok(()),
        Some(args) if args.jsonl => run_jsonl(&args),
        Some(args) => run_files(&args),
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(message)) => {
            eprintln!("claimlens: {message}");
            ExitCode::from(2)
        }
        Err(Failure::Unreadable(message)) => {
            eprintln!("claimlens: {message}");
            ExitCode::from(3)
        }
        // A closed pipe (`claimlens ... | head`) is the reader's choice, not an error.
        Err(Failure::Output(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::Output(e)) => {
            eprintln!("claimlens: cannot write output: {e}");
            ExitCode::from(1)
        }
    }
}

fn read_input(path: &str) -> Result<Vec<u8>, Failure> {
    let result = if path == "-" {
        let mut bytes = Vec::new();
        io::stdin().lock().read_to_end(&mut bytes).map(|_| bytes)
    } else {
        fs::read(path)
    };
    result.map_err(|e| {
        let name = if path == "-" { "standard input" } else { path };
        Failure::Unreadable(format!("cannot read {name}: {e}"))
    })
}

#[derive(Serialize)]
struct FileRecord<'a> {
    file: &'a str,
    #[serde(flatten)]
    report: &'a Report,
}

fn run_files(args: &Args) -> Result<(), Failure> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let single = args.files.len() == 1;
    for path in &args.files {
        let bytes = read_input(path)?;
        let report = analyze_bytes(&bytes, &options_for(path, &args.options));
        if single && !args.compact {
            serde_json::to_writer_pretty(&mut out, &report).map_err(io::Error::from)?;
        } else if single {
            serde_json::to_writer(&mut out, &report).map_err(io::Error::from)?;
        } else {
            let record = FileRecord {
                file: path,
                report: &report,
            };
            serde_json::to_writer(&mut out, &record).map_err(io::Error::from)?;
        }
        out.write_all(b"\n")?;
        out.flush()?;
    }
    Ok(())
}

/// The options for one file: a Markdown file's name says what it is, unless a format was
/// given.
fn options_for(path: &str, options: &Options) -> Options {
    let extension = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    let mut options = options.clone();
    if options.format == Format::Auto && matches!(extension.as_deref(), Some("md" | "markdown")) {
        options.format = Format::Markdown;
    }
    options
}

#[derive(Serialize)]
struct ReportRecord<'a> {
    id: &'a Value,
    #[serde(flatten)]
    report: &'a Report,
}

#[derive(Serialize)]
struct ErrorRecord<'a> {
    id: &'a Value,
    error: String,
}

/// One JSON Lines record in, one out; memory stays at one record whatever the stream's size.
fn run_jsonl(args: &Args) -> Result<(), Failure> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for path in &args.files {
        let reader: Box<dyn BufRead> = if path == "-" {
            Box::new(io::stdin().lock())
        } else {
            let file = fs::File::open(path)
                .map_err(|e| Failure::Unreadable(format!("cannot read {path}: {e}")))?;
            Box::new(io::BufReader::new(file))
        };
        jsonl_stream(reader, path, &args.options, &mut out)?;
    }
    Ok(())
}

fn jsonl_stream(
    mut reader: impl BufRead,
    path: &str,
    defaults: &Options,
    out: &mut impl Write,
) -> Result<(), Failure> {
    let mut line = Vec::new();
    let mut number = 0;
    loop {
        line.clear();
        let read = reader
            .read_until(b'\n', &mut line)
            .map_err(|e| Failure::Unreadable(format!("cannot read {path}: {e}")))?;
        if read == 0 {
            return Ok(());
        }
        number += 1;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let (text, lossy) = match String::from_utf8_lossy(&line) {
            std::borrow::Cow::Borrowed(s) => (s.to_owned(), false),
            std::borrow::Cow::Owned(s) => (s, true),
        };
        match record(&text, defaults) {
            Ok((id, mut report)) => {
                if lossy {
                    report.warnings.insert(
                        0,
                        Warning::new("invalid_utf8", "the record was not valid UTF-8; unreadable bytes were replaced with U+FFFD"),
                    );
                }
                serde_json::to_writer(
                    &mut *out,
                    &ReportRecord {
                        id: &id,
                        report: &report,
                    },
                )
                .map_err(io::Error::from)?;
            }
            Err((id, error)) => {
                eprintln!("claimlens: {path}: line {number}: {error}");
                serde_json::to_writer(&mut *out, &ErrorRecord { id: &id, error })
                    .map_err(io::Error::from)?;
            }
        }
        out.write_all(b"\n")?;
        out.flush()?;
    }
}

/// Reads one JSON Lines record and analyses it; on error, the record's id (or null) and a
/// message.
fn record(line: &str, defaults: &Options) -> Result<(Value, Report), (Value, String)> {
    let value: Value =
        serde_json::from_str(line).map_err(|e| (Value::Null, format!("not JSON: {e}")))?;
    let Value::Object(mut fields) = value else {
        return Err((Value::Null, "a record must be a JSON object".into()));
    };
    let id = fields.remove("id").unwrap_or(Value::Null);
    let mut options = defaults.clone();
    let mut inputs = [
        ("text", Format::Auto),
        ("html", Format::Html),
        ("markdown", Format::Markdown),
    ]
    .into_iter()
    .filter_map(|(name, format)| fields.remove(name).map(|value| (name, format, value)))
    .collect::<Vec<_>>();
    if inputs.len() > 1 {
        return Err((
            id,
            "give one of \"text\", \"html\" and \"markdown\", not several".into(),
        ));
    }
    let input = match inputs.pop() {
        Some((_, format, Value::String(input))) => {
            if format != Format::Auto {
                options.format = format;
            }
            input
        }
        Some((name, ..)) => return Err((id, format!("\"{name}\" must be a string"))),
        None => {
            return Err((
                id,
                "a record needs a string field \"text\", \"html\" or \"markdown\"".into(),
            ))
        }
    };
    match fields.remove("date") {
        None | Some(Value::Null) => {}
        Some(Value::String(date)) => options.date = Some(date),
        Some(_) => {
            return Err((
                id,
                "\"date\" must be a string such as \"2024-11-08\"".into(),
            ))
        }
    }
    match fields.remove("clean") {
        None | Some(Value::Null) => {}
        Some(Value::Bool(clean)) => options.clean = clean,
        Some(_) => return Err((id, "\"clean\" must be true or false".into())),
    }
    let report = analyze(&input, &options);
    Ok((id, report))
}
