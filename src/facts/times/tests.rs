use super::period::iso_week;
use super::*;
use crate::date::Date;
use crate::facts::tokens::tokenize;
use crate::facts::tokens::Token;

fn read(text: &str, reference: &str) -> Vec<(String, String, Option<String>, Option<String>)> {
    let tokens = tokenize(text);
    let lower: Vec<String> = tokens.iter().map(Token::lower).collect();
    let mut taken = vec![false; tokens.len()];
    recognise(&tokens, &lower, Date::parse(reference), &mut taken)
        .into_iter()
        .map(|f| {
            let span = text[tokens[f.first].start..tokens[f.last - 1].end].to_owned();
            (
                span,
                f.written,
                f.from.map(|d| d.to_string()),
                f.to.map(|d| d.to_string()),
            )
        })
        .collect()
}

#[test]
fn date_arithmetic() {
    let d = Date::new(2024, 11, 8).expect("a date");
    assert_eq!(d.weekday(), 5);
    assert_eq!(d.add_days(30).to_string(), "2024-12-08");
    assert_eq!(
        Date::new(2024, 1, 31)
            .expect("a date")
            .add_months(1)
            .to_string(),
        "2024-02-29"
    );
    assert_eq!(iso_week(d), (2024, 45));
    assert!(Date::new(2023, 2, 29).is_none());
}

#[test]
fn absolute_dates_keep_their_granularity() {
    let t = read(
        "On November 8, 2024 and in February 2022, and in the 1990s.",
        "",
    );
    assert_eq!(t[0].1, "2024-11-08");
    assert_eq!(
        t[1],
        (
            "February 2022".into(),
            "2022-02".into(),
            Some("2022-02-01".into()),
            Some("2022-02-28".into())
        )
    );
    assert_eq!(t[2].1, "199X");
}

#[test]
fn relative_dates_need_the_article_date() {
    let t = read("He left yesterday and returns next month.", "2024-11-08");
    assert_eq!(t[0].2.as_deref(), Some("2024-11-07"));
    assert_eq!(t[1].1, "2024-12");
    let t = read("He left yesterday.", "");
    assert_eq!(t[0].2, None);
}

#[test]
fn last_july_and_weekdays() {
    let t = read("It began last July and ended on Thursday.", "2024-11-08");
    assert_eq!(t[0].1, "2024-07");
    assert_eq!(t[1].2.as_deref(), Some("2024-11-07"));
    let t = read("The vote will be on Thursday.", "2024-11-08");
    assert_eq!(t[0].2.as_deref(), Some("2024-11-14"));
}

#[test]
fn modal_may_is_not_a_month() {
    assert!(read("Prices may rise, she said.", "2024-11-08").is_empty());
}
