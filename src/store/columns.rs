//! How domain values are stored in columns: enums as their lowercase names, dates as ISO
//! `YYYY-MM-DD` text. Reading a value that is none of the known names is an error, not a guess.

use chrono::NaiveDate;
use rusqlite::Row;
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

use crate::model::{DateBasis, Precision, SpeakerKind, StatementKind};

/// Implements ToSql and FromSql for an enum stored by its `as_str` name.
macro_rules! named_column {
    ($ty:ty, $all:expr) => {
        impl ToSql for $ty {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.as_str()))
            }
        }

        impl FromSql for $ty {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                let text = value.as_str()?;
                $all.into_iter()
                    .find(|v| v.as_str() == text)
                    .ok_or_else(|| FromSqlError::Other(format!("unknown value {text:?}").into()))
            }
        }
    };
}

named_column!(StatementKind, StatementKind::ALL);
named_column!(
    SpeakerKind,
    [
        SpeakerKind::Person,
        SpeakerKind::Organization,
        SpeakerKind::Anonymous,
        SpeakerKind::Document,
        SpeakerKind::Unknown
    ]
);
named_column!(
    DateBasis,
    [DateBasis::Stated, DateBasis::Lead, DateBasis::Published]
);
named_column!(
    Precision,
    [
        Precision::Day,
        Precision::Week,
        Precision::Month,
        Precision::Year
    ]
);

/// A date as stored: `YYYY-MM-DD`.
pub(super) fn date_text(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// Reads an optional ISO date column.
pub(super) fn date_at(row: &Row, idx: usize) -> rusqlite::Result<Option<NaiveDate>> {
    let text: Option<String> = row.get(idx)?;
    text.map(|t| {
        NaiveDate::parse_from_str(&t, "%Y-%m-%d").map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, e.into())
        })
    })
    .transpose()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::Connection;

    #[test]
    fn enums_round_trip_and_unknown_names_fail() {
        let conn = Connection::open_in_memory().unwrap();
        let back: SpeakerKind = conn
            .query_row("SELECT ?1", [SpeakerKind::Organization], |r| r.get(0))
            .unwrap();
        assert_eq!(back, SpeakerKind::Organization);
        let bad = conn.query_row("SELECT 'sometimes'", [], |r| r.get::<_, DateBasis>(0));
        assert!(bad.is_err());
    }

    #[test]
    fn dates_are_iso_text() {
        let conn = Connection::open_in_memory().unwrap();
        let d = NaiveDate::from_ymd_opt(2025, 7, 4).unwrap();
        let back = conn
            .query_row("SELECT ?1", [date_text(d)], |r| date_at(r, 0))
            .unwrap();
        assert_eq!(back, Some(d));
    }
}
