use super::*;
use crate::report::{Claim, ClaimKind, Span};
use crate::sentences;

fn claims(text: &str) -> Vec<Claim> {
    let paragraphs: Vec<Span> = {
        let mut spans = Vec::new();
        let mut start = 0;
        for part in text.split("\n\n") {
            spans.push(Span::new(start, start + part.len()));
            start += part.len() + 2;
        }
        spans
    };
    let sentences = sentences::split(text, &paragraphs);
    extract(
        text,
        &paragraphs,
        &sentences,
        &crate::entities::names(text, &sentences),
        &crate::entities::find(text, &sentences),
    )
    .0
}

fn who(claim: &Claim) -> &str {
    claim.speaker.as_ref().map_or("", |s| s.canonical.as_str())
}

#[test]
fn quote_then_said_speaker() {
    let c = claims("“We will rebuild the bridge by spring,” Mayor Ana Ruiz said on Monday.");
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].kind, ClaimKind::Direct);
    assert_eq!(c[0].text, "We will rebuild the bridge by spring");
    assert_eq!(who(&c[0]), "Ana Ruiz");
    assert_eq!(
        c[0].speaker.as_ref().and_then(|s| s.role.as_deref()),
        Some("Mayor")
    );
    assert_eq!(c[0].cue.as_ref().map(|c| c.text.as_str()), Some("said"));
}

#[test]
fn said_then_speaker_and_surname_merge() {
    let c =
        claims("Port director Jo Lind spoke first.\n\n“Cargo is up a third this year,” said Lind.");
    assert_eq!(who(&c[0]), "Jo Lind");
}

#[test]
fn colon_quote_and_pronoun() {
    let c = claims("Chief engineer Sam Okafor was asked about the delay.\n\nHe replied: “The steel arrived late, and we will not cut corners.”");
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].speaker.as_ref().map(|s| s.name.as_str()), Some("He"));
    assert_eq!(who(&c[0]), "Sam Okafor");
}

#[test]
fn colon_at_end_of_previous_paragraph() {
    let c = claims("In Lyon, Minister Paul Arnaud rejected the plan, telling reporters:\n\n“This would be a mistake for the whole region.”");
    assert_eq!(c.len(), 1);
    assert_eq!(who(&c[0]), "Paul Arnaud");
}

#[test]
fn multi_paragraph_quote_inherits_speaker() {
    let c = claims("Nurse Maria Silva said: “We have worked every weekend since March.\n\n“Nobody has asked us what we need on the wards.”");
    assert_eq!(c.len(), 2);
    assert_eq!(who(&c[1]), "Maria Silva");
    assert!(c[1].cue.is_none());
}

#[test]
fn partial_quote() {
    let c =
        claims("The minister said the reform was “the largest in a generation” and would pass.");
    assert_eq!(c[0].kind, ClaimKind::Partial);
    assert_eq!(
        c[0].text,
        "the reform was “the largest in a generation” and would pass"
    );
}

#[test]
fn according_to_both_ways() {
    let c = claims("According to the city's transport office, ridership fell by half in April.");
    assert_eq!(c[0].kind, ClaimKind::AccordingTo);
    assert_eq!(c[0].text, "ridership fell by half in April");
    let c = claims("Ridership fell by half in April, according to two officials.");
    assert_eq!(c[0].text, "Ridership fell by half in April");
    assert!(c[0].speaker.as_ref().is_some_and(|s| s.anonymous));
}

#[test]
fn reported_speech_trailing_and_leading() {
    let c = claims("The talks will resume next week, a senior diplomat said on Friday.");
    assert_eq!(c[0].kind, ClaimKind::Indirect);
    assert_eq!(c[0].text, "The talks will resume next week");
    assert!(c[0].speaker.as_ref().is_some_and(|s| s.anonymous));
    let c = claims("Governor Lee Park believes that the budget will balance by 2027.");
    assert_eq!(c[0].text, "the budget will balance by 2027");
    assert!(c[0].opinion);
    assert_eq!(who(&c[0]), "Lee Park");
}

#[test]
fn negation_and_hedges_are_marked() {
    // What was not said is no one's claim; a denial is, negated.
    assert!(claims("The mayor did not say that the bridge would reopen in May.").is_empty());
    let c = claims("Minister Ana Lind reportedly said the talks may collapse by Friday.");
    assert!(!c[0].negated);
    assert_eq!(c[0].hedges, ["reportedly", "may"]);
    let c = claims("The company denied that it had misled investors about its debts.");
    assert!(c[0].negated);
    let c = claims("Senator Ray Ito didn’t say whether the vote would pass this week.");
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn quoted_as_saying_and_citing() {
    let c = claims("The minister was quoted as saying that the border would stay closed.");
    assert_eq!(c[0].text, "the border would stay closed");
    assert_eq!(
        c[0].cue.as_ref().map(|c| c.text.as_str()),
        Some("quoted as saying")
    );
    assert_eq!(
        c[0].speaker.as_ref().map(|s| s.name.as_str()),
        Some("The minister")
    );
    let c = claims("Exports fell by a fifth in March, citing customs data.");
    assert!(c.is_empty(), "citing data names no speaker: {c:?}");
    let c = claims("Exports fell by a fifth in March, the agency reported, citing customs data.");
    assert_eq!(c[0].text, "Exports fell by a fifth in March");
}

#[test]
fn british_single_quotes() {
    let c =
        claims("‘We will not sell the club,’ chairman Tom Reed said. The fans’ anger was clear.");
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].text, "We will not sell the club");
    let c = claims("'The river is rising fast,' engineer Jo Park said. The players' union agreed.");
    assert_eq!(c[0].text, "The river is rising fast");
    // Inside double quotes, single quotes are a quote within the quote.
    let c = claims("“He told me ‘never again’ last year,” said Ann Lee.");
    assert_eq!(c[0].text, "He told me ‘never again’ last year");
}

#[test]
fn appositive_role() {
    let c = claims("“It will pass,” says Ola Berg, chairman of the Budget Committee, on Monday.");
    let speaker = c[0].speaker.as_ref().expect("a speaker");
    assert_eq!(speaker.canonical, "Ola Berg");
    assert_eq!(
        speaker.role.as_deref(),
        Some("chairman of the Budget Committee")
    );
    let c = claims("“It will pass,” Ola Berg, the committee's chair, told reporters.");
    let speaker = c[0].speaker.as_ref().expect("a speaker");
    assert_eq!(speaker.role.as_deref(), Some("the committee's chair"));
}

#[test]
fn passive_is_not_a_speaker() {
    assert!(claims("The meeting is expected to last two days.").is_empty());
}

#[test]
fn short_scare_quotes_are_not_claims() {
    assert!(claims("The so-called “peace plan” was shelved.").is_empty());
}

#[test]
fn unbalanced_quote_warns_and_never_panics() {
    let text = "He said: “this never closes";
    let paragraphs = [Span::new(0, text.len())];
    let sentences = sentences::split(text, &paragraphs);
    let (c, w) = extract(
        text,
        &paragraphs,
        &sentences,
        &crate::entities::names(text, &sentences),
        &crate::entities::find(text, &sentences),
    );
    assert_eq!(w[0].code, "unbalanced_quote");
    assert_eq!(c[0].text, "this never closes");
    // Nested straight quotes leave a mark that opens before its sentence starts.
    let text = "He wrote, \"Reports say he shouted \"Stop!\" as he ran.\" It was late.";
    let paragraphs = [Span::new(0, text.len())];
    let sentences = sentences::split(text, &paragraphs);
    let _ = extract(
        text,
        &paragraphs,
        &sentences,
        &crate::entities::names(text, &sentences),
        &crate::entities::find(text, &sentences),
    );
    let marks = "“”\"«»„ ".repeat(2000);
    let paragraphs = [Span::new(0, marks.len())];
    let sentences = sentences::split(&marks, &paragraphs);
    let _ = extract(
        &marks,
        &paragraphs,
        &sentences,
        &crate::entities::names(&marks, &sentences),
        &crate::entities::find(&marks, &sentences),
    );
}
