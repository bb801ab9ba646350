//! Readings of calendar dates: a point in time from a month, day, weekday or season, and
//! the numeric and written forms of a full date ("November 8, 2024", "8 Nov 2024",
//! "11/8/2024", "2024-11-08").

use crate::date::Date;
use crate::facts::tokens::TokenKind;
use crate::lexicon::{is_in, WordClass};

use super::period::Period;
use super::{day_reading, full_year, year_step, Reader, Reading, EPOCH};

impl Reader<'_, '_> {
    /// One date or period at `i`, unresolved, with its end.
    pub(super) fn point(&self, i: usize) -> Option<(Reading, usize)> {
        let lw = |k: usize| self.lw(k);
        // A leading weekday: "Friday, November 8", "tue may 9", "monday 21"; not a
        // holiday's name ("Black Friday", "Super Tuesday").
        let holiday = || {
            i > 0
                && self.tokens[i - 1].text.starts_with(char::is_uppercase)
                && is_in(WordClass::Holiday, self.lw(i - 1))
        };
        if let Some(weekday) = self.word(i, "weekday").filter(|_| !holiday()) {
            let mut k = i + 1;
            if lw(k) == "," {
                k += 1;
            }
            if let Some((r, end)) = self.calendar_date(k) {
                if matches!(
                    r,
                    Reading::NoYear { day: Some(_), .. } | Reading::Absolute(Period::Day(_))
                ) {
                    return Some((r, end));
                }
            }
            // "Tuesday of next week", "Monday of the following week"
            if lw(i + 1) == "of" {
                let k = if lw(i + 2) == "the" { i + 3 } else { i + 2 };
                if let (Some(step), "week") = (year_step(lw(k)), lw(k + 1)) {
                    return Some((Reading::WeekDay { step, weekday }, k + 2));
                }
            }
            // "Monday 21", "Tuesday the eleventh" (no month follows: checked above)
            let k = if lw(i + 1) == "the" { i + 2 } else { i + 1 };
            if let Some((day, end)) = self.day_number(k) {
                let digits = self.tokens[k].kind == TokenKind::Digits;
                if !digits || lw(end) != ":" {
                    return Some((Reading::WeekdayDay { weekday, day }, end));
                }
            }
            if self.is_weekday_token(i) {
                return Some((Reading::Weekday(weekday), i + 1));
            }
            return None;
        }
        // "early 2023", "mid-November", "late July": the period, with the part noted.
        if matches!(lw(i), "early" | "mid" | "late") {
            let k = if lw(i + 1) == "-" { i + 2 } else { i + 1 };
            let part = match lw(i) {
                "early" => 0,
                "mid" => 1,
                _ => 2,
            };
            let reading = match self.calendar_date(k)? {
                (Reading::NoYear { month, day: None }, end) => (
                    Reading::Part {
                        part,
                        month,
                        year: None,
                    },
                    end,
                ),
                (Reading::Absolute(Period::Month(y, m)), end) => (
                    Reading::Part {
                        part,
                        month: m,
                        year: Some(y),
                    },
                    end,
                ),
                (Reading::Absolute(Period::Year(y)), end) => (
                    Reading::Part {
                        part,
                        month: 0,
                        year: Some(y),
                    },
                    end,
                ),
                (r @ (Reading::Absolute(Period::Decade(_)) | Reading::DecadeOnly(_)), end) => {
                    (r, end)
                }
                _ => return None,
            };
            return Some(reading);
        }
        // "third quarter of 2024", "1st quarter of 2013", "first half of 2020"
        if let Some(r) = self.named_part(i) {
            return Some(r);
        }
        if let Some(r) = self.calendar_date(i) {
            return Some(r);
        }
        if let Some(r) = self.relative(i) {
            // "next week Wednesday", "next week on Tuesday", "this week Monday"
            if let (Reading::Relative(Period::Week(_), step), end) = r {
                let k = if lw(end) == "on" { end + 1 } else { end };
                if let Some(weekday) = self.word(k, "weekday") {
                    return Some((Reading::WeekDay { step, weekday }, k + 1));
                }
            }
            return Some(r);
        }
        // "now" ends or opens a span: "between January 22 and now".
        if lw(i) == "now" && i > 0 && matches!(lw(i - 1), "and" | "between" | "to" | "until") {
            return Some((Reading::Relative(Period::Day(EPOCH), 0), i + 1));
        }
        None
    }

    /// A weekday word counts as a date when capitalised or in lowercase text.
    pub(super) fn is_weekday_token(&self, i: usize) -> bool {
        let t = self.tokens[i].text;
        let full = t.len() > 4 || matches!(self.lw(i), "sunday" | "monday" | "friday");
        full || t.starts_with(char::is_uppercase)
            && self.tokens.get(i + 1).is_some_and(|p| p.is('.'))
    }

    /// Stated dates: "November 8, 2024", "8 Nov 2024", "November 2024", "2024-11-08",
    /// "11/8/2024", "2024", "the 1990s", "Q3 2024", "the 18th".
    pub(super) fn calendar_date(&self, i: usize) -> Option<(Reading, usize)> {
        self.decade_only(i)
            .or_else(|| self.month_first_date(i))
            .or_else(|| self.day_first_date(i))
            .or_else(|| self.numeric_date(i))
            // (After a numeric date that is none, no named period starts at a number.)
            .or_else(|| self.named_period(i))
    }

    /// Month first: "November 8, 2024", "Nov. 8", "November 2024", "dec-2018".
    fn month_first_date(&self, i: usize) -> Option<(Reading, usize)> {
        let lw = |k: usize| self.lw(k);
        let tok = |k: usize| self.tokens.get(k);
        let (month, k) = self.month_name(i)?;
        let mut k2 = k;
        if matches!(lw(k2), "/" | "-") && tok(k2).is_some_and(|t| t.glued) {
            k2 += 1;
        }
        // "October, 1st": a comma only before an ordinal day; "June the 28th".
        if lw(k2) == "," && matches!(lw(k2 + 2), "st" | "nd" | "rd" | "th")
            || lw(k2) == "the" && self.may_be_day(k2 + 1)
        {
            k2 += 1;
        }
        if let Some((day, end)) = self.day_number(k2) {
            // "may 2017" is a year, not a day: day_number takes only two digits.
            let (mut year, mut end) = self.year_after(end);
            // "Sep-23-2020": a chain of digit groups, but one a month name opens.
            let dashed = k2 == k + 1 && lw(k) == "-" && lw(end) == "-";
            if let (None, true) = (year, dashed) {
                let t = tok(end + 1).filter(|t| t.glued && tok(end).is_some_and(|s| s.glued));
                let y = t.filter(|t| t.kind == TokenKind::Digits && t.text.len() == 4);
                let glued_on = tok(end + 2).is_some_and(|n| {
                    n.glued && (n.kind != TokenKind::Punct || n.is('-') || n.is('/'))
                });
                if let Some(y) = y.and_then(|t| t.text.parse().ok()).filter(|_| !glued_on) {
                    (year, end) = (Some(y), end + 2);
                }
            }
            // "March 10 and March 11, 2026": a listed date takes the year of the next.
            if year.is_none() && matches!(lw(end), "and" | "or" | "&") {
                if let Some((Reading::Absolute(Period::Day(d)), _)) = self.calendar_date(end + 1) {
                    year = Some(d.year - i32::from(month > d.month));
                }
            }
            return Some((day_reading(year, month, day), end));
        }
        let mut k3 = k;
        // "April 2016", "April, 2016", "April of 2016", "april in 2016"
        if matches!(lw(k3), "," | "/" | "-" | "of" | "in") {
            k3 += 1;
        }
        // ("March in 2016 dollars" is no date: after "in", the year ends a phrase.)
        let in_ok = |_: &i32| lw(k) != "in" || self.phrase_ends(k3 + 1);
        if let Some(y) = self.year_number(k3).filter(in_ok) {
            return Some((Reading::Absolute(Period::Month(y, month)), k3 + 1));
        }
        // "April of '87", "June '09"
        if let Some((y, end)) = self.short_year(k3, lw(k) == "of") {
            return Some((Reading::Absolute(Period::Month(y, month)), end));
        }
        Some((Reading::NoYear { month, day: None }, k))
    }

    /// Day first: "8 November 2024", "the 8th of November", "second of aug", "05-aug-2016".
    fn day_first_date(&self, i: usize) -> Option<(Reading, usize)> {
        let lw = |k: usize| self.lw(k);
        let tok = |k: usize| self.tokens.get(k);
        let mut k = i;
        if lw(k) == "the" {
            k += 1;
        }
        if let Some((day, mut end)) = self.day_number(k) {
            // "18 and 19 June", "5, 6 and 7 May 2024": the first days of a list take
            // the month and year of the last.
            // (Not an age: "she was 18 and 19 June was ...".)
            let age = k > 0 && matches!(lw(k - 1), "was" | "is" | "aged" | "age" | "turned");
            let listed = self.listed_days_month(end, day).filter(|_| !age);
            if let Some((month, year)) = listed {
                return Some((day_reading(year, month, day), end));
            }
            // "the 15th day of next month", "the 26th day of the month"
            if lw(end) == "day" && lw(end + 1) == "of" {
                let m = end + 2;
                let relative = match (lw(m), lw(m + 1)) {
                    ("this" | "the", "month") => Some(0),
                    ("next", "month") => Some(1),
                    ("last" | "previous", "month") => Some(-1),
                    _ => None,
                };
                if let Some(step) = relative {
                    return Some((Reading::DayOfMonth { day, step }, m + 2));
                }
                end += 1;
            }
            if lw(end) == "of" {
                end += 1;
            }
            if matches!(lw(end), "-" | "/") && tok(end).is_some_and(|t| t.glued) {
                end += 1;
            }
            if let Some((month, end)) = self.month_name(end) {
                let mut e = end;
                if matches!(lw(e), "-" | "/") && tok(e).is_some_and(|t| t.glued) {
                    e += 1;
                }
                let (year, end) = self.year_after(e);
                // "26 june in 2019"
                let (year, end) = match year {
                    None if lw(end) == "in" => match self.year_number(end + 1) {
                        Some(y) => (Some(y), end + 2),
                        None => (None, end),
                    },
                    other => (other, end),
                };
                return Some((day_reading(year, month, day), end));
            }
            // "the 18th": a day of the current month.
            let ordinal_written = end > k + 1 || tok(k).is_some_and(|t| t.kind == TokenKind::Word);
            let after_on = i > 0 && lw(i - 1) == "on";
            if k > i && after_on && ordinal_written && !matches!(lw(end), "century" | "centuries") {
                let is_rank = matches!(
                    lw(end),
                    "time" | "floor" | "place" | "anniversary" | "round" | "day"
                );
                if !is_rank
                    && tok(end).is_none_or(|t| {
                        t.kind == TokenKind::Punct
                            || !t.text.starts_with(char::is_lowercase)
                            || matches!(
                                lw(end),
                                "of" | "and" | "to" | "at" | "in" | "this" | "next" | "last"
                            )
                    })
                {
                    return Some((Reading::DayOnly(day), end));
                }
            }
        }
        None
    }

    /// Numeric dates: 2024-11-08, 2015-3, 11/8/2024, 10-1-2018, 5/12 (with context), and
    /// years, decades and centuries written in digits.
    fn numeric_date(&self, i: usize) -> Option<(Reading, usize)> {
        let lw = |k: usize| self.lw(k);
        let tok = |k: usize| self.tokens.get(k);
        let t = tok(i)?;
        // Part of a longer chain of digit groups ("123-12-1234"): a code, not a date.
        let chained = i >= 2
            && t.glued
            && tok(i - 1).is_some_and(|p| p.glued && (p.is('-') || p.is('/')))
            && tok(i - 2).is_some_and(|p| p.kind == TokenKind::Digits)
            && self.digit_groups(i) >= 3
            && !self.in_range.get();
        let starts = t.kind == TokenKind::Digits
            && !chained
            && !(t.glued && i > 0 && tok(i - 1).is_some_and(|p| p.kind == TokenKind::Word));
        if !starts {
            return None;
        }
        // Numeric dates: 2024-11-08, 2015-3, 11/8/2024, 10-1-2018, 5/12 (with context).
        let num = |k: usize| -> Option<u32> {
            let t = tok(k)?;
            (t.kind == TokenKind::Digits
                && t.glued
                && t.text.len() <= 4
                && !t.text.contains([',', '.']))
            .then(|| t.text.parse().ok())
            .flatten()
        };
        let sep = |k: usize| tok(k).is_some_and(|t| t.glued && (t.is('-') || t.is('/')));
        let same_sep = |a: usize, b: usize| tok(a).map(|t| t.text) == tok(b).map(|t| t.text);
        if t.text.len() == 4 && !t.text.contains([',', '.']) && sep(i + 1) {
            let y: i32 = t.text.parse().ok()?;
            if let Some(m) = num(i + 2) {
                if sep(i + 3) && same_sep(i + 1, i + 3) {
                    if let Some(d) = num(i + 4) {
                        return Some((Reading::Absolute(Period::Day(Date::new(y, m, d)?)), i + 5));
                    }
                }
                if (1..=12).contains(&m) && tok(i + 2).is_some_and(|t| t.text.len() <= 2) {
                    return Some((Reading::Absolute(Period::Month(y, m)), i + 3));
                }
            }
            // "2017-q1"
            if let Some((p, end)) = self.quarter_code(i + 2, Some(y)) {
                return Some((Reading::Absolute(p), end));
            }
            // "2019-aug-1", "2019/aug/01"
            if let Some((m, end)) = self.month_name(i + 2) {
                if sep(end) {
                    if let Some(d) = num(end + 1) {
                        return Some((
                            Reading::Absolute(Period::Day(Date::new(y, m, d)?)),
                            end + 2,
                        ));
                    }
                }
            }
        }
        // "20161016": a day in ISO 8601's basic form, as file names and records write
        // it (not after "No." or "#": a record's number).
        if t.text.len() == 8 && t.text.bytes().all(|b| b.is_ascii_digit()) {
            let before = |back: usize| if i >= back { lw(i - back) } else { "" };
            let numbered = matches!(before(1), "#" | "number" | "id")
                || (before(1) == "." && before(2) == "no");
            let glued_on = tok(i + 1).is_some_and(|n| n.glued && n.kind != TokenKind::Punct);
            let part = |r: std::ops::Range<usize>| t.text[r].parse::<u32>().ok();
            let (y, m, d) = (part(0..4)?, part(4..6)?, part(6..8)?);
            // ("20161016 people" is a count.)
            let ends = !glued_on && self.phrase_ends(i + 1);
            if (1900..2100).contains(&y) && !numbered && ends {
                if let Some(day) = Date::new(y as i32, m, d) {
                    return Some((Reading::Absolute(Period::Day(day)), i + 1));
                }
            }
        }
        if t.text.len() <= 2 && sep(i + 1) {
            let a: u32 = t.text.parse().ok()?;
            // "12-2015": a month and a year.
            if let Some(y) = tok(i + 2)
                .filter(|t| t.text.len() == 4)
                .and_then(|_| num(i + 2))
            {
                if !sep(i + 3) {
                    if (1..=12).contains(&a) {
                        return Some((Reading::Absolute(Period::Month(y as i32, a)), i + 3));
                    }
                    return None;
                }
            }
            if let Some(b) = num(i + 2) {
                let slash = tok(i + 1).is_some_and(|t| t.is('/'));
                if sep(i + 3) && same_sep(i + 1, i + 3) {
                    if let Some(y) = num(i + 4) {
                        let y = full_year(y);
                        let (m, d) = if a > 12 { (b, a) } else { (a, b) };
                        // "2/29/2019": a day the month does not have, reported as
                        // written (a calendar's shape, not a code's).
                        if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
                            return None;
                        }
                        return Some((day_reading(Some(y), m, d), i + 5));
                    }
                }
                // "5/12" alone needs a date context: a preposition or a weekday before.
                let context = i > 0
                    && (matches!(
                        lw(i - 1),
                        "on" | "since"
                            | "by"
                            | "until"
                            | "from"
                            | "to"
                            | "and"
                            | "-"
                            | "this"
                            | "next"
                            | "last"
                    ) || self.word(i - 1, "weekday").is_some());
                // "10/1-11/7": two month/day pairs joined by a dash are a range of
                // days, their own context (a fraction range is written with words).
                let slash_at = |k: usize| tok(k).is_some_and(|t| t.glued && t.is('/'));
                let dash_pair = tok(i + 3).is_some_and(|t| t.glued && t.is('-'))
                    && num(i + 4).is_some()
                    && slash_at(i + 5)
                    && num(i + 6).is_some()
                    && lw(i + 7) != "of";
                if slash && (context || dash_pair) && b <= 31 && (!sep(i + 3) || dash_pair) {
                    let (m, d) = if a > 12 { (b, a) } else { (a, b) };
                    Date::new(2000, m, d)?;
                    return Some((
                        Reading::NoYear {
                            month: m,
                            day: Some(d),
                        },
                        i + 3,
                    ));
                }
            }
        }
        // "the 1990s", "1990s", "90s"
        if let Some(s) = tok(i + 1) {
            if s.glued && lw(i + 1) == "s" {
                let n: i32 = t.text.parse().ok()?;
                if t.text.len() == 4 && n % 10 == 0 {
                    return Some((Reading::Absolute(Period::Decade(n)), i + 2));
                }
            }
        }
        // "21st century"
        if matches!(lw(i + 2), "century") && tok(i + 1).is_some_and(|s| s.glued) {
            let n: i32 = t.text.parse().ok()?;
            if (1..=22).contains(&n) {
                return Some((Reading::Absolute(Period::Century((n - 1) * 100)), i + 3));
            }
        }
        if let Some(y) = self.year_number(i) {
            // "2017 q1", "2019 h2", "2017 april"
            if let Some((p, end)) = self.quarter_code(i + 1, Some(y)) {
                return Some((Reading::Absolute(p), end));
            }
            if let Some((m, end)) = self.month_name(i + 1) {
                if self.day_number(end).is_none() {
                    return Some((Reading::Absolute(Period::Month(y, m)), end));
                }
            }
            if self.year_context(i) {
                return Some((Reading::Absolute(Period::Year(y)), i + 1));
            }
        }
        None
    }

    /// Periods named with words and codes: seasons, quarters and halves ("Q3 2024", "in
    /// H1"), "the third quarter of 2024", "the year 2019".
    fn named_period(&self, i: usize) -> Option<(Reading, usize)> {
        let lw = |k: usize| self.lw(k);
        // "autumn 2026", "the summer of 2024": a season of a stated year.
        if let Some(m) = self.word(i, "season") {
            let k = if lw(i + 1) == "of" { i + 2 } else { i + 1 };
            if let Some(y) = self.year_number(k) {
                return Some((Reading::Absolute(Period::Season(y, m)), k + 1));
            }
            // "the summer of '69"
            if let Some((y, end)) = self.short_year(k, lw(i + 1) == "of") {
                return Some((Reading::Absolute(Period::Season(y, m)), end));
            }
        }
        // "Q3 2024", "H2 2019", "q1-2019", "q1 of 2017"
        if let Some((p, end)) = self.quarter_code(i, None) {
            return Some((Reading::Absolute(p), end));
        }
        // "in Q3", "during H1": of the article's year. A preposition must come before: "Q7"
        // alone may be a car or a question's number.
        if i > 0
            && matches!(
                lw(i - 1),
                "in" | "during" | "for" | "by" | "since" | "until"
            )
        {
            let n = self
                .tokens
                .get(i + 1)
                .filter(|t| t.glued && t.kind == TokenKind::Digits && t.text.len() == 1)
                .and_then(|t| t.text.parse::<u32>().ok());
            let period = match (lw(i), n) {
                ("q", Some(n @ 1..=4)) => Some(Period::Quarter(0, n)),
                ("h", Some(n @ 1..=2)) => Some(Period::Half(0, n)),
                _ => None,
            };
            let next_glued = self
                .tokens
                .get(i + 2)
                .is_some_and(|t| t.glued && t.kind != TokenKind::Punct);
            if let (Some(p), false) = (period, next_glued) {
                return Some((Reading::Relative(p, i32::MIN), i + 2));
            }
        }
        // "the third quarter of 2024", "the first half of 2020", "the 1990s" after "the"
        if lw(i) == "the" {
            if let Some(r) = self.calendar_date(i + 1) {
                if matches!(
                    r.0,
                    Reading::Absolute(
                        Period::Decade(_)
                            | Period::Century(_)
                            | Period::Quarter(..)
                            | Period::Half(..)
                    )
                ) {
                    return Some(r);
                }
            }
            if let Some(r) = self.named_part(i + 1) {
                return Some(r);
            }
            if self.word(i + 1, "season").is_some() {
                if let Some(r @ (Reading::Absolute(Period::Season(..)), _)) =
                    self.calendar_date(i + 1)
                {
                    return Some(r);
                }
            }
        }
        // "year 2008", "the year 2019"
        if lw(i) == "the" && lw(i + 1) == "year" && self.year_number(i + 2).is_some() {
            return self.calendar_date(i + 1);
        }
        // "year 2008", "calendar year 2008"
        let k = if lw(i) == "calendar" { i + 1 } else { i };
        if lw(k) == "year" {
            if let Some(y) = self.year_number(k + 1) {
                return Some((Reading::Absolute(Period::Year(y)), k + 2));
            }
        }
        None
    }
}
