//! Aliases (`ALIAS = NAME`): another wire name of a row, as a constant, known to `from_name`
//! and `FromStr`, not counted as a row; and retired names, which no lookup finds.

codetable::define_codes! {
    /// Some of Linux's `errno`s, with the BSD names as aliases.
    #[repr(u8)]
    pub enum LinuxErrno {
        11 => EAGAIN, "Try again",
        /// The BSD name.
        EWOULDBLOCK = EAGAIN,
        35 => EDEADLK, "Resource deadlock would occur",
        #[deprecated = "use EDEADLK"]
        EDEADLOCK = EDEADLK,
        100..=199 => Network, "network errors" {
            101 => ENETUNREACH, "Network is unreachable",
            NETUNREACH = ENETUNREACH,
        },
        ENOTSUPP => retired, "kernel-internal, never seen by user space",
    }
}

#[test]
fn an_alias_is_its_row() {
    assert_eq!(LinuxErrno::Ewouldblock, LinuxErrno::Eagain);
    #[allow(deprecated)]
    let deadlock = LinuxErrno::Edeadlock;
    assert_eq!(deadlock, LinuxErrno::Edeadlk);
    assert_eq!(LinuxErrno::Netunreach, LinuxErrno::Enetunreach);
    assert_eq!(LinuxErrno::Ewouldblock as u8, 11);
    // Usable in patterns.
    let what = match LinuxErrno::from_code(11) {
        Some(LinuxErrno::Ewouldblock) => "would block",
        _ => "other",
    };
    assert_eq!(what, "would block");
}

#[test]
fn lookups_by_name_take_aliases() {
    for (name, row) in [
        ("EAGAIN", LinuxErrno::Eagain),
        ("EWOULDBLOCK", LinuxErrno::Eagain),
        ("EDEADLK", LinuxErrno::Edeadlk),
        ("EDEADLOCK", LinuxErrno::Edeadlk),
        ("ENETUNREACH", LinuxErrno::Enetunreach),
        ("NETUNREACH", LinuxErrno::Enetunreach),
    ] {
        assert_eq!(LinuxErrno::from_name(name), Some(row), "{name}");
        assert_eq!(name.parse::<LinuxErrno>(), Ok(row), "{name}");
    }
    for miss in ["Ewouldblock", "ENOTSUPP", "EWOULDBLOC", ""] {
        assert_eq!(LinuxErrno::from_name(miss), None, "{miss}");
    }
}

#[test]
fn aliases_are_no_rows() {
    assert_eq!(LinuxErrno::COUNT, 3);
    assert_eq!(LinuxErrno::iter().count(), 3);
    assert_eq!(LinuxErrno::Ewouldblock.name(), "EAGAIN");
    assert_eq!(format!("{:?}", LinuxErrno::Ewouldblock), "Eagain");
    assert_eq!(
        LinuxErrno::iter().map(|e| e.name()).collect::<Vec<_>>(),
        ["EAGAIN", "EDEADLK", "ENETUNREACH"]
    );
}

#[test]
fn markdown_lists_aliases_and_retired_names() {
    let markdown = LinuxErrno::MARKDOWN;
    assert!(
        markdown.ends_with(
            "\n## Aliases\n\n| alias | name |\n|---|---|\n| `EWOULDBLOCK` | `EAGAIN` |\n\
             | `EDEADLOCK` | `EDEADLK` |\n| `NETUNREACH` | `ENETUNREACH` |\n\
             \n## Retired names\n\n| name | message |\n|---|---|\n\
             | `ENOTSUPP` | kernel-internal, never seen by user space |\n"
        ),
        "{markdown}"
    );
}

codetable::define_codes! {
    /// Aliases written after a row's columns, which the parser reads as settings: a name that
    /// is no column is an alias.
    pub enum Statuses(http: u16, retry: bool = false) {
        404 => NOT_FOUND, "not found", http = 404, MISSING = NOT_FOUND, retry = false,
        503 => UNAVAILABLE, "unavailable", http = 503, retry = true, BUSY = UNAVAILABLE,
        DOWN = UNAVAILABLE,
    }
}

#[test]
fn an_alias_may_follow_a_row_s_columns() {
    assert_eq!(Statuses::Missing, Statuses::NotFound);
    assert_eq!(Statuses::Busy, Statuses::Unavailable);
    assert_eq!(Statuses::from_name("DOWN"), Some(Statuses::Unavailable));
    assert_eq!(Statuses::COUNT, 2);
    assert_eq!(
        (Statuses::NotFound.http(), Statuses::NotFound.retry()),
        (404, false)
    );
    assert_eq!((Statuses::Busy.http(), Statuses::Busy.retry()), (503, true));
}
