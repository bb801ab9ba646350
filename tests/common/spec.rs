//! Reads the spec files in `tests/spec/` (prose, an input block, the expected claims) and
//! checks a report against each case. Shared by the native runner (`tests/spec.rs`) and the
//! browser runner (`tests/wasm.rs`), so both run the same cases.

use claimlens::{ClaimKind, Report};

/// One case of a spec file.
pub struct Case {
    pub name: String,
    pub input: String,
    pub clean: bool,
    pub expected: Vec<String>,
}

/// The claims spec, compiled in so the browser tests carry it.
pub const CLAIMS_SPEC: &str = include_str!("../spec/claims.md");

/// Parses a spec file: `## name`, optional `clean: false`, a fenced `input` block and a
/// fenced `claims` block.
pub fn parse(spec: &str) -> Vec<Case> {
    let mut cases = Vec::new();
    for section in spec.split("\n## ").skip(1) {
        let name = section.lines().next().unwrap_or_default().trim().to_owned();
        let block = |tag: &str| -> Option<String> {
            let open = format!("```{tag}\n");
            let start = section.find(&open)? + open.len();
            let end = section[start..].find("```")? + start;
            Some(section[start..end].to_owned())
        };
        let input = block("input").unwrap_or_else(|| panic!("case {name:?} has no input block"));
        let claims = block("claims").unwrap_or_else(|| panic!("case {name:?} has no claims block"));
        cases.push(Case {
            clean: !section.contains("\nclean: false\n"),
            input: input.trim_end_matches('\n').to_owned(),
            expected: claims.lines().map(str::to_owned).collect(),
            name,
        });
    }
    cases
}

fn kind_name(kind: ClaimKind) -> &'static str {
    match kind {
        ClaimKind::Direct => "direct",
        ClaimKind::Partial => "partial",
        ClaimKind::Indirect => "indirect",
        ClaimKind::AccordingTo => "according_to",
    }
}

/// The report's claims in the spec's line format.
pub fn describe(report: &Report) -> Vec<String> {
    report
        .claims
        .iter()
        .map(|c| {
            let speaker = c.speaker.as_ref().map_or("-".to_owned(), |s| {
                format!(
                    "{}{}",
                    s.canonical,
                    if s.anonymous { " [anonymous]" } else { "" }
                )
            });
            let cue = c.cue.as_ref().map_or("-", |c| c.text.as_str());
            let mut line = format!("{} | {} | {} | {}", kind_name(c.kind), speaker, cue, c.text);
            if c.opinion {
                line.push_str(" {opinion}");
            }
            if c.negated {
                line.push_str(" {negated}");
            }
            if !c.hedges.is_empty() {
                line.push_str(&format!(" {{hedged: {}}}", c.hedges.join(", ")));
            }
            line
        })
        .collect()
}

/// Checks every case with `analyze`; returns one message per failing case, by name.
pub fn failures(cases: &[Case], analyze: impl Fn(&str, bool) -> Report) -> Vec<String> {
    let mut failures = Vec::new();
    for case in cases {
        let report = analyze(&case.input, case.clean);
        let got = describe(&report);
        if got != case.expected {
            failures.push(format!(
                "case {:?}\n  expected:\n    {}\n  got:\n    {}",
                case.name,
                case.expected.join("\n    "),
                got.join("\n    ")
            ));
        }
        for claim in &report.claims {
            if report.text.get(claim.start..claim.end) != Some(claim.text.as_str()) {
                failures.push(format!(
                    "case {:?}: claim span does not slice its text",
                    case.name
                ));
            }
        }
    }
    failures
}
