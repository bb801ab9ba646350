//! Makes each claim checkable: numbers, dates and check-worthiness, attached to sentences
//! and claims.
//!
//! In: the report after the claims stage (text, sentences, claims, removed blocks) and the
//! article date given by the caller. Out: the same report with [`Report::quantities`],
//! [`Report::times`], [`Report::consistency`], every sentence's and claim's
//! check-worthiness, and each claim's `quantities`/`times` indices. Times are read before
//! quantities, so "2024" in "in 2024" is a year and not a count.
//!
//! The article date is the caller's when given; else the first full date in the page's
//! dateline (a removed date line, or the first paragraph's opening); else unknown, and
//! relative dates stay unresolved with a note.

pub mod checkworthy;
mod quantities;
mod times;
mod tokens;

use crate::date::Date;
use crate::report::{
    ConsistencyHint, Quantity, QuantityKind, RemovalReason, RemovedBlock, Report, Sentence, Span,
    TimeExpression, Warning,
};
use crate::text::{floor_char_boundary, sort_by_position};
use tokens::{tokenize, Token};

/// Adds quantities, times, consistency hints and check-worthiness to `report`.
pub(crate) fn annotate(report: &mut Report, given_date: Option<&str>) {
    let reference = article_date(report, given_date);
    for sentence_index in 0..report.sentences.len() {
        let span = report.sentences[sentence_index].span;
        let sentence_text = &report.text[span.start..span.end];
        let tokens = tokenize(sentence_text);
        let lower: Vec<String> = tokens.iter().map(Token::lower).collect();
        let mut taken = vec![false; tokens.len()];
        let times = times::recognise(&tokens, &lower, reference, &mut taken);
        let quantities = quantities::recognise(&tokens, &lower, &mut taken);
        let at = |first: usize, last: usize| {
            Span::new(
                span.start + tokens[first].start,
                span.start + tokens[last - 1].end,
            )
        };
        for t in times {
            let s = at(t.first, t.last);
            report.times.push(TimeExpression {
                text: report.text[s.start..s.end].to_owned(),
                span: s,
                sentence: sentence_index,
                granularity: t.granularity,
                written: t.written,
                from: t.from.map(|d| d.to_string()),
                to: t.to.map(|d| d.to_string()),
                range: t.range,
                relative: t.relative,
                note: t.note,
            });
        }
        // A number too large for a float ("1" followed by 400 zeros) is not a quantity
        // anyone can check; it stays in the text, unreported.
        for q in quantities
            .into_iter()
            .filter(|q| q.value.is_finite() && q.to.is_none_or(f64::is_finite))
        {
            let s = at(q.first, q.last);
            report.quantities.push(Quantity {
                kind: q.kind,
                text: report.text[s.start..s.end].to_owned(),
                span: s,
                sentence: sentence_index,
                value: q.value,
                to: q.to,
                unit: q.unit,
                relation: q.relation,
                vague: q.vague,
            });
        }
        let score = checkworthy::score(sentence_text);
        let sentence = &mut report.sentences[sentence_index];
        sentence.checkworthiness = score;
        sentence.checkworthy = score >= *checkworthy::THRESHOLD;
    }
    sort_by_position(&mut report.quantities, |q| (q.span.start, 0));
    sort_by_position(&mut report.times, |t| (t.span.start, 0));
    // Both lists are sorted by start: each claim finds its own by binary search, so a
    // long text with many claims and numbers stays linear-logarithmic.
    let quantity_starts: Vec<usize> = report.quantities.iter().map(|q| q.span.start).collect();
    let time_starts: Vec<usize> = report.times.iter().map(|t| t.span.start).collect();
    let within = |starts: &[usize], spans: &dyn Fn(usize) -> Span, start: usize, end: usize| {
        let first = starts.partition_point(|&s| s < start);
        (first..starts.len())
            .take_while(|&i| starts[i] < end)
            .filter(|&i| spans(i).end <= end)
            .collect::<Vec<usize>>()
    };
    for claim in &mut report.claims {
        claim.quantities = within(
            &quantity_starts,
            &|i| report.quantities[i].span,
            claim.start,
            claim.end,
        );
        claim.times = within(
            &time_starts,
            &|i| report.times[i].span,
            claim.start,
            claim.end,
        );
        claim.checkworthiness = checkworthy::score(&claim.text);
        claim.checkworthy = claim.checkworthiness >= *checkworthy::THRESHOLD;
    }
    report.consistency = consistency_hints(&report.text, &report.sentences, &report.quantities);
    if let Some(date) = reference {
        report.input.date = Some(date.to_string());
    }
    if given_date.is_some() && reference.is_none() {
        report.warnings.push(Warning::new(
            "bad_date",
            format!(
                "the article date {:?} is not a date in the form YYYY-MM-DD; relative dates are left unresolved",
                given_date.unwrap_or_default()
            ),
        ));
    }
}

/// The date relative expressions are counted from: the caller's, else the dateline's. The
/// dateline's is the page's stated publication date (`metadata.published`) either way.
fn article_date(report: &mut Report, given: Option<&str>) -> Option<Date> {
    // The page's own metadata first (an HTML `<meta>` publication time), then a dateline.
    let from_metadata = report.metadata.published.as_deref().and_then(Date::parse);
    let stated = from_metadata.or_else(|| dateline(report));
    report.metadata.published = stated.map(|d| d.to_string());
    if let Some(given) = given {
        let date = Date::parse(given);
        if date.is_some() {
            report.input.date_source = Some("option".into());
        }
        return date;
    }
    if stated.is_some() {
        let source = if from_metadata.is_some() {
            "metadata"
        } else {
            "text"
        };
        report.input.date_source = Some(source.into());
    }
    stated
}

/// The date a dateline states, if any.
fn dateline(report: &Report) -> Option<Date> {
    // A dateline: a removed date line before the article, or the opening of the first
    // paragraph ("WASHINGTON, Nov. 8, 2024 —"), or a date line right after a standfirst
    // (removed as metadata after the first paragraph). Only a full date (day, month, year)
    // counts. The first date of the best kind ([`dateline_kind`]) wins: a publication
    // line, then an update's or the article's opening (a date there is more often what
    // the article is about than when it was written), then one above the headline.
    let before_body = report.removed.iter().filter(|r| r.before_paragraph == 0);
    let after_standfirst = report
        .removed
        .iter()
        .filter(|r| r.before_paragraph == 1 && r.reason == RemovalReason::Metadata);
    let opening = report
        .paragraphs
        .first()
        .map(|p| (None, &report.text[p.start..p.end]));
    let candidates = before_body
        .map(|r| (Some(r), r.text.as_str()))
        .chain(opening)
        .chain(after_standfirst.map(|r| (Some(r), r.text.as_str())));
    let mut best: Option<(u8, Date)> = None;
    for (removed, text) in candidates {
        // A dateline opens its block: the first 200 bytes are enough. A full date has a
        // year: a line without a digit is passed over unread.
        let head = &text[..floor_char_boundary(text, text.len().min(200))];
        if !head.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        let (kind, from) = match removed {
            Some(r) => dateline_kind(r, report.input.title_block),
            None => (1, 0),
        };
        if best.is_some_and(|(k, _)| k <= kind) {
            continue;
        }
        let candidate = &head[from.min(head.len())..];
        let tokens = tokenize(candidate);
        let lower: Vec<String> = tokens.iter().map(Token::lower).collect();
        let mut taken = vec![false; tokens.len()];
        let found = times::recognise(&tokens, &lower, None, &mut taken);
        if let Some(date) = found
            .iter()
            .find(|t| !t.relative && !t.range && t.from.is_some() && t.from == t.to)
            .and_then(|t| t.from)
        {
            best = Some((kind, date));
            if kind == 0 {
                break;
            }
        }
    }
    best.map(|(_, date)| date)
}

/// How a removed line ranks as a dateline ([`dateline`]: 0 best), and the byte its date
/// is read from: a line that says "published", "posted" or "original" ranks first, from
/// that word on ("Updated November 11, 2022 Originally published November 9, 2022",
/// "Updated 3:15 p.m. Nov. 20 / Original Nov. 19, 2019"); an update's line
/// ("Last updated: ...") is not when the article was published; a date above the headline
/// is a masthead's ("Friday, December 19, 2025": the day the page was read).
fn dateline_kind(r: &RemovedBlock, title: Option<usize>) -> (u8, usize) {
    let head = &r.text[..floor_char_boundary(&r.text, r.text.len().min(80))];
    let lower = head.to_ascii_lowercase();
    if let Some(at) = ["published", "posted", "original"]
        .iter()
        .find_map(|w| lower.find(w))
    {
        (0, at)
    } else if ["updated", "modified", "edited"]
        .iter()
        .any(|w| lower.contains(w))
    {
        (1, 0)
    } else if title.is_some_and(|t| r.block < t) {
        (2, 0)
    } else {
        (0, 0)
    }
}

/// The most consistency hints one report carries.
const MAX_HINTS: usize = 20;

/// Words that say a number is a total ("total", "overall", "in all").
const WHOLE_WORDS: &[&str] = &[
    "total",
    "overall",
    "altogether",
    "combined",
    "cumulative",
    "all",
];

/// Flags amounts in the same currency where one said to be a total is smaller than a
/// single part by a factor of ten or more: "a $60 billion package" beside "$5 billion in
/// total aid". Limits: only money, and only the words of the two sentences decide which
/// is the total; a hint, never a verdict.
fn consistency_hints(
    text: &str,
    sentences: &[Sentence],
    quantities: &[Quantity],
) -> Vec<ConsistencyHint> {
    // "total" within its own sentence, close before or just after the amount.
    let is_total = |q: &Quantity| {
        let sentence = sentences[q.sentence].span;
        let window_start = q.span.start.saturating_sub(60).max(sentence.start);
        let window_end = (q.span.end + 40).min(sentence.end);
        let (a, b) = (
            floor_char_boundary(text, window_start),
            floor_char_boundary(text, window_end),
        );
        let around = text[a..b].to_lowercase();
        around
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| WHOLE_WORDS.contains(&w))
    };
    let money: Vec<usize> = (0..quantities.len())
        .filter(|&i| {
            let q = &quantities[i];
            q.kind == QuantityKind::Money && !q.vague && q.relation.is_none() && q.to.is_none()
        })
        .collect();
    let mut hints = Vec::new();
    // An article has a handful of totals; a 50 MB archive pasted as one text could have
    // thousands. Past `MAX_HINTS` the hints stop: they are prompts for a reader, and
    // comparing every pair would be quadratic.
    for &total in money
        .iter()
        .filter(|&&i| is_total(&quantities[i]))
        .take(MAX_HINTS)
    {
        if hints.len() >= MAX_HINTS {
            break;
        }
        let whole = &quantities[total];
        for &part in &money {
            let piece = &quantities[part];
            if part == total || piece.unit != whole.unit || is_total(piece) {
                continue;
            }
            if hints.len() >= MAX_HINTS {
                break;
            }
            if whole.value > 0.0 && piece.value >= 10.0 * whole.value {
                hints.push(ConsistencyHint {
                    quantities: vec![total, part],
                    message: format!(
                        "\"{}\" is given as a total, but \"{}\" elsewhere is {} times larger: check which is right",
                        whole.text,
                        piece.text,
                        // Integer formatting: a float's Display costs the
                        // WebAssembly module ~20 KB.
                        (piece.value / whole.value).round() as u64
                    ),
                });
            }
        }
    }
    hints
}

#[cfg(test)]
mod tests {
    use crate::{analyze, Options};

    #[test]
    fn a_total_smaller_than_a_part_is_flagged() {
        let text = "The government announced a $60 billion package for the region.\n\n\
                    In total, aid to the region has reached $5 billion since 2022.";
        let report = analyze(text, &Options::default());
        assert_eq!(report.consistency.len(), 1, "{:?}", report.consistency);
        let hint = &report.consistency[0];
        let texts: Vec<&str> = hint
            .quantities
            .iter()
            .map(|&i| report.quantities[i].text.as_str())
            .collect();
        assert_eq!(texts, ["$5 billion", "$60 billion"]);
        assert!(hint.message.contains("12 times"), "{}", hint.message);
    }

    #[test]
    fn consistent_amounts_and_other_currencies_are_not_flagged() {
        let text = "In total, the fund holds $5 billion. One grant was $200 million, \
                    and a loan of €90 billion came from elsewhere.";
        let report = analyze(text, &Options::default());
        assert!(report.consistency.is_empty(), "{:?}", report.consistency);
    }

    #[test]
    fn a_bad_article_date_is_a_warning_and_nothing_is_guessed() {
        let options = Options {
            date: Some("last Tuesday".into()),
            ..Options::default()
        };
        let report = analyze("The council met yesterday.", &options);
        assert!(report.warnings.iter().any(|w| w.code == "bad_date"));
        assert_eq!(report.times[0].from, None);
        assert_eq!(report.input.date_source, None);
    }

    #[test]
    fn claims_carry_their_numbers_dates_and_score() {
        let text = "“We cut emissions by 40% since 2019,” Mayor Ana Ruiz said on Monday.";
        let report = analyze(text, &Options::default());
        let claim = &report.claims[0];
        let numbers: Vec<&str> = claim
            .quantities
            .iter()
            .map(|&i| report.quantities[i].text.as_str())
            .collect();
        let dates: Vec<&str> = claim
            .times
            .iter()
            .map(|&i| report.times[i].text.as_str())
            .collect();
        assert_eq!(numbers, ["40%"]);
        assert_eq!(dates, ["since 2019"]);
        assert!(claim.checkworthiness > 0.0 && claim.checkworthiness <= 1.0);
        // "Monday" is outside the quote: the sentence's, not the claim's.
        assert!(report.times.iter().any(|t| t.text == "Monday"));
    }

    #[test]
    fn a_date_line_after_the_standfirst_is_the_dateline() {
        let text = "Buses Return to the Old Town\n\nThe council's vote ends a decade of arguments over the old depot and the night routes.\n\nBy Jane Doe\n\nFriday, November 14, 2025\n\nThe city council approved the new bus network on Tuesday, after a debate that lasted most of the evening.\n\nUnder the plan, buses will run every ten minutes on the busiest routes, the mayor said yesterday.";
        let report = analyze(text, &Options::default());
        assert_eq!(report.metadata.published.as_deref(), Some("2025-11-14"));
        assert_eq!(report.input.date.as_deref(), Some("2025-11-14"));
    }

    #[test]
    fn an_update_is_not_the_publication_date() {
        const BODY: &str = "The city council approved the new bus network on Tuesday, after a debate that lasted most of the evening.\n\nUnder the plan, buses will run every ten minutes on the busiest routes, the mayor said yesterday.";
        let cases = [
            // A masthead's date above the headline, an update and the publication date.
            ("Friday, December 19, 2025\n\nBuses Return to the Old Town\n\nLast updated: December 3, 2025\n\nNovember 14, 2025", "2025-11-14"),
            // One line with both: the date after "published".
            ("Buses Return to the Old Town\n\nUpdated Dec. 3, 2025 Originally published Nov. 14, 2025", "2025-11-14"),
            // An update, then the original's date.
            ("Buses Return to the Old Town\n\nUpdated 3:15 p.m. Dec. 3, 2025 / Original Nov. 14, 2025", "2025-11-14"),
            // Only an update: it is the best the page says.
            ("Buses Return to the Old Town\n\nUpdated December 3, 2025", "2025-12-03"),
        ];
        for (head, date) in cases {
            let report = analyze(&format!("{head}\n\n{BODY}"), &Options::default());
            assert_eq!(report.metadata.published.as_deref(), Some(date), "{head}");
        }
    }
}
