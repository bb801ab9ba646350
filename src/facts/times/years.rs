//! Readings of years and their parts: four-digit, two-digit and written-out years, a year
//! after a month or day, quarters ("Q3"), named parts ("early 2024"), day numbers, and the
//! context that says a number is a year.

use crate::facts::tokens::TokenKind;
use crate::lexicon::{is_in, WordClass};

use super::period::{Period, Unit};
use super::{day_or_month, full_year, year_step, Reader, Reading, YearPart};

impl Reader<'_, '_> {
    /// `[,] year` at `k`.
    pub(super) fn year_after(&self, k: usize) -> (Option<i32>, usize) {
        let glued_sep =
            matches!(self.lw(k), "-" | "/") && self.tokens.get(k).is_some_and(|t| t.glued);
        let k2 = if matches!(self.lw(k), "," | "of") || glued_sep {
            k + 1
        } else {
            k
        };
        match self.year_number(k2) {
            Some(y) => (Some(y), k2 + 1),
            None => match self
                .short_year(k2, self.lw(k) == "of")
                .or_else(|| self.year_in_words(k2))
            {
                Some((y, end)) => (Some(y), end),
                None => (None, k),
            },
        }
    }

    /// [`crate::lexicon::two_digit_number`] at `k`.
    pub(super) fn two_digit(&self, k: usize) -> Option<(u32, usize)> {
        crate::lexicon::two_digit_number(self.lower, k)
    }

    /// A year in words after a day and month, as it is said: "nineteen eighty six",
    /// "seventeen hundred thirty three", "nineteen hundred", "nineteen oh five". (Not "two
    /// thousand and two": read as a number.)
    pub(super) fn year_in_words(&self, k: usize) -> Option<(i32, usize)> {
        let (century, k) = self.two_digit(k).filter(|(c, _)| (10..30).contains(c))?;
        let (rest, end) = match self.lw(k) {
            "hundred" => {
                let after = if self.lw(k + 1) == "and" {
                    k + 2
                } else {
                    k + 1
                };
                self.two_digit(after).unwrap_or((0, k + 1))
            }
            "oh" | "o" => self.two_digit(k + 1).filter(|(u, _)| *u < 10)?,
            _ => self.two_digit(k).filter(|(n, _)| *n >= 10)?,
        };
        Some((century as i32 * 100 + rest as i32, end))
    }

    /// A year in two digits at `k`: "'87" (an apostrophe glued to two digits), or "87"
    /// after "of" (`after_of`: "April of 87"), in its century by [`full_year`]. Returns the
    /// year and the end.
    pub(super) fn short_year(&self, k: usize, after_of: bool) -> Option<(i32, usize)> {
        let two_digits = |k: usize| {
            self.tokens
                .get(k)
                .filter(|t| t.kind == TokenKind::Digits && t.text.len() == 2)
                .filter(|_| {
                    // Not "'87-'89" nor "87%", "87th".
                    !self
                        .tokens
                        .get(k + 1)
                        .is_some_and(|n| n.is('%') || (n.glued && n.kind != TokenKind::Punct))
                })
                .and_then(|t| t.text.parse::<u32>().ok())
        };
        let (yy, end) = if matches!(self.lw(k), "'" | "’") {
            let glued = self.tokens.get(k + 1).is_some_and(|t| t.glued);
            (two_digits(k + 1).filter(|_| glued)?, k + 2)
        } else if after_of {
            // Bare digits only at a clause's end: "March of 40 percent" is no year.
            let ends = self
                .tokens
                .get(k + 1)
                .is_none_or(|n| n.kind == TokenKind::Punct && !n.is('%'));
            (two_digits(k).filter(|_| ends)?, k + 1)
        } else {
            return None;
        };
        Some((full_year(yy), end))
    }

    /// A year after a range whose ends have none ("from April to June in 2017", "26 June
    /// to 28 June, 2020"): both ends take it.
    pub(super) fn trailing_year(
        &self,
        a: Reading,
        b: Reading,
        end: usize,
    ) -> (Reading, Reading, usize) {
        let (Reading::NoYear { month: ma, day: da }, Reading::NoYear { month: mb, day: db }) =
            (a, b)
        else {
            return (a, b, end);
        };
        let k = if matches!(self.lw(end), "in" | "of" | ",") {
            end + 1
        } else {
            end
        };
        let Some(year) = self.year_number(k) else {
            return (a, b, end);
        };
        let start_year = if ma > mb { year - 1 } else { year };
        match (day_or_month(start_year, ma, da), day_or_month(year, mb, db)) {
            (Some(pa), Some(pb)) => (Reading::Absolute(pa), Reading::Absolute(pb), k + 1),
            _ => (a, b, end),
        }
    }

    /// Whether [`Reader::day_number`] may read a day at `k`: digits, an ordinal word or a
    /// tens word. A test of the word's shape that spares most tokens the lookups (the new
    /// readings that start with a day run at every token).
    pub(super) fn may_be_day(&self, k: usize) -> bool {
        let word = self.lw(k);
        self.tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Digits)
            || word.ends_with("th")
            || word.ends_with("st")
            || word.ends_with("nd")
            || word.ends_with("rd")
            || word.starts_with("twent")
            || word.starts_with("thirt")
    }

    /// A day number 1-31 at `k`: "8", "8th", "eighth", "twenty-ninth", "twenty nine".
    pub(super) fn day_number(&self, k: usize) -> Option<(u32, usize)> {
        let t = self.tokens.get(k)?;
        // "$12 December 27": an amount, not a day.
        if k > 0 && matches!(self.lw(k - 1), "$" | "£" | "€" | "¥") {
            return None;
        }
        if t.kind == TokenKind::Digits {
            if t.text.len() > 2 || t.text.contains([',', '.']) {
                return None;
            }
            let n: u32 = t.text.parse().ok()?;
            if !(1..=31).contains(&n) {
                return None;
            }
            let suffix = self
                .tokens
                .get(k + 1)
                .is_some_and(|s| s.glued && matches!(self.lw(k + 1), "st" | "nd" | "rd" | "th"));
            // "5%", "5 million", "5.5", "6:30": not a day.
            if let Some(next) = self.tokens.get(k + 1) {
                if !suffix
                    && (next.is('%')
                        || (next.is(':')
                            && next.glued
                            && self.tokens.get(k + 2).is_some_and(|d| d.glued))
                        || (next.glued && next.kind == TokenKind::Word)
                        || matches!(self.lw(k + 1), "percent" | "million" | "billion" | "per"))
                {
                    return None;
                }
            }
            return Some((n, if suffix { k + 2 } else { k + 1 }));
        }
        use crate::lexicon::{NumberWord, NUMBER_WORDS};
        let words = &NUMBER_WORDS.words;
        let tens = match words.get(self.lw(k)) {
            Some(NumberWord::Ten(t)) if *t <= 30 => Some(*t),
            _ => None,
        };
        if let Some(t) = tens {
            let mut j = k + 1;
            if self.lw(j) == "-" {
                j += 1;
            }
            match words.get(self.lw(j)) {
                Some(NumberWord::Ordinal(o)) if *o < 10 && t + (*o as u32) <= 31 => {
                    return Some((t + *o as u32, j + 1));
                }
                Some(NumberWord::Unit(u)) if *u > 0 && *u < 10 && t + u <= 31 => {
                    return Some((t + u, j + 1));
                }
                _ => {}
            }
            return None;
        }
        match words.get(self.lw(k)) {
            Some(NumberWord::Ordinal(o)) if *o <= 31 => {
                // "twentieth" and "thirtieth" are tens ordinals; others below twenty.
                Some((*o as u32, k + 1))
            }
            _ => None,
        }
    }

    /// A part of a year counted in its units ([`Reading::YearPart`]): "(the) first/last N
    /// days/weeks/months of <year>", "(the) Nth day/week/month of <year>", the year written
    /// out ("2021") or counted from the article date's ("this year", "next year").
    pub(super) fn year_part(&self, i: usize) -> Option<(Reading, usize)> {
        let k = if self.lw(i) == "the" { i + 1 } else { i };
        let (from_end, skip, n, after) = match self.lw(k) {
            "first" | "last" => {
                let (n, after) = self.count(k + 1)?;
                (self.lw(k) == "last", 0, n, after)
            }
            _ => {
                // Ordinal words only ("third", "9th"): a bare "9 months of 2021" is a count.
                if !self.may_be_day(k) {
                    return None;
                }
                let ordinal = self.tokens.get(k)?.kind != TokenKind::Digits
                    || matches!(self.lw(k + 1), "st" | "nd" | "rd" | "th");
                let (nth, after) = self.day_number(k).filter(|_| ordinal)?;
                (false, nth as i32 - 1, 1, after)
            }
        };
        let (unit, _) = self
            .unit_word(after)
            .filter(|&(u, times)| u != Unit::Year && times == 1)?;
        // One unit is written in the singular ("the third month"), more in the plural.
        if (n == 1) == self.lw(after).ends_with('s') || n < 1 || self.lw(after + 1) != "of" {
            return None;
        }
        let y = after + 2;
        let (year, step, end) = match (self.year_number(y), year_step(self.lw(y)), self.lw(y + 1)) {
            (Some(year), _, _) => (Some(year), 0, y + 1),
            (None, Some(step), "year") => (None, step, y + 2),
            _ => return None,
        };
        let reading = Reading::YearPart(YearPart {
            year,
            step,
            unit,
            skip,
            n,
            from_end,
        });
        Some((reading, end))
    }

    /// A four-digit year 1000-2199 at `k` (not "2,019", not glued to a word).
    pub(super) fn year_number(&self, k: usize) -> Option<i32> {
        let t = self.tokens.get(k)?;
        if t.kind != TokenKind::Digits || t.text.len() != 4 {
            return None;
        }
        if let Some(next) = self.tokens.get(k + 1) {
            if next.glued && next.kind == TokenKind::Word {
                return None;
            }
            if matches!(self.lw(k + 1), "%" | "percent" | "people" | "million") {
                return None;
            }
        }
        if k > 0 && self.tokens[k].glued && self.tokens[k - 1].kind == TokenKind::Word {
            return None;
        }
        // Part of a chain of digit groups ("138-2010-2015", "82-2100"): a phone number or a
        // code, not a year. "2014-2018" (two years) and "12-2015" (a month) are read before.
        let chained_before = k >= 2
            && self.tokens[k].glued
            && self.tokens[k - 1].is('-')
            && self.tokens[k - 1].glued
            && self.tokens[k - 2].kind == TokenKind::Digits;
        let chained_after = self.tokens.get(k + 1).is_some_and(|t| t.is('-') && t.glued)
            && self
                .tokens
                .get(k + 2)
                .is_some_and(|t| t.glued && t.kind == TokenKind::Digits)
            && self.tokens.get(k + 3).is_some_and(|t| t.is('-') && t.glued);
        let after_short_group = chained_before && self.tokens[k - 2].text.len() != 4;
        if after_short_group
            || chained_after
            || (chained_before && k >= 4 && self.tokens[k - 3].is('-'))
        {
            return None;
        }
        let y: i32 = t.text.parse().ok()?;
        (1000..=2199).contains(&y).then_some(y)
    }

    /// A month name at `k`, with an optional abbreviation stop: (month, end).
    pub(super) fn month_name(&self, k: usize) -> Option<(u32, usize)> {
        let m = self.word(k, "month")?;
        let t = &self.tokens[k];
        // "$DEC": a ticker symbol.
        if t.glued && k > 0 && self.tokens[k - 1].is('$') {
            return None;
        }
        // An abbreviation's stop ("Nov."), unless it is the sentence's full stop.
        let abbreviation = self.lw(k).len() <= 4 && !matches!(self.lw(k), "may" | "june" | "july");
        let end = if abbreviation
            && self.tokens.get(k + 1).is_some_and(|p| p.is('.') && p.glued)
            && k + 2 < self.tokens.len()
        {
            k + 2
        } else {
            k + 1
        };
        // "may", "march" and "august" are also ordinary words: they count when a day or
        // year follows, or after a date preposition, or (capitalised) not opening the
        // sentence ("May I ask").
        let ambiguous = matches!(
            self.lw(k),
            "may" | "march" | "august" | "mar" | "jan" | "sep"
        );
        if ambiguous {
            let next_is_date = self.day_number(end).is_some() || self.year_number(end).is_some();
            let before = if k > 0 { self.lw(k - 1) } else { "" };
            let preposition = matches!(
                before,
                "in" | "since"
                    | "until"
                    | "till"
                    | "by"
                    | "of"
                    | "from"
                    | "to"
                    | "between"
                    | "and"
                    | "through"
                    | "early"
                    | "late"
                    | "mid"
                    | "-"
                    | "last"
                    | "next"
                    | "during"
                    | "before"
                    | "after"
                    | "or"
            );
            // "and may", "or may" are the verb ("has cut jobs and may cut more"): a
            // lowercase "may" needs a date preposition, not a conjunction.
            let modal = t.text == "may" && matches!(before, "and" | "or" | "-");
            let capitalised = t.text.starts_with(char::is_uppercase) && k > 0;
            if !next_is_date && (!preposition || modal) && !capitalised {
                return None;
            }
        }
        Some((m, end))
    }

    /// Whether a phrase ends before token `e`: the text ends, punctuation, or a word that
    /// starts a new phrase ("to", "when", "was").
    pub(super) fn phrase_ends(&self, e: usize) -> bool {
        self.tokens
            .get(e)
            .is_none_or(|t| t.kind == TokenKind::Punct)
            || is_in(WordClass::PhraseStop, self.lw(e))
            || is_in(WordClass::Auxiliary, self.lw(e))
    }

    /// How many digit groups the run of glued `digits-digits/digits` around token `i` has.
    pub(super) fn digit_groups(&self, i: usize) -> usize {
        let is_sep = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|t| t.glued && (t.is('-') || t.is('/')))
        };
        let is_group = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|t| t.kind == TokenKind::Digits)
        };
        let mut first = i;
        while first >= 2 && is_sep(first - 1) && is_group(first - 2) && self.tokens[first].glued {
            first -= 2;
        }
        let mut groups = 1;
        let mut k = first;
        while is_sep(k + 1) && is_group(k + 2) && self.tokens[k + 2].glued {
            groups += 1;
            k += 2;
        }
        groups
    }

    /// "third quarter of 2024", "first half of 2020", "third quarter" (this year), "the
    /// first quarter of next year", "next year's first quarter", "2019's second half".
    pub(super) fn named_part(&self, i: usize) -> Option<(Reading, usize)> {
        let lw = |k: usize| self.lw(k);
        // The year: stated ("2019's", "of 2024"), or a step from the article's ("next
        // year's", "of next year"; `i32::MIN` when none is named).
        let (mut stated, mut step) = (None, i32::MIN);
        let mut i = i;
        // A year before, in the genitive. The tokenizer cuts "2019's" into "2019", "'", "s".
        let genitive = matches!(lw(i + 1), "'" | "’")
            && lw(i + 2) == "s"
            && self.tokens.get(i + 2).is_some_and(|t| t.glued);
        if let (true, Some(y)) = (genitive, self.year_number(i)) {
            (stated, i) = (Some(y), i + 3);
        } else if let (Some(s), "year's" | "year’s") = (year_step(lw(i)), lw(i + 1)) {
            step = s;
            i = if lw(i + 2) == "the" { i + 3 } else { i + 2 };
        }
        let named = stated.is_some() || step != i32::MIN;
        use crate::lexicon::{NumberWord, NUMBER_WORDS};
        // "third quarter", "3rd quarter"; "last" only of a week ("last week" alone is
        // read as the relative week).
        let (n, i) = match NUMBER_WORDS.words.get(lw(i)) {
            Some(NumberWord::Ordinal(n)) => (*n as u32, i),
            _ if matches!(lw(i), "last" | "final") => (5, i),
            _ => {
                let t = self.tokens.get(i)?;
                let suffix = self.tokens.get(i + 1).filter(|s| s.glued)?;
                if t.kind != TokenKind::Digits || !matches!(suffix.text, "st" | "nd" | "rd" | "th")
                {
                    return None;
                }
                (t.text.parse().ok()?, i + 1)
            }
        };
        let (quarter, max) = match lw(i + 1) {
            "quarter" => (true, 4),
            "half" => (false, 2),
            // "first week of March", "last week of July 2024": a week of the month.
            "week" if !named && n <= 5 && lw(i + 2) == "of" => {
                let (month, end) = self.month_name(i + 3)?;
                let (year, end) = self.year_after(end);
                let n = n as u8;
                return Some((Reading::WeekOfMonth { n, month, year }, end));
            }
            _ => return None,
        };
        // "the first half-mile": a compound word, not a period.
        if n > max || self.tokens.get(i + 2).is_some_and(|t| t.glued && t.is('-')) {
            return None;
        }
        let mut end = i + 2;
        // A year after: "3rd quarter 2024", "of 2024", "of next year", "of the year" (the
        // article's).
        let of = matches!(lw(end), "of" | "in");
        if named {
        } else if let Some(y) = self.year_number(end) {
            (stated, end) = (Some(y), end + 1);
        } else if let (true, Some(y)) = (of, self.year_number(end + 1)) {
            (stated, end) = (Some(y), end + 2);
        } else if of && lw(end + 2) == "year" {
            if let Some(s) = year_step(lw(end + 1)).or((lw(end + 1) == "the").then_some(i32::MIN)) {
                (step, end) = (s, end + 3);
            }
        }
        let period = |y| {
            if quarter {
                Period::Quarter(y, n)
            } else {
                Period::Half(y, n)
            }
        };
        Some(match stated {
            Some(y) => (Reading::Absolute(period(y)), end),
            // Placed in the article's year (or `step` from it): the note says so.
            None => (Reading::Relative(period(0), step), end),
        })
    }

    /// "q1"/"Q3" ("H2") at `k`, with the year from before or after.
    pub(super) fn quarter_code(&self, k: usize, year: Option<i32>) -> Option<(Period, usize)> {
        // The tokenizer cuts "Q3" into "q" and a glued "3".
        let kind = self.lw(k);
        let digit = self
            .tokens
            .get(k + 1)
            .filter(|t| t.glued && t.kind == TokenKind::Digits)?;
        let n: u32 = digit.text.parse().ok()?;
        let k = k + 1;
        let period = |y| match kind {
            "q" if (1..=4).contains(&n) => Some(Period::Quarter(y, n)),
            _ if !matches!(kind, "q" | "h") => None,
            "h" if (1..=2).contains(&n) => Some(Period::Half(y, n)),
            _ => None,
        };
        match year {
            Some(y) => Some((period(y)?, k + 1)),
            None => {
                // "q1-2019": the hyphen joins a code, not a chain of digit groups (which
                // `year_number` refuses), so the year is read here.
                if self.lw(k + 1) == "-" {
                    let t = self
                        .tokens
                        .get(k + 2)
                        .filter(|t| t.glued && t.kind == TokenKind::Digits && t.text.len() == 4)?;
                    let chained = self.tokens.get(k + 3).is_some_and(|n| n.glued);
                    let y: i32 = t.text.parse().ok().filter(|_| !chained)?;
                    return Some((period(y)?, k + 3));
                }
                let mut e = k + 1;
                if self.lw(e) == "of" {
                    e += 1;
                }
                let y = self.year_number(e)?;
                Some((period(y)?, e + 1))
            }
        }
    }

    /// Whether a bare four-digit number at `i` reads as a year: a preposition or a date word
    /// before it, or a year range after it.
    pub(super) fn year_context(&self, i: usize) -> bool {
        let before = if i > 0 { self.lw(i - 1) } else { "" };
        let year_words = [
            "in",
            "since",
            "by",
            "until",
            "till",
            "before",
            "after",
            "from",
            "of",
            "during",
            "early",
            "mid",
            "late",
            "between",
            "year",
            "around",
            "than",
            "for",
            "last",
            "summer",
            "winter",
            "spring",
            "autumn",
            "fall",
            "starting",
            "beginning",
            "circa",
            "election",
            "census",
        ];
        // "the 2016 election", "the 2022 invasion": a year naming an event.
        const EVENT_NOUNS: &[&str] = &[
            "election",
            "elections",
            "campaign",
            "season",
            "census",
            "budget",
            "olympics",
            "games",
            "world",
            "cup",
            "race",
            "primary",
            "primaries",
            "midterm",
            "midterms",
            "vote",
            "referendum",
            "summit",
            "invasion",
            "war",
            "crisis",
            "attack",
            "attacks",
            "pandemic",
            "outbreak",
            "floods",
            "earthquake",
            "agreement",
            "deal",
            "accord",
            "report",
            "survey",
            "study",
            "law",
            "act",
            "constitution",
            "revolution",
            "coup",
            "uprising",
            "protests",
            "riots",
            "final",
            "championship",
            "tournament",
            "crash",
            "recession",
            "fiscal",
            "financial",
            "academic",
            "school",
            "tax",
            "general",
            "presidential",
            "parliamentary",
            "federal",
            "state",
            "local",
            "municipal",
        ];
        // Joiners make a year only as the second end of a range ("2014 to 2018", "between
        // 2014 and 2018"): "and 2016 voters" is a count.
        let joiner = matches!(before, "to" | "and" | "through" | "-" | "–" | "~");
        // A year listed after one read as a year: "in 2007 and 2009", "in 2019, 2020 or 2021".
        let listed = matches!(before, "and" | "or" | ",")
            && i >= 2
            && self.year_number(i - 2).is_some()
            && self.year_context(i - 2);
        year_words.contains(&before)
            || listed
            || (joiner && self.in_range.get())
            || (matches!(
                before,
                "the" | "a" | "his" | "her" | "their" | "its" | "'s" | "’s"
            ) && EVENT_NOUNS.contains(&self.lw(i + 1)))
            || matches!(self.lw(i + 1), "-" | "–" | "to" | "~" | "through")
                && self.year_number(i + 2).is_some()
            || i == 0 && self.tokens.get(1).is_some_and(|t| t.is(','))
    }
}
