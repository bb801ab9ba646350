//! The invariants every report keeps, whatever the input: valid offsets on char boundaries,
//! claims that slice their own text, every input block accounted for, a JSON round trip, and (natively) the report's JSON Schema.

use claimlens::Report;

/// Checks every invariant of a report; `name` goes into the failure message.
pub fn check(name: &str, report: &Report) {
    let text = &report.text;
    let span_ok = |start: usize, end: usize| {
        start <= end
            && end <= text.len()
            && text.is_char_boundary(start)
            && text.is_char_boundary(end)
    };
    for p in &report.paragraphs {
        assert!(span_ok(p.start, p.end), "{name}: paragraph {p:?}");
    }
    for s in &report.sentences {
        assert!(span_ok(s.span.start, s.span.end), "{name}: sentence {s:?}");
        assert!(
            s.paragraph < report.paragraphs.len(),
            "{name}: sentence paragraph"
        );
    }
    for c in &report.claims {
        assert!(
            span_ok(c.start, c.end),
            "{name}: claim {}..{}",
            c.start,
            c.end
        );
        assert_eq!(&text[c.start..c.end], c.text, "{name}: claim text");
        assert!(
            c.sentence < report.sentences.len(),
            "{name}: claim sentence"
        );
        if let Some(s) = &c.speaker {
            assert!(span_ok(s.start, s.end), "{name}: speaker span");
            assert_eq!(&text[s.start..s.end], s.name, "{name}: speaker name");
        }
        if let Some(cue) = &c.cue {
            assert!(span_ok(cue.start, cue.end), "{name}: cue span");
        }
    }
    for q in &report.quantities {
        assert!(span_ok(q.span.start, q.span.end), "{name}: quantity span");
        assert_eq!(
            &text[q.span.start..q.span.end],
            q.text,
            "{name}: quantity text"
        );
        assert!(q.value.is_finite(), "{name}: quantity value {}", q.value);
        assert!(q.to.is_none_or(f64::is_finite), "{name}: quantity range");
        assert!(
            q.sentence < report.sentences.len(),
            "{name}: quantity sentence"
        );
    }
    for t in &report.times {
        assert!(span_ok(t.span.start, t.span.end), "{name}: time span");
        assert_eq!(&text[t.span.start..t.span.end], t.text, "{name}: time text");
        assert!(t.sentence < report.sentences.len(), "{name}: time sentence");
        if let (Some(from), Some(to)) = (&t.from, &t.to) {
            assert!(from <= to || t.relative, "{name}: time {from}..{to}");
        }
    }
    for s in &report.sentences {
        assert!(
            (0.0..=1.0).contains(&s.checkworthiness),
            "{name}: checkworthiness"
        );
    }
    for c in &report.claims {
        for &i in c.quantities.iter().chain(&c.times) {
            assert!(
                i < report.quantities.len().max(report.times.len()),
                "{name}: claim fact index"
            );
        }
    }
    let accounted = report.paragraphs.len()
        + report.removed.len()
        + usize::from(report.input.title_block.is_some());
    assert_eq!(
        accounted, report.input.blocks,
        "{name}: every block accounted for"
    );
    let json = serde_json::to_string(report).expect("serialises");
    let back: Report = serde_json::from_str(&json).expect("deserialises");
    assert_eq!(&back, report, "{name}: JSON round trip");
    #[cfg(not(target_arch = "wasm32"))]
    super::schema::check(name, report);
}
