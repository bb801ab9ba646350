use super::numbers::decimal;
use super::*;
use crate::facts::tokens::{tokenize, Token};
use crate::report::Relation;

fn read(text: &str) -> Vec<(String, f64, Option<String>)> {
    let tokens = tokenize(text);
    let lower: Vec<String> = tokens.iter().map(Token::lower).collect();
    let mut taken = vec![false; tokens.len()];
    recognise(&tokens, &lower, &mut taken)
        .into_iter()
        .map(|f| {
            let span = &text[tokens[f.first].start..tokens[f.last - 1].end];
            (span.to_owned(), f.value, f.unit)
        })
        .collect()
}

#[test]
fn money_with_scale_is_exact() {
    let q = read("The package is worth $65.9 billion, officials said.");
    assert_eq!(
        q,
        [("$65.9 billion".into(), 65_900_000_000.0, Some("$".into()))]
    );
    let q = read("It cost €2.5m and £300,000.");
    assert_eq!(q[0], ("€2.5m".into(), 2_500_000.0, Some("EUR".into())));
    assert_eq!(q[1], ("£300,000".into(), 300_000.0, Some("GBP".into())));
}

#[test]
fn decimals_are_correctly_rounded() {
    for (digits, exponent, expected) in [
        ("65.9", 9, 65_900_000_000.0),
        ("1,234.5", 0, 1234.5),
        ("0.1", 0, 0.1),
        ("4.25", 0, 4.25),
        ("1.674", 12, 1.674e12),
        ("123456789012345678901234", 0, 1.2345678901234568e23),
    ] {
        let got = decimal(digits, exponent).expect("digits");
        assert!(
            (got - expected).abs() <= expected.abs() * 1e-15,
            "{digits}e{exponent}: {got} vs {expected}"
        );
    }
    assert_eq!(decimal("65.9", 9), Some(65_900_000_000.0));
    assert_eq!(decimal("0.3", 0), Some(0.3));
}

#[test]
fn words_and_fractions() {
    assert_eq!(
        read("twenty-one trillion three hundred")[0].1,
        21_000_000_000_300.0
    );
    assert_eq!(read("two thirds of voters")[0].1, 2.0 / 3.0);
    assert_eq!(read("one and a half million people")[0].1, 1_500_000.0);
    // A fraction after a scale is a fraction of the scale, not of one.
    assert_eq!(read("one million and a half people")[0].1, 1_500_000.0);
    assert_eq!(
        read("five billion and three quarters")[0].1,
        5_750_000_000.0
    );
    assert_eq!(read("five and three quarters")[0].1, 5.75);
    assert_eq!(read("3 million and a half")[0].1, 3_500_000.0);
    assert_eq!(read("a dozen")[0].1, 12.0);
    assert!(read("the one you mentioned").is_empty());
}

#[test]
fn names_and_units_are_not_counts() {
    assert!(read("COVID-19 and the F-35 and 180ml").is_empty());
}

#[test]
fn ranges_and_relations() {
    let tokens = tokenize("between 5 and 10 million people, nearly 70% and 51% to 49%");
    let lower: Vec<String> = tokens.iter().map(Token::lower).collect();
    let mut taken = vec![false; tokens.len()];
    let q = recognise(&tokens, &lower, &mut taken);
    assert_eq!((q[0].value, q[0].to), (5e6, Some(1e7)));
    assert_eq!(q[1].relation, Some(Relation::About));
    assert_eq!((q[1].value, q[1].unit.as_deref()), (70.0, Some("%")));
    assert_eq!((q[2].value, q[2].to), (51.0, Some(49.0)));
}

#[test]
fn vague_magnitudes() {
    let tokens = tokenize("tens of thousands of people arrived");
    let lower: Vec<String> = tokens.iter().map(Token::lower).collect();
    let mut taken = vec![false; tokens.len()];
    let q = recognise(&tokens, &lower, &mut taken);
    assert!(q[0].vague);
    assert_eq!(q[0].value, 10_000.0);
}
