//! Reads the spec files in `tests/spec/` (prose, an input block, the expected claims, facts
//! or blocks) and checks a report against each case. Shared by the native runner (`tests/spec.rs`) and the
//! browser runner (`tests/wasm.rs`), so both run the same cases.

use claimlens::{ClaimKind, QuantityKind, Relation, Report};

/// One case of a spec file.
pub struct Case {
    pub name: String,
    pub input: String,
    pub clean: bool,
    /// The article date (`date: YYYY-MM-DD` line), if any.
    pub date: Option<String>,
    /// What the input is (`format: text` or `format: html` line); `None` lets the library
    /// decide.
    pub format: Option<String>,
    /// Expected lines of the `claims`, `facts` or `blocks` block.
    pub expected: Vec<String>,
    /// Which block `expected` came from: `claims`, `facts` or `blocks`.
    pub block: &'static str,
}

/// The claims spec, compiled in so the browser tests carry it.
pub const CLAIMS_SPEC: &str = include_str!("../spec/claims.md");

/// The numbers-and-dates spec, compiled in likewise.
pub const FACTS_SPEC: &str = include_str!("../spec/facts.md");

/// The cleaning spec (what becomes of every block of a page), compiled in likewise.
pub const CLEANING_SPEC: &str = include_str!("../spec/cleaning.md");

/// Parses a spec file: `## name`, optional `clean: false` and `date: YYYY-MM-DD` lines, a
/// fenced `input` block and a fenced `claims` or `facts` block.
pub fn parse(spec: &str) -> Vec<Case> {
    let mut sections = spec.split("\n## ");
    let fixtures = fixtures(sections.next().unwrap_or_default());
    let mut cases = Vec::new();
    for section in sections {
        let name = section.lines().next().unwrap_or_default().trim().to_owned();
        let block = |tag: &str| -> Option<String> {
            let open = format!("```{tag}\n");
            let start = section.find(&open)? + open.len();
            let end = section[start..].find("```")? + start;
            Some(section[start..end].to_owned())
        };
        let input = block("input").unwrap_or_else(|| panic!("case {name:?} has no input block"));
        let (expected, block_name) = match (block("claims"), block("facts"), block("blocks")) {
            (Some(claims), None, None) => (claims, "claims"),
            (None, Some(facts), None) => (facts, "facts"),
            (None, None, Some(blocks)) => (blocks, "blocks"),
            _ => panic!("case {name:?} needs one claims, facts or blocks block"),
        };
        // (Settings are the lines before the input: an input may hold such a line itself, as a
        // Markdown front matter's `date:` does.)
        let settings = &section[..section.find("```input\n").unwrap_or(0)];
        let format = settings
            .lines()
            .find_map(|l| l.strip_prefix("format: "))
            .map(|f| f.trim().to_owned());
        let date = settings
            .lines()
            .find_map(|l| l.strip_prefix("date: "))
            .map(|d| d.trim().to_owned());
        let mut input = input.trim_end_matches('\n').to_owned();
        for (name, text) in &fixtures {
            input = input.replace(&format!("{{{{{name}}}}}"), text);
        }
        cases.push(Case {
            clean: !settings.contains("\nclean: false\n"),
            input,
            expected: expected.lines().map(str::to_owned).collect(),
            block: block_name,
            date,
            format,
            name,
        });
    }
    cases
}

/// The fixtures a spec file's preamble defines: fenced `fixture NAME` blocks, text that the
/// cases' inputs name as `{{NAME}}` (paragraphs many pages share).
fn fixtures(preamble: &str) -> Vec<(String, String)> {
    let mut fixtures = Vec::new();
    let mut rest = preamble;
    while let Some(at) = rest.find("```fixture ") {
        let after = &rest[at + "```fixture ".len()..];
        let Some((name, body)) = after.split_once('\n') else {
            break;
        };
        let end = body.find("```").unwrap_or(body.len());
        fixtures.push((
            name.trim().to_owned(),
            body[..end].trim_end_matches('\n').to_owned(),
        ));
        rest = &body[end..];
    }
    fixtures
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
            let mut line = format!(
                "{} | {} | {} | {}",
                ClaimKind::name(c.kind),
                speaker,
                cue,
                c.text
            );
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

/// What became of every input block, in input order, as the cleaning spec writes it:
/// `kept | text`, `title | text` or `removed <reason> | text`.
pub fn describe_blocks(report: &Report) -> Vec<String> {
    let mut paragraphs = report.paragraphs.iter();
    (0..report.input.blocks)
        .map(|block| {
            if let Some(removed) = report.removed.iter().find(|r| r.block == block) {
                format!("removed {} | {}", removed.reason.name(), removed.text)
            } else if report.input.title_block == Some(block) {
                format!("title | {}", report.title.as_deref().unwrap_or_default())
            } else {
                let text = paragraphs
                    .next()
                    .map_or("", |p| &report.text[p.start..p.end]);
                format!("kept | {text}")
            }
        })
        .collect()
}

/// Whether the blocks described in `got` are those `expected` lists: one line a block, the
/// same fate, and each expected text the start of the block's text (a long block is written
/// by its opening).
fn blocks_agree(expected: &[String], got: &[String]) -> bool {
    expected.len() == got.len()
        && expected.iter().zip(got).all(|(e, g)| {
            let (e_fate, e_text) = e.split_once(" | ").unwrap_or((e, ""));
            let (g_fate, g_text) = g.split_once(" | ").unwrap_or((g, ""));
            e_fate == g_fate && g_text.starts_with(e_text)
        })
}

/// A number as the facts spec writes it: no trailing `.0`, up to six decimals.
fn number(v: f64) -> String {
    let text = format!("{v:.6}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    text.to_owned()
}

/// The report's quantities and times in the facts spec's line format, in text order:
/// `quantity | kind | text | value[..to] [unit] {relation} {vague}` and
/// `time | text | written | from..to {relative} {range}` (`?` for an unresolved end).
pub fn describe_facts(report: &Report) -> Vec<String> {
    let mut lines: Vec<(usize, String)> = Vec::new();
    for q in &report.quantities {
        let kind = match q.kind {
            QuantityKind::Number => "number",
            QuantityKind::Ordinal => "ordinal",
            QuantityKind::Percent => "percent",
            QuantityKind::Money => "money",
        };
        let mut line = format!("quantity | {kind} | {} | {}", q.text, number(q.value));
        if let Some(to) = q.to {
            line.push_str(&format!("..{}", number(to)));
        }
        if let Some(unit) = &q.unit {
            line.push_str(&format!(" {unit}"));
        }
        if let Some(relation) = q.relation {
            let name = match relation {
                Relation::About => "about",
                Relation::MoreThan => "more_than",
                Relation::LessThan => "less_than",
                Relation::AtLeast => "at_least",
                Relation::AtMost => "at_most",
            };
            line.push_str(&format!(" {{{name}}}"));
        }
        if q.vague {
            line.push_str(" {vague}");
        }
        lines.push((q.span.start, line));
    }
    for t in &report.times {
        let mut line = format!(
            "time | {} | {} | {}..{}",
            t.text,
            t.written,
            t.from.as_deref().unwrap_or("?"),
            t.to.as_deref().unwrap_or("?")
        );
        if t.relative {
            line.push_str(" {relative}");
        }
        if t.range {
            line.push_str(" {range}");
        }
        lines.push((t.span.start, line));
    }
    lines.sort_by_key(|(start, _)| *start);
    lines.into_iter().map(|(_, line)| line).collect()
}

/// Checks every case with `analyze` (which reads the case's input and options); returns
/// one message per failing case, by name.
pub fn failures(cases: &[Case], analyze: impl Fn(&Case) -> Report) -> Vec<String> {
    let mut failures = Vec::new();
    for case in cases {
        let report = analyze(case);
        let (got, agree) = match case.block {
            "facts" => {
                let got = describe_facts(&report);
                let agree = got == case.expected;
                (got, agree)
            }
            "blocks" => {
                let got = describe_blocks(&report);
                let agree = blocks_agree(&case.expected, &got);
                (got, agree)
            }
            _ => {
                let got = describe(&report);
                let agree = got == case.expected;
                (got, agree)
            }
        };
        if !agree {
            failures.push(format!(
                "case {:?}\n  expected:\n    {}\n  got:\n    {}",
                case.name,
                case.expected.join("\n    "),
                got.join("\n    ")
            ));
        }
        let spans = report
            .quantities
            .iter()
            .map(|q| (q.span, &q.text))
            .chain(report.times.iter().map(|t| (t.span, &t.text)));
        for (span, text) in spans {
            if report.text.get(span.start..span.end) != Some(text.as_str()) {
                failures.push(format!(
                    "case {:?}: a number or date span does not slice its text",
                    case.name
                ));
            }
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
