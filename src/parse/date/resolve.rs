//! Anchoring a time value to the publication date: never after it.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::{Precision, ResolvedDate, TimeValue};

/// Anchor a value to the article's publication date. Never returns a date after `published`;
/// future-looking expressions ("next Tuesday", "tomorrow") return `None`.
pub fn resolve(value: TimeValue, published: NaiveDate) -> Option<ResolvedDate> {
    use Precision::{Day, Month, Week, Year};
    use TimeValue as T;
    let resolved = match value {
        T::Today => at(Day, Some(published)),
        T::Yesterday | T::LastNight => at(Day, published.pred_opt()),
        T::DaysAgo(n) => at(Day, published.checked_sub_days(Days::new(n.into()))),
        T::Weekday(w) => at(Day, weekday_back(published, w, false)),
        T::LastWeekday(w) => at(Day, weekday_back(published, w, true)),
        T::ThisWeekday(w) => at(Day, weekday_in_week(published, w, 0)),
        T::WeekdayLastWeek(w) => at(Day, weekday_in_week(published, w, 1)),
        T::ThisWeek => at(Week, weeks_back(published, 0)),
        T::LastWeek => at(Week, weeks_back(published, 1)),
        T::WeeksAgo(n) => at(Week, weeks_back(published, n)),
        T::ThisMonth => at(Month, months_back(published, 0)),
        T::LastMonth => at(Month, months_back(published, 1)),
        T::MonthsAgo(n) => at(Month, months_back(published, n)),
        T::ThisYear => at(Year, years_back(published, 0)),
        T::LastYear => at(Year, years_back(published, 1)),
        T::YearsAgo(n) => at(Year, years_back(published, n)),
        T::MonthDay { month, day } => at(Day, latest_month_day(published, month, day)),
        T::Date(date) => at(Day, Some(date)),
        T::MonthYear { year, month } => at(Month, NaiveDate::from_ymd_opt(year, month, 1)),
        T::Month(month) => at(Month, latest_month_start(published, month, false)),
        T::LastNamedMonth(month) => at(Month, latest_month_start(published, month, true)),
        T::Year(year) => at(Year, NaiveDate::from_ymd_opt(year, 1, 1)),
        T::Tomorrow | T::NextWeekday(_) | T::NextWeek | T::NextMonth | T::NextYear => None,
    }?;
    (resolved.date <= published).then_some(resolved)
}

pub(super) fn at(precision: Precision, date: Option<NaiveDate>) -> Option<ResolvedDate> {
    date.map(|date| ResolvedDate { date, precision })
}

/// The latest `weekday` on or before `published` (strictly before when `strict`).
pub(super) fn weekday_back(
    published: NaiveDate,
    weekday: Weekday,
    strict: bool,
) -> Option<NaiveDate> {
    let today = published.weekday().num_days_from_monday();
    let mut back = (today + 7 - weekday.num_days_from_monday()) % 7;
    if strict && back == 0 {
        back = 7;
    }
    published.checked_sub_days(Days::new(back.into()))
}

/// `weekday` of the week `n` weeks before the publication week.
pub(super) fn weekday_in_week(published: NaiveDate, weekday: Weekday, n: u32) -> Option<NaiveDate> {
    let offset = Days::new(weekday.num_days_from_monday().into());
    weeks_back(published, n)?.checked_add_days(offset)
}

/// The Monday of the week `n` weeks before the publication week.
pub(super) fn weeks_back(published: NaiveDate, n: u32) -> Option<NaiveDate> {
    let into_week = u64::from(published.weekday().num_days_from_monday());
    let days = u64::from(n).checked_mul(7)?.checked_add(into_week)?;
    published.checked_sub_days(Days::new(days))
}

/// The 1st of the month `n` months before the publication month.
pub(super) fn months_back(published: NaiveDate, n: u32) -> Option<NaiveDate> {
    let index = i64::from(published.year()) * 12 + i64::from(published.month0()) - i64::from(n);
    let year = i32::try_from(index.div_euclid(12)).ok()?;
    let month = u32::try_from(index.rem_euclid(12)).ok()? + 1;
    NaiveDate::from_ymd_opt(year, month, 1)
}

/// January 1 of the year `n` years before the publication year.
pub(super) fn years_back(published: NaiveDate, n: u32) -> Option<NaiveDate> {
    let year = published.year().checked_sub(i32::try_from(n).ok()?)?;
    NaiveDate::from_ymd_opt(year, 1, 1)
}

/// The latest `month`/`day` on or before `published`; February 29 looks back up to 8 years.
pub(super) fn latest_month_day(published: NaiveDate, month: u32, day: u32) -> Option<NaiveDate> {
    if !day_fits(month, day) {
        return None;
    }
    (0..=8).find_map(|back| {
        let date = NaiveDate::from_ymd_opt(published.year().checked_sub(back)?, month, day)?;
        (date <= published).then_some(date)
    })
}

/// The latest 1st of `month` on or before `published` (before its month when `strict`).
pub(super) fn latest_month_start(
    published: NaiveDate,
    month: u32,
    strict: bool,
) -> Option<NaiveDate> {
    let this_year = NaiveDate::from_ymd_opt(published.year(), month, 1)?;
    let passed = if strict {
        month < published.month()
    } else {
        month <= published.month()
    };
    if passed {
        Some(this_year)
    } else {
        NaiveDate::from_ymd_opt(published.year().checked_sub(1)?, month, 1)
    }
}

/// Whether `day` exists in `month` of some year (February 29 counts).
pub(super) fn day_fits(month: u32, day: u32) -> bool {
    let last = match month {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => 0,
    };
    (1..=last).contains(&day)
}
