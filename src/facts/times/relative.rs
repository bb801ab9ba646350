//! Readings of relative dates: "yesterday", "last July", "two weeks ago", "in the next
//! few weeks", "this quarter", counted in calendar units from the article date.

use crate::facts::tokens::TokenKind;

use super::period::{Period, Unit};
use super::{step_word, Reader, Reading, EPOCH, FEW};

impl Reader<'_, '_> {
    /// Relative expressions: "yesterday", "last week", "next July", "two weeks ago",
    /// "this quarter", "in the next few weeks", "earlier this year".
    pub(super) fn relative(&self, i: usize) -> Option<(Reading, usize)> {
        let lw = |k: usize| self.lw(k);
        match lw(i) {
            "today" | "tonight" => return Some((Reading::Relative(Period::Day(EPOCH), 0), i + 1)),
            "yesterday" => return Some((Reading::Relative(Period::Day(EPOCH), -1), i + 1)),
            "tomorrow" => return Some((Reading::Relative(Period::Day(EPOCH), 1), i + 1)),
            _ => {}
        }
        // "earlier this year", "later this month", "earlier in the week", "end of the year"
        if matches!(lw(i), "earlier" | "later") {
            let k = match (lw(i + 1), lw(i + 2)) {
                ("this", _) => i + 2,
                ("in", "the") => i + 3,
                _ => return None,
            };
            let period = self.calendar_unit(k)?;
            let later = lw(i) == "later";
            return Some((Reading::Rest { period, later }, k + 1));
        }
        // "this/last/next/past/coming/previous/following" + unit, month, weekday, season.
        // Steps: 0 this, ±1 the calendar period before/after this one ("last week", "next
        // Friday" = Friday of next week), ±2 the nearest one before/after the article date
        // ("this past Wednesday", "the coming Thursday").
        if let Some(step) = step_word(lw(i)) {
            let mut k = i + 1;
            // "this past wednesday", "this upcoming friday"
            let step = match lw(k) {
                "past" if step == 0 => {
                    k += 1;
                    -2
                }
                "upcoming" | "coming" if step == 0 => {
                    k += 1;
                    2
                }
                _ => step,
            };
            if let Some(weekday) = self.word(k, "weekday") {
                return Some((Reading::WeekDay { step, weekday }, k + 1));
            }
            // "the past week", "over the past year": the span up to the article date, not the
            // calendar period before ("last week", "last year").
            if step == -2 {
                let span = match self.lw(k) {
                    "week" => Some((Unit::Week, 1)),
                    "fortnight" => Some((Unit::Week, 2)),
                    "month" => Some((Unit::Month, 1)),
                    "year" => Some((Unit::Year, 1)),
                    "decade" => Some((Unit::Year, 10)),
                    _ => None,
                };
                if let Some((unit, n)) = span {
                    return Some((Reading::Span(unit, -n, false), k + 1));
                }
            }
            let step = step.signum();
            // "last fortnight", "next fortnight": the two weeks up to or after the article
            // date (a fortnight is no calendar period).
            if lw(k) == "fortnight" && step != 0 {
                return Some((Reading::Span(Unit::Week, 2 * step, false), k + 1));
            }
            // "this working week", "next work week", "last workweek"
            match (lw(k), lw(k + 1)) {
                ("workweek", _) => return Some((Reading::WorkWeek(step), k + 1)),
                ("working" | "work", "week") => return Some((Reading::WorkWeek(step), k + 2)),
                _ => {}
            }
            // "this calendar year", "last calendar year": the year, as against a fiscal one.
            if lw(k) == "calendar" && lw(k + 1) == "year" {
                k += 1;
            }
            if let Some(unit) = self.calendar_unit(k) {
                // "last week" but not "last weeks" (a span: below).
                return Some((Reading::Relative(unit, step), k + 1));
            }
            let modal_may = self.lw(k) == "may" && !self.tokens[k].text.starts_with('M');
            if let Some(m) = self.word(k, "month").filter(|_| !modal_may) {
                // "last July": the last July before this month; "next July" the next one;
                // "this July": this year's.
                return Some((Reading::Relative(Period::Month(0, m), step), k + 1));
            }
            if let Some(s) = self.word(k, "season") {
                return Some((Reading::Relative(Period::Season(0, s), step), k + 1));
            }
            // "the next few weeks", "the past five years", "next 3 days", "last 10 months"
            if step != 0 {
                let (n, after) = self.count(k)?;
                let vague = matches!(lw(k), "few" | "several");
                if matches!(lw(after), "quarter" | "quarters") && !vague {
                    let n = if step > 0 { n } else { -n };
                    return Some((Reading::Quarters(n), after + 1));
                }
                let (unit, times) = self.unit_word(after)?;
                let few = n == FEW;
                let n = n * times;
                return Some((
                    Reading::Span(unit, if step > 0 { n } else { -n }, few),
                    after + 1,
                ));
            }
            return None;
        }
        // "the next few weeks", "the coming months" (a span from the article date)
        // "the coming months": a span of a few.
        if lw(i) == "the" && matches!(lw(i + 1), "coming" | "next" | "past") {
            if let Some((unit, times)) = self.unit_word(i + 2) {
                let sign = if lw(i + 1) == "past" { -1 } else { 1 };
                if lw(i + 2).ends_with('s') {
                    return Some((Reading::Span(unit, sign * FEW * times, true), i + 3));
                }
            }
            return None;
        }
        // "two weeks ago", "10 days ago", "a year ago"; "2 weeks and 2 days ago", "a year and
        // a half ago", "two and a half years ago"
        if let Some((n, after)) = self.count(i) {
            let unit = self.unit_word(after);
            if let (Some((unit, times)), "ago") = (unit, lw(after + 1)) {
                return Some((Reading::Offset(unit, -n * times), after + 2));
            }
            if unit.is_some() || lw(after) == "and" {
                if let Some((months, days, end)) = self.compound_length(i) {
                    if lw(end) == "ago" {
                        return Some((Reading::Elapsed(-months, -days), end + 1));
                    }
                }
            }
        }
        // "in two weeks": a date only when the clause looks ahead; "the biggest decision
        // made in fifty years" is a duration.
        if lw(i) == "in" {
            if let Some((months, days, after)) = self.compound_length(i + 1) {
                return self
                    .future_at(i)
                    .then_some((Reading::Elapsed(months, days), after));
            }
            let (n, after) = self.count(i + 1)?;
            let (unit, times) = self.unit_word(after)?;
            if !self.future_at(i) {
                return None;
            }
            return Some((Reading::Offset(unit, n * times), after + 1));
        }
        // "within 9 months", "within the next few weeks": from the article date on.
        if lw(i) == "within" {
            let k = match (lw(i + 1), lw(i + 2)) {
                ("the", "next" | "coming") => i + 3,
                ("next", _) => i + 2,
                _ => i + 1,
            };
            let (n, after) = self.count(k)?;
            let (unit, times) = self.unit_word(after)?;
            let few = self.vague_count(k);
            return Some((Reading::Within(unit, n * times, few), after + 1));
        }
        None
    }

    /// "week", "month", "year", "quarter", "weekend" at `k` as a calendar period kind.
    pub(super) fn calendar_unit(&self, k: usize) -> Option<Period> {
        Some(match self.lw(k) {
            "week" => Period::Week(EPOCH),
            "month" => Period::Month(0, 0),
            "year" => Period::Year(0),
            "quarter" => Period::Quarter(0, 0),
            "decade" => Period::Decade(0),
            _ => return None,
        })
    }

    /// A length of time of several parts at `k`: "2 weeks and 2 days", "a year and a half",
    /// "two and a half years", "2 years 1 month": (months, days, end). `None` for a length
    /// of one part ("two weeks"), which the callers read as a number of one unit, and for
    /// half a week or a day, which no whole number of days is.
    pub(super) fn compound_length(&self, k: usize) -> Option<(i32, i32, usize)> {
        let lw = |k: usize| self.lw(k);
        let half_at = |k: usize| matches!(lw(k), "a" | "one") && lw(k + 1) == "half";
        let (mut months, mut days, mut parts, mut halves) = (0, 0, 0, 0);
        let (mut k, mut end) = (k, k);
        let mut last_unit = None;
        while let Some((mut n, mut after)) = self.count(k) {
            // "two and a half years"
            let mut half = false;
            if lw(after) == "and" && half_at(after + 1) {
                half = true;
                after += 3;
            }
            let Some((unit, times)) = self.unit_word(after) else {
                break;
            };
            // Units must get smaller: "2 weeks and 2 days", not "2 days and 2 weeks".
            if last_unit.is_some_and(|u: Unit| u as u8 <= unit as u8) || self.vague_count(k) {
                break;
            }
            n *= times;
            after += 1;
            // "a year and a half"
            if !half && lw(after) == "and" && half_at(after + 1) {
                half = true;
                after += 3;
            }
            match (unit, half) {
                (Unit::Year, _) => months += 12 * n + if half { 6 } else { 0 },
                (Unit::Month, _) => {
                    months += n;
                    days += if half { 15 } else { 0 };
                }
                (_, true) => return None,
                (Unit::Week, false) => days += 7 * n,
                (Unit::Day, false) => days += n,
            }
            halves += i32::from(half);
            parts += 1;
            last_unit = Some(unit);
            (k, end) = (after, after);
            // Parts joined by "and" or by nothing ("2 years 1 month"); not by a comma ("in
            // a year, a month later").
            if lw(k) == "and" && self.count(k + 1).is_some() {
                k += 1;
            } else if self.count(k).is_none() {
                break;
            }
        }
        (parts + halves >= 2).then_some((months, days, end))
    }

    /// A unit of time at `k`, and how many of it one of the word is: a fortnight is two
    /// weeks.
    pub(super) fn unit_word(&self, k: usize) -> Option<(Unit, i32)> {
        Some(match self.lw(k) {
            "day" | "days" => (Unit::Day, 1),
            "week" | "weeks" => (Unit::Week, 1),
            "fortnight" | "fortnights" => (Unit::Week, 2),
            "month" | "months" => (Unit::Month, 1),
            "year" | "years" => (Unit::Year, 1),
            "decade" | "decades" => (Unit::Year, 10),
            _ => return None,
        })
    }

    /// Whether the count at `k` is a vague one, "few" or "several" (read as [`FEW`]).
    pub(super) fn vague_count(&self, k: usize) -> bool {
        matches!(self.lw(k), "few" | "several") || self.lw(k) == "a" && self.lw(k + 1) == "few"
    }

    /// A small count at `k`: "two", "10", "a", "few" (read as three), "couple".
    pub(super) fn count(&self, k: usize) -> Option<(i32, usize)> {
        use crate::lexicon::{NumberWord, NUMBER_WORDS};
        let t = self.tokens.get(k)?;
        if t.kind == TokenKind::Digits {
            let n: i32 = t.text.parse().ok()?;
            return (n < 1000).then_some((n, k + 1));
        }
        match self.lw(k) {
            // "a few weeks", "a couple of days"
            "a" if matches!(self.lw(k + 1), "few" | "couple") => return self.count(k + 1),
            "a" | "an" | "one" => return Some((1, k + 1)),
            "few" | "several" => return Some((FEW, k + 1)),
            "couple" => {
                let end = if self.lw(k + 1) == "of" { k + 2 } else { k + 1 };
                return Some((2, end));
            }
            _ => {}
        }
        match NUMBER_WORDS.words.get(self.lw(k)) {
            Some(NumberWord::Unit(u)) => Some((*u as i32, k + 1)),
            Some(NumberWord::Ten(t)) => Some((*t as i32, k + 1)),
            _ => None,
        }
    }
}
