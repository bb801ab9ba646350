//! Readings of ranges and spans: "from May to July", "May 3-5", "the week of ...", "the
//! first half of", "a two-week period starting ...", and a date's second end.

use crate::date::{days_in_month, Date};
use crate::facts::tokens::TokenKind;
use crate::report::Granularity;

use super::period::Period;
use super::{day_or_month, unit_letter, year_less, Found, Reader, Reading};

impl Reader<'_, '_> {
    /// A week named by a day at `i`: "the week of April 10" (the Monday-to-Sunday week that
    /// holds it), "the week commencing (beginning, starting on) February 4" and the
    /// British "w/c Feb 4" (the seven days from it).
    pub(super) fn week_named_by_day(&self, i: usize) -> Option<Found> {
        let k = if self.lw(i) == "the" { i + 1 } else { i };
        let glued = |k: usize| self.tokens.get(k).is_some_and(|t| t.glued);
        let (holding, k) = match (self.lw(k), self.lw(k + 1), self.lw(k + 2)) {
            ("w", "/", "c") if glued(k + 1) && glued(k + 2) => (false, k + 3),
            ("week", "of", _) => (true, k + 2),
            ("week", "commencing" | "beginning" | "starting", "on") => (false, k + 3),
            ("week", "commencing" | "beginning" | "starting", _) => (false, k + 2),
            _ => return None,
        };
        let (reading, end) = self.point(k)?;
        let mut f = self.resolve(i, end, reading);
        if f.granularity != Granularity::Day {
            return None;
        }
        if let Some(day) = f.from {
            let first = if holding {
                day.add_days(1 - i64::from(day.weekday()))
            } else {
                day
            };
            (f.from, f.to) = (Some(first), Some(first.add_days(6)));
        }
        f.granularity = Granularity::Week;
        f.range = true;
        Some(f)
    }

    /// The early, middle or late part of a month or year at `i`: "the beginning of 2000",
    /// "the middle of March", "the end of the year". Returns where the span starts (at
    /// "beginning", after "the"), the reading and its end.
    pub(super) fn part_of(&self, i: usize) -> Option<(usize, Reading, usize)> {
        let start = if self.lw(i) == "the" { i + 1 } else { i };
        let part = match (self.lw(start), self.lw(start + 1)) {
            ("beginning" | "start", "of") => 0,
            ("middle", "of") => 1,
            ("end", "of") => 2,
            _ => return None,
        };
        let k = if self.lw(start + 2) == "the" && self.lw(start + 3) != "year" {
            start + 3
        } else {
            start + 2
        };
        let (month, year, end) = match self.point(k)? {
            (Reading::NoYear { month, day: None }, end) => (month, None, end),
            (Reading::Absolute(Period::Month(y, m)), end) => (m, Some(y), end),
            (Reading::Absolute(Period::Year(y)), end) => (0, Some(y), end),
            _ => return None,
        };
        Some((start, Reading::Part { part, month, year }, end))
    }

    /// A range of days written before their month: "9 to 12 June", "9-12 June 2024", "the
    /// ninth till the seventeenth of April"; joined by "and" after "between" (`and`). The
    /// days must run forward: a range across months ("27 to 3 April") is left.
    pub(super) fn day_first_range(&self, i: usize, and: bool) -> Option<(Reading, Reading, usize)> {
        let skip_the = |k: usize| if self.lw(k) == "the" { k + 1 } else { k };
        let start = skip_the(i);
        if !self.may_be_day(start) {
            return None;
        }
        let (from, j) = self.day_number(start)?;
        let joined = matches!(self.lw(j), "to" | "-" | "–" | "till" | "until" | "through")
            || (and && self.lw(j) == "and");
        let (to, k) = self.day_number(skip_the(j + 1)).filter(|_| joined)?;
        let k = if self.lw(k) == "of" { k + 1 } else { k };
        let (month, after) = self.month_name(k).filter(|_| from < to)?;
        let (year, end) = self.year_after(after);
        let day = |day: u32| match year {
            Some(y) => Some(Reading::Absolute(Period::Day(Date::new(y, month, day)?))),
            None => Some(Reading::NoYear {
                month,
                day: Some(day),
            }),
        };
        Some((day(from)?, day(to)?, end))
    }

    /// A decade without its century at `i`, after "the" (with "early", "mid", "late"
    /// between): "the nineties", "the '90s", "the late 80s". Not "her nineties" (an age).
    pub(super) fn decade_only(&self, i: usize) -> Option<(Reading, usize)> {
        let the = (1..=3).any(|back| i >= back && self.lw(i - back) == "the");
        if !the {
            return None;
        }
        let tens = self.word(i, "decade").map(|tens| tens as i32);
        if let Some(tens) = tens {
            return Some((Reading::DecadeOnly(tens), i + 1));
        }
        // "the 90s", "the '90s"
        let k = if matches!(self.lw(i), "'" | "’") {
            i + 1
        } else {
            i
        };
        let t = self.tokens.get(k)?;
        let s = self.tokens.get(k + 1)?;
        let two_digits = t.kind == TokenKind::Digits && t.text.len() == 2 && t.text.ends_with('0');
        if two_digits && s.glued && self.lw(k + 1) == "s" {
            let tens: i32 = t.text[..1].parse().ok()?;
            if tens == 0 || tens >= 3 {
                return Some((Reading::DecadeOnly(tens), k + 2));
            }
        }
        None
    }

    /// After a day number (`day`, ending at `k`), more days joined by "," and "and", then
    /// a month and perhaps a year: that month and year. The days must run forward.
    pub(super) fn listed_days_month(
        &self,
        mut k: usize,
        mut day: u32,
    ) -> Option<(u32, Option<i32>)> {
        while matches!(self.lw(k), "and" | "," | "&") {
            let (next, end) = self.day_number(k + 1).filter(|&(d, _)| d > day)?;
            if let Some((month, after)) = self.month_name(end) {
                return Some((month, self.year_after(after).0));
            }
            (day, k) = (next, end);
        }
        None
    }

    /// A point, or "X to Y", "X-Y" ranges starting at `i`.
    pub(super) fn range_or_point(&self, i: usize) -> Option<Found> {
        if let Some((a, b, end)) = self.day_first_range(i, false) {
            if let Some(f) = self.make_range(i, end, a, b) {
                return Some(f);
            }
        }
        let (a, a_end) = self.point(i)?;
        // "from March to date": up to the article date.
        if let Some(end) = self.to_date_at(a_end, true) {
            if let Some(f) = self.make_range(i, end, a, Reading::Present) {
                return Some(f);
            }
        }
        if matches!(self.lw(a_end), "-" | "–" | "to" | "through" | "~") {
            let joiner_ok = !matches!(self.lw(a_end), "to" | "through")
                || matches!(a, Reading::Absolute(_) | Reading::NoYear { .. });
            if joiner_ok {
                if let Some((b, b_end)) = self.second_point(a_end + 1, a) {
                    let (a, b, b_end) = self.trailing_year(a, b, b_end);
                    if let Some(f) = self.make_range(i, b_end, a, b) {
                        return Some(f);
                    }
                }
            }
        }
        Some(self.resolve(i, a_end, a))
    }

    /// A length of time and the day it starts at `i`: "a week starting tomorrow", "3 days
    /// starting from next Monday", "two weeks beginning May 20".
    pub(super) fn length_starting(&self, i: usize) -> Option<Found> {
        // The word after the unit decides; most tokens are spared the count's lookups.
        let starting = |k: usize| matches!(self.lw(k), "starting" | "beginning");
        if !starting(i + 2) && !starting(i + 3) {
            return None;
        }
        let (n, after) = self.count(i)?;
        let (unit, times) = self.unit_word(after)?;
        if !starting(after + 1) || self.vague_count(i) {
            return None;
        }
        let k = after + 2 + usize::from(matches!(self.lw(after + 2), "from" | "on"));
        let mut f = self.range_or_point(k)?;
        let n = n * times;
        f.first = i;
        f.range = true;
        f.written = format!("({},P{n}{})", f.written, unit_letter(unit));
        if let Some(d) = f.from {
            f.to = Some(unit.shift(d, n).add_days(-1));
        }
        Some(f)
    }

    /// Where the adverb "to date" (also "till date", "till current date") at `k` ends, if it
    /// is one there: "the largest to date", "has raised $5m to date, officials said"; not
    /// "up to date", nor the verb ("to date the remains", "began to date him"): a clause
    /// boundary or a verb must follow, unless a date comes before (`after_date`: "from
    /// March to date").
    pub(super) fn to_date_at(&self, k: usize, after_date: bool) -> Option<usize> {
        let lw = |k: usize| self.lw(k);
        // "till current date"
        let end = if lw(k + 1) == "current" { k + 3 } else { k + 2 };
        let adverb = matches!(lw(k), "to" | "till")
            && lw(end - 1) == "date"
            && !(k > 0 && matches!(lw(k - 1), "up" | "out"))
            && (after_date || self.phrase_ends(end));
        adverb.then_some(end)
    }

    /// The second end of a range: a full point, or a bare day after a month ("Nov 18-19").
    pub(super) fn second_point(&self, k: usize, first: Reading) -> Option<(Reading, usize)> {
        self.in_range.set(true);
        let point = self.point(k);
        self.in_range.set(false);
        if let Some(p) = point {
            return Some(p);
        }
        // "from 2007 to the end of 2008"
        if let Some((_, part, end)) = self.part_of(k) {
            return Some((part, end));
        }
        // "April 9 till the 17th"
        let k = if self.lw(k) == "the" { k + 1 } else { k };
        let day = self.day_number(k)?;
        match first {
            Reading::NoYear {
                month,
                day: Some(first_day),
            } => {
                // "April 27 to the 3rd": a day before the first is in the next month.
                let month = if day.0 < first_day {
                    month % 12 + 1
                } else {
                    month
                };
                // "November 18-19, 2015": a year may follow the day.
                let (year, end) = self.year_after(day.1);
                Some((
                    match year {
                        Some(y) => Reading::Absolute(Period::Day(Date::new(y, month, day.0)?)),
                        None => Reading::NoYear {
                            month,
                            day: Some(day.0),
                        },
                    },
                    end,
                ))
            }
            Reading::Absolute(Period::Day(d)) => Some((
                Reading::Absolute(Period::Day(Date::new(d.year, d.month, day.0)?)),
                day.1,
            )),
            _ => None,
        }
    }

    pub(super) fn make_range(
        &self,
        first: usize,
        last: usize,
        a: Reading,
        b: Reading,
    ) -> Option<Found> {
        // A missing year comes from the other end: "jan-feb 2017", "nov 18-dec 19, 2015".
        let (a, b) = match (a, b) {
            (Reading::NoYear { month, day }, Reading::Absolute(p)) => {
                let end = p.first();
                let mut year = end.year;
                if month > end.month {
                    year -= 1;
                }
                (Reading::Absolute(day_or_month(year, month, day)?), b)
            }
            other => other,
        };
        // "from May to September" said in July is this year's: a range without years that,
        // placed around the article date, holds it is that one, whatever the tense.
        if let Some(found) = self.range_around_reference(first, last, a, b) {
            return Some(found);
        }
        let start = self.resolve(first, last, a);
        let mut end = self.resolve(first, last, b);
        // Two ends without years: the end is the first such day on or after the start
        // ("2/29-3/1" said in 2019: the start is 2016's February 29, the end that March 1).
        if let (Reading::NoYear { .. }, Reading::NoYear { month, day }, Some(s)) =
            (a, b, start.from)
        {
            let placed = [s.year, s.year + 1]
                .into_iter()
                .find_map(|y| day_or_month(y, month, day).filter(|p| p.last() >= s));
            if let Some(p) = placed {
                (end.from, end.to) = (Some(p.first()), Some(p.last()));
            }
        }
        // "from November to March": an end without its year comes after the start.
        if let (Reading::NoYear { .. }, Some(s), Some(e)) = (b, start.from, end.to) {
            if e < s {
                end.from = end.from.map(|d| d.add_months(12));
                end.to = end.to.map(|d| {
                    let moved = d.add_months(12);
                    // Keep "the end of February" at the end in a leap year.
                    if d.day == days_in_month(d.year, d.month) {
                        Date {
                            day: days_in_month(moved.year, moved.month),
                            ..moved
                        }
                    } else {
                        moved
                    }
                });
            }
        }
        // "Tuesday-Thursday", "Sunday-Tuesday": the second weekday is the first one on or
        // after the first.
        if let (Reading::Weekday(_), Some(s), Some(e)) = (b, start.from, end.to) {
            let days = (e.days() - s.days()).rem_euclid(7);
            let day = s.add_days(days);
            (end.from, end.to) = (Some(day), Some(day));
        }
        let granularity = start.granularity;
        let (from, to) = (start.from, end.to);
        if let (Some(f), Some(t)) = (from, to) {
            if t < f && !(start.relative || end.relative) {
                return None;
            }
        }
        let note = start.note.or(end.note);
        Some(Found {
            first,
            last,
            granularity,
            written: format!("({},{})", start.written, end.written),
            from,
            to,
            range: true,
            relative: start.relative || end.relative,
            note,
        })
    }

    /// A range whose ends have no year ("from May to September", "Nov 18-Dec 2") placed
    /// in the years that make it hold the article date, when some do: `None` otherwise.
    pub(super) fn range_around_reference(
        &self,
        first: usize,
        last: usize,
        a: Reading,
        b: Reading,
    ) -> Option<Found> {
        let (Reading::NoYear { month: ma, day: da }, Reading::NoYear { month: mb, day: db }) =
            (a, b)
        else {
            return None;
        };
        let r = self.reference?;

        // An end before its start in the calendar ("November to March") is in the next year.
        let wraps = (mb, db.unwrap_or(31)) < (ma, da.unwrap_or(1));
        [r.year, r.year - 1].into_iter().find_map(|year| {
            let start = day_or_month(year, ma, da)?;
            let end = day_or_month(if wraps { year + 1 } else { year }, mb, db)?;
            (start.first() <= r && r <= end.last()).then(|| Found {
                first,
                last,
                granularity: start.granularity(),
                written: format!("({},{})", year_less(ma, da), year_less(mb, db)),
                from: Some(start.first()),
                to: Some(end.last()),
                range: true,
                relative: true,
                note: Some(
                    "the year is not stated: taken as the one whose range holds the article date"
                        .into(),
                ),
            })
        })
    }
}
