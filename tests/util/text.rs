//! Tiny articles written for these tests (never copied from anywhere).

/// Header block with all four fields; an accented speaker named in full, then by surname.
pub const FERRY: &str = "\
Title: Ferry fares frozen for another year
Date: 2024-11-05
Source: Bayside Gazette
URL: https://example.org/bayside/ferry

The harbor board voted to keep ferry fares where they are.
“Nobody should pay more to cross the bay than they did last spring,” said José Peña, the board chair.
“We will look again in March,” Peña added.
";

/// A senator introduced with title and full name.
pub const OKAFOR_FULL: &str = "\
Title: Okafor backs school meals bill
Date: 2025-02-10
Source: Lakeshore Post

Sen. Margaret Okafor spoke to a packed committee room about school lunches.
“Every child deserves a hot lunch,” Sen. Margaret Okafor said.
";

/// The same senator, named only by surname.
pub const OKAFOR_SURNAME: &str = "\
Title: Meals bill clears committee
Date: 2025-03-12
Source: Lakeshore Post

The school meals bill passed the committee by a vote of 9-4.
“This is the easy part,” Okafor said. “The floor vote is harder.”
";

/// One Lindgren.
pub const LINDGREN_ANNA: &str = "\
Title: Orchard growers fear late frost
Date: 2025-04-02

Growers in the valley are covering young trees at night.
“One cold night can take the whole crop,” said Anna Lindgren, who runs an orchard.
";

/// Another Lindgren, with the same surname.
pub const LINDGREN_ERIK: &str = "\
Title: Ski season ends early
Date: 2025-04-03

The ski hill closed two weeks ahead of schedule.
“We simply ran out of snow,” said Erik Lindgren, the hill manager.
";

/// Three articles on three dates for one person: direct quotes and one reported claim.
pub const VANCE_JAN: &str = "\
Title: Tunnel plan unveiled
Date: 2025-01-10

The transit agency showed its plans for a new rail tunnel.
“This tunnel will carry forty thousand riders a day,” said Harriet Vance, the agency director.
";

/// Vance in February: a reported claim.
pub const VANCE_FEB: &str = "\
Title: Tunnel costs rise
Date: 2025-02-10

The price of the rail tunnel went up again.
Harriet Vance said that the agency would ask the state for more money.
";

/// Vance in March: a direct quote.
pub const VANCE_MAR: &str = "\
Title: Tunnel digging begins
Date: 2025-03-10

Crews began digging the rail tunnel under the river.
“We are finally underground,” Harriet Vance said.
";

/// No header, no dateline: no date anywhere.
pub const UNDATED: &str = "\
The town pool will open a week late this summer.
“We need new filters before anyone can swim,” said Colin Mabry, the parks manager.
";

/// A quote with a plain speaker, for inputs whose format is under test.
pub fn plain(name: &str, quote: &str) -> String {
    format!("The meeting ran late.\n“{quote},” said {name}, a local resident.\n")
}

/// `n` distinct short articles as JSON Lines, numbered from `first`: each with a date, a
/// quotation and a reported claim by one of a few invented people (for the crash and
/// concurrency tests, which need many articles).
pub fn feed(first: usize, n: usize) -> String {
    const NAMES: [&str; 6] = [
        "Ann Lee",
        "Tom Park",
        "Rosa Diaz",
        "Omar Hale",
        "Kit Moss",
        "Lena Ford",
    ];
    (first..first + n)
        .map(|i| {
            let name = NAMES[i % NAMES.len()];
            let surname = name.split(' ').nth(1).unwrap_or(name);
            let text = format!(
                "The council met for session {i}.\n\
                 “Item {i} is ready for a vote,” said {name}, the chair.\n\
                 {surname} said the cost of item {i} had risen by {} percent.\n",
                i % 17 + 1
            );
            let day = i % 28 + 1;
            let record = serde_json::json!({
                "id": format!("item-{i}"),
                "date": format!("2025-03-{day:02}"),
                "text": text,
            });
            format!("{record}\n")
        })
        .collect()
}
