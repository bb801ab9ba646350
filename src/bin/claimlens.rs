//! The claimlens command line: analyse files, standard input, or a JSON Lines stream.
//!
//! Run `claimlens --help` for usage. Exit codes: 0 success, 2 bad arguments, 3 unreadable
//! input, 1 anything else (an output error). Messages go to standard error, one line each.

use std::fs;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use claimlens::{
    analyze, analyze_bytes, csv_header, csv_rows, export, report_schema, Article, ExportFormat,
    Format, Options, Report, Warning,
};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use serde::Serialize;
use serde_json::Value;

const USAGE: &str = "\
claimlens — the clean article and its claims (who said what), as JSON, CSV, Markdown
or schema.org JSON-LD

Usage:
  claimlens [OPTIONS] [FILE ...]     analyse each FILE ('-' or none: standard input)
  claimlens --jsonl [FILE ...]       JSON Lines in, one report per line out
  claimlens --schema                 print the report's JSON Schema (draft 2020-12)

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
  --format F      what to write: json (default: the report, pretty; several files as
                  JSON Lines with a \"file\" field), jsonl (one line per report), csv
                  (one row per claim; several files or --jsonl add an \"article\" column),
                  markdown (claims by speaker) or jsonld (schema.org Claim items; not
                  with --jsonl). csv, markdown and jsonld are the page's exports, byte for
                  byte
  --compact       the same as --format jsonl
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

/// What the CLI writes for each report.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Output {
    /// The report, pretty for one file, as JSON Lines for several.
    Json,
    /// The report on one line.
    JsonLines,
    /// One of the exports.
    Export(ExportFormat),
}

struct Args {
    options: Options,
    jsonl: bool,
    output: Output,
    files: Vec<String>,
}

fn parse_args() -> Result<Option<Args>, Failure> {
    let mut args = Args {
        options: Options::default(),
        jsonl: false,
        output: Output::Json,
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
            "--compact" => args.output = Output::JsonLines,
            "--schema" => {
                let schema = serde_json::to_string_pretty(&report_schema())
                    .map_err(|e| Failure::Output(e.into()))?;
                println!("{schema}");
                return Ok(None);
            }
            "--format" => {
                let name = iter.next().unwrap_or_default();
                args.output = match name.as_str() {
                    "json" => Output::Json,
                    "jsonl" => Output::JsonLines,
                    other => ExportFormat::from_name(other)
                        .map(Output::Export)
                        .ok_or_else(|| {
                            Failure::Usage(format!(
                                "--format takes json, jsonl, csv, markdown or jsonld, not '{name}'"
                            ))
                        })?,
                };
            }
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
    if args.jsonl && args.output == Output::Export(ExportFormat::JsonLd) {
        return Err(Failure::Usage(
            "--format jsonld writes one document, not a stream: use it with files, or \
             --format csv or jsonl with --jsonl"
                .into(),
        ));
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
    let progress = files_progress(args.files.len());
    // JSON-LD gathers every file's claims into one document.
    let mut gathered = Vec::new();
    for (n, path) in args.files.iter().enumerate() {
        let bytes = read_input(path)?;
        let report = analyze_bytes(&bytes, &options_for(path, &args.options));
        progress.inc(1);
        match args.output {
            Output::Json if single => {
                serde_json::to_writer_pretty(&mut out, &report).map_err(io::Error::from)?;
                out.write_all(b"\n")?;
            }
            Output::Json | Output::JsonLines if !single => {
                let record = FileRecord {
                    file: path,
                    report: &report,
                };
                serde_json::to_writer(&mut out, &record).map_err(io::Error::from)?;
                out.write_all(b"\n")?;
            }
            Output::Json | Output::JsonLines => {
                serde_json::to_writer(&mut out, &report).map_err(io::Error::from)?;
                out.write_all(b"\n")?;
            }
            Output::Export(ExportFormat::Csv) => {
                let name = (!single).then_some(path.as_str());
                if n == 0 {
                    out.write_all(csv_header(name.is_some()).as_bytes())?;
                }
                out.write_all(csv_rows(&report, name).as_bytes())?;
            }
            Output::Export(ExportFormat::Markdown) => {
                if n > 0 {
                    out.write_all(b"\n")?;
                }
                let article = Article {
                    report: &report,
                    name: Some(path),
                    url: None,
                };
                out.write_all(export(ExportFormat::Markdown, &[article]).as_bytes())?;
            }
            Output::Export(ExportFormat::JsonLd) => gathered.push((path, report)),
        }
        out.flush()?;
    }
    if !gathered.is_empty() {
        let articles: Vec<Article> = gathered
            .iter()
            .map(|(path, report)| Article {
                report,
                name: Some(path),
                url: None,
            })
            .collect();
        out.write_all(export(ExportFormat::JsonLd, &articles).as_bytes())?;
        out.flush()?;
    }
    progress.finish_and_clear();
    Ok(())
}

/// A progress bar on standard error for a run of `total` files (done, rate, time left),
/// drawn only when standard error is a terminal and there is more than one file.
fn files_progress(total: usize) -> ProgressBar {
    use std::io::IsTerminal;
    if !io::stderr().is_terminal() || total < 2 {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr());
    let template = "{bar:30} {pos}/{len} files ({rate} a second, {eta} left)";
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style.with_key(
            "rate",
            |state: &ProgressState, out: &mut dyn std::fmt::Write| {
                let _ = write!(out, "{:.1}", state.per_sec());
            },
        ));
    }
    bar
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
    if args.output == Output::Export(ExportFormat::Csv) {
        out.write_all(csv_header(true).as_bytes())?;
    }
    let mut sink = RecordSink {
        output: args.output,
        out: &mut out,
        written: 0,
    };
    for path in &args.files {
        let (reader, length): (Box<dyn BufRead>, Option<u64>) = if path == "-" {
            (Box::new(io::stdin().lock()), None)
        } else {
            let file = fs::File::open(path)
                .map_err(|e| Failure::Unreadable(format!("cannot read {path}: {e}")))?;
            let length = file.metadata().ok().map(|m| m.len());
            (Box::new(io::BufReader::new(file)), length)
        };
        let progress = stream_progress(length);
        jsonl_stream(reader, path, &args.options, &mut sink, &progress)?;
        progress.finish_and_clear();
    }
    Ok(())
}

/// Progress through one stream: bytes of a file of known `length` (with time left), else
/// the records read.
fn stream_progress(length: Option<u64>) -> ProgressBar {
    use std::io::IsTerminal;
    if !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let (bar, template) = match length {
        Some(n) => (
            ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::stderr()),
            "{bar:30} {binary_bytes}/{binary_total_bytes} {msg} ({eta} left)",
        ),
        None => (
            ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
            "{spinner} {binary_bytes} {msg} ({binary_bytes_per_sec}, {elapsed})",
        ),
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar
}

/// Where the stream's reports go, in the chosen output.
struct RecordSink<'w, W: Write> {
    output: Output,
    out: &'w mut W,
    /// Reports written so far (Markdown separates them with a blank line).
    written: usize,
}

impl<W: Write> RecordSink<'_, W> {
    fn report(&mut self, id: &Value, report: &Report) -> Result<(), Failure> {
        match self.output {
            Output::Export(format @ (ExportFormat::Csv | ExportFormat::Markdown)) => {
                // A record's id names its rows: a string as it is, anything else as JSON.
                let name = match id {
                    Value::String(id) => id.clone(),
                    other => other.to_string(),
                };
                let text = match format {
                    ExportFormat::Csv => csv_rows(report, Some(&name)),
                    _ => {
                        let article = Article {
                            report,
                            name: Some(&name),
                            url: None,
                        };
                        let separator = if self.written > 0 { "\n" } else { "" };
                        format!("{separator}{}", export(format, &[article]))
                    }
                };
                self.out.write_all(text.as_bytes())?;
            }
            _ => {
                serde_json::to_writer(&mut *self.out, &ReportRecord { id, report })
                    .map_err(io::Error::from)?;
                self.out.write_all(b"\n")?;
            }
        }
        self.written += 1;
        Ok(())
    }

    /// A bad record: in JSON Lines an error record in its place; the exports have no place
    /// for one, so there only the line on standard error says it.
    fn error(&mut self, id: &Value, error: String) -> Result<(), Failure> {
        if matches!(self.output, Output::Json | Output::JsonLines) {
            serde_json::to_writer(&mut *self.out, &ErrorRecord { id, error })
                .map_err(io::Error::from)?;
            self.out.write_all(b"\n")?;
        }
        Ok(())
    }
}

fn jsonl_stream<W: Write>(
    mut reader: impl BufRead,
    path: &str,
    defaults: &Options,
    sink: &mut RecordSink<W>,
    progress: &ProgressBar,
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
        progress.inc(read as u64);
        progress.set_message(format!("{number} records"));
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
                sink.report(&id, &report)?;
            }
            Err((id, error)) => {
                progress.suspend(|| eprintln!("claimlens: {path}: line {number}: {error}"));
                sink.error(&id, error)?;
            }
        }
        sink.out.flush()?;
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
