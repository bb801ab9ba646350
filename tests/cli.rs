//! The command line as users and batch jobs meet it: files, standard input, JSON Lines
//! streams, exit codes, and the real articles in `../shared/data/seeds` when present.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn claimlens(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimlens"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(stdin)
        .expect("stdin accepts the input");
    child.wait_with_output().expect("the binary finishes")
}

fn json(output: &Output) -> Value {
    assert!(
        output.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("stdout is one JSON document")
}

fn lines(output: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

const ARTICLE: &str = "Harbour Plan Wins Approval\n\nThe harbour board approved the new ferry terminal on Tuesday after two years of delays and objections.\n\n“This terminal will carry a million passengers a year,” board chair Ines Duarte said.\n\nPlease enter your comment!\n";

#[test]
fn file_report_has_the_contract_fields() {
    let dir = tempdir("file_report");
    let path = dir.join("article.txt");
    std::fs::write(&path, ARTICLE).expect("fixture written");
    let report = json(&claimlens(&[path.to_str().expect("utf-8 path")], b""));
    for field in [
        "title",
        "text",
        "paragraphs",
        "sentences",
        "removed",
        "claims",
        "warnings",
    ] {
        assert!(report.get(field).is_some(), "missing field {field}");
    }
    assert_eq!(report["title"], "Harbour Plan Wins Approval");
    assert_eq!(report["removed"][0]["reason"], "comments");
    let claim = &report["claims"][0];
    assert_eq!(claim["kind"], "direct");
    assert_eq!(
        claim["text"],
        "This terminal will carry a million passengers a year"
    );
    assert_eq!(claim["speaker"]["name"], "board chair Ines Duarte");
    assert_eq!(claim["speaker"]["canonical"], "Ines Duarte");
    assert_eq!(claim["speaker"]["anonymous"], false);
    assert_eq!(claim["cue"]["text"], "said");
    let text = report["text"].as_str().expect("text is a string");
    let (start, end) = (
        claim["start"].as_u64().unwrap_or(0),
        claim["end"].as_u64().unwrap_or(0),
    );
    assert_eq!(&text[start as usize..end as usize], claim["text"]);
}

#[test]
fn stdin_and_no_clean() {
    let report = json(&claimlens(&["--no-clean", "-"], ARTICLE.as_bytes()));
    assert!(report["removed"].as_array().is_some_and(Vec::is_empty));
    assert!(report["text"]
        .as_str()
        .is_some_and(|t| t.contains("Please enter your comment!")));
    assert_eq!(report["input"]["cleaned"], false);
}

#[test]
fn jsonl_streams_one_report_per_record_with_its_id() {
    let input = concat!(
        r#"{"id": "a-1", "text": "“We will appeal,” lawyer Omar Haddad said."}"#,
        "\n",
        "\n",
        r#"{"id": 2, "html": "<p>“Rates stay put,” Governor Ada Brandt said.</p>", "date": "2024-11-08"}"#,
        "\n",
        "not json\n",
        r#"{"id": "c", "text": "Home", "clean": false}"#,
        "\n",
        r#"{"id": "d"}"#,
        "\n",
    );
    let output = claimlens(&["--jsonl"], input.as_bytes());
    assert!(output.status.success());
    let records = lines(&output);
    assert_eq!(
        records.len(),
        5,
        "a blank line is skipped, every other line answered"
    );
    assert_eq!(records[0]["id"], "a-1");
    assert_eq!(
        records[0]["claims"][0]["speaker"]["canonical"],
        "Omar Haddad"
    );
    assert_eq!(records[1]["id"], 2);
    assert_eq!(records[1]["input"]["format"], "html");
    assert_eq!(records[1]["input"]["date"], "2024-11-08");
    assert_eq!(
        records[1]["claims"][0]["speaker"]["canonical"],
        "Ada Brandt"
    );
    assert!(records[2]["error"]
        .as_str()
        .is_some_and(|e| e.starts_with("not JSON")));
    assert_eq!(records[3]["text"], "Home");
    assert_eq!(records[4]["id"], "d");
    assert!(records[4]["error"]
        .as_str()
        .is_some_and(|e| e.contains("\"text\", \"html\" or \"markdown\"")));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("line 4"),
        "bad records are named on stderr: {stderr}"
    );
}

#[test]
fn invalid_utf8_is_decoded_with_a_warning() {
    let mut bytes = b"\xff\xfe broken \xc3 bytes. ".to_vec();
    bytes.extend_from_slice("“It still works,” engineer Tove Berg said.".as_bytes());
    let report = json(&claimlens(&["-"], &bytes));
    assert_eq!(report["warnings"][0]["code"], "invalid_utf8");
    assert_eq!(report["repairs"][0]["kind"], "invalid_utf8");
    assert_eq!(report["claims"][0]["speaker"]["canonical"], "Tove Berg");
}

#[test]
fn exit_codes_and_one_line_messages() {
    let missing = claimlens(&["/no/such/article.txt"], b"");
    assert_eq!(missing.status.code(), Some(3));
    let message = String::from_utf8_lossy(&missing.stderr);
    assert_eq!(message.lines().count(), 1, "one line: {message}");
    assert!(message.starts_with("claimlens: cannot read /no/such/article.txt"));

    let bad_flag = claimlens(&["--frobnicate"], b"");
    assert_eq!(bad_flag.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad_flag.stderr).contains("unknown option --frobnicate"));

    let directory = claimlens(&[env!("CARGO_MANIFEST_DIR")], b"");
    assert_eq!(directory.status.code(), Some(3));

    // Output that cannot be written (a full disk) is exit code 1, with one line.
    if let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") {
        let output = Command::new(env!("CARGO_BIN_EXE_claimlens"))
            .arg("-")
            .stdin(Stdio::null())
            .stdout(full)
            .stderr(Stdio::piped())
            .output()
            .expect("runs");
        assert_eq!(output.status.code(), Some(1));
        let message = String::from_utf8_lossy(&output.stderr);
        assert!(
            message.starts_with("claimlens: cannot write output"),
            "{message}"
        );
        assert_eq!(message.lines().count(), 1);
    } else {
        eprintln!("skipped the output-error case: /dev/full is absent");
    }
}

#[test]
fn several_files_give_json_lines_named_by_file() {
    let dir = tempdir("several");
    let a = dir.join("a.txt");
    let b = dir.join("b.txt");
    std::fs::write(&a, ARTICLE).expect("written");
    std::fs::write(&b, "“Short,” said Ann Lee.").expect("written");
    let output = claimlens(&[a.to_str().unwrap_or(""), b.to_str().unwrap_or("")], b"");
    let records = lines(&output);
    assert_eq!(records.len(), 2);
    // Standard error is a pipe here, not a terminal: no progress bar is drawn into it.
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(records[1]["file"]
        .as_str()
        .is_some_and(|f| f.ends_with("b.txt")));
}

/// The real pasted articles: every one gives an article and at least one attributed claim.
#[test]
fn seeds_give_text_and_attributed_claims() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/seeds");
    let Ok(entries) = std::fs::read_dir(&seeds) else {
        eprintln!("skipped: {} is absent", seeds.display());
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    paths.sort();
    assert!(!paths.is_empty(), "the seeds folder holds articles");
    for path in paths {
        let report = json(&claimlens(&[path.to_str().unwrap_or("")], b""));
        let name = path.display();
        assert!(
            report["text"].as_str().is_some_and(|t| t.len() > 500),
            "{name}: article text"
        );
        let attributed = report["claims"]
            .as_array()
            .is_some_and(|c| c.iter().any(|c| c["speaker"].is_object()));
        assert!(attributed, "{name}: no claim with a speaker");
    }
}

fn tempdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("claimlens-cli-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

#[test]
fn markdown_files_and_records_are_read_as_markdown() {
    // One paragraph of Markdown that nothing in it marks as such: the file's name does.
    let draft = "“The ferry will run all winter,” said **Ines Kovac**, the harbour master.\n";
    let dir = tempdir("markdown");
    let path = dir.join("draft.md");
    std::fs::write(&path, draft).expect("written");
    let report = json(&claimlens(&[path.to_str().expect("utf-8 path")], b""));
    assert_eq!(report["input"]["format"], "markdown");
    assert_eq!(report["claims"][0]["speaker"]["canonical"], "Ines Kovac");
    // The same text from standard input is a paste: the asterisks stay, as written.
    let pasted = json(&claimlens(&[], draft.as_bytes()));
    assert_eq!(pasted["input"]["format"], "text");
    assert!(pasted["text"].as_str().is_some_and(|t| t.contains("**")));
    // --text overrides the file's name.
    let text = json(&claimlens(
        &["--text", path.to_str().expect("utf-8 path")],
        b"",
    ));
    assert_eq!(text["input"]["format"], "text");
    let record = format!("{}\n", serde_json::json!({"id": 1, "markdown": draft}));
    let records = lines(&claimlens(&["--jsonl"], record.as_bytes()));
    assert_eq!(records[0]["input"]["format"], "markdown");
    assert_eq!(
        records[0]["text"],
        "“The ferry will run all winter,” said Ines Kovac, the harbour master."
    );
    let both = r#"{"id": 2, "text": "a", "markdown": "b"}"#.to_owned() + "\n";
    let records = lines(&claimlens(&["--jsonl"], both.as_bytes()));
    assert!(records[0]["error"]
        .as_str()
        .is_some_and(|e| e.contains("not several")));
    std::fs::remove_dir_all(dir).ok();
}

fn stdout(output: &Output) -> String {
    assert!(
        output.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

#[test]
fn format_csv_gives_a_row_per_claim_with_formulas_guarded() {
    // A claim whose words start with "+" would run as a formula in a spreadsheet.
    let article = "“+44 is the code to dial first,” said Ana Ruiz, who runs the call centre.\n\n“Fares will not rise, not this year,” Mayor Ana Ruiz said on Friday.";
    let csv = stdout(&claimlens(&["--format", "csv", "-"], article.as_bytes()));
    let rows: Vec<&str> = csv.split("\r\n").filter(|r| !r.is_empty()).collect();
    assert!(rows[0].starts_with("speaker,written_as,anonymous,speaker_confidence,role,kind,claim"));
    assert!(
        !rows[0].ends_with(",article"),
        "one file: no article column"
    );
    assert_eq!(rows.len(), 3, "a header and two claims: {csv}");
    assert!(
        rows[1].contains(",direct,\"'+44 is the code to dial first\",said,"),
        "{}",
        rows[1]
    );
    assert!(rows[2].starts_with("Ana Ruiz,Mayor Ana Ruiz,false,1,Mayor,direct,\"Fares will not rise, not this year\",said,"), "{}", rows[2]);
}

#[test]
fn format_csv_of_several_files_and_of_a_stream_names_each_article() {
    const BRIDGE: &str =
        "“We will open the new bridge in the spring,” said Ann Lee, the council engineer.";
    let dir = tempdir("csv");
    let a = dir.join("a.txt");
    let b = dir.join("b.txt");
    std::fs::write(&a, ARTICLE).expect("written");
    std::fs::write(&b, BRIDGE).expect("written");
    let files = [a.to_str().unwrap_or(""), b.to_str().unwrap_or("")];
    let csv = stdout(&claimlens(&["--format", "csv", files[0], files[1]], b""));
    let rows: Vec<&str> = csv.lines().collect();
    assert!(rows[0].ends_with(",dates,article"));
    assert_eq!(
        rows.iter().filter(|r| r.starts_with("speaker,")).count(),
        1,
        "one header"
    );
    assert!(rows.last().is_some_and(|r| r.ends_with("b.txt")), "{csv}");
    let stream = format!(
        "{}\n{}\n",
        serde_json::json!({"id": "harbour-1", "text": ARTICLE}),
        serde_json::json!({"id": 7, "text": BRIDGE})
    );
    let csv = stdout(&claimlens(
        &["--jsonl", "--format", "csv"],
        stream.as_bytes(),
    ));
    let rows: Vec<&str> = csv.lines().collect();
    assert!(rows[1].ends_with(",harbour-1"), "{csv}");
    assert!(
        rows[2].starts_with("Ann Lee,") && rows[2].ends_with(",7"),
        "{csv}"
    );
}

#[test]
fn format_markdown_and_jsonld_export_the_claims() {
    let markdown = stdout(&claimlens(
        &["--format", "markdown", "-"],
        ARTICLE.as_bytes(),
    ));
    assert!(
        markdown.starts_with("# Harbour Plan Wins Approval\n\n## Ines Duarte\n\n- “This terminal"),
        "{markdown}"
    );
    let jsonld: Value = serde_json::from_str(&stdout(&claimlens(
        &["--format", "jsonld", "--date", "2024-11-08", "-"],
        ARTICLE.as_bytes(),
    )))
    .expect("JSON-LD is JSON");
    assert_eq!(jsonld["@context"], "https://schema.org");
    let claim = &jsonld["@graph"][0];
    assert_eq!(claim["@type"], "Claim");
    assert_eq!(claim["author"]["name"], "Ines Duarte");
    assert_eq!(claim["datePublished"], "2024-11-08");
    assert_eq!(
        claim["appearance"]["headline"],
        "Harbour Plan Wins Approval"
    );
}

#[test]
fn bad_formats_are_usage_errors() {
    let output = claimlens(&["--format", "xml", "-"], b"");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--format takes json, jsonl, csv"));
    let output = claimlens(&["--jsonl", "--format", "jsonld"], b"");
    assert_eq!(
        output.status.code(),
        Some(2),
        "JSON-LD is one document, not a stream"
    );
}

#[test]
fn schema_prints_the_committed_json_schema() {
    let printed = json(&claimlens(&["--schema"], b""));
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("report.schema.json");
    let committed: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("committed")).expect("JSON");
    assert_eq!(printed, committed);
}
