// One mistake (a duplicate code); the user's code below uses the whole API and must add no
// error of its own.
use std::str::FromStr;

codetable::define_codes! {
    pub enum E in 0..=999 {
        0 => OK, "ok",
        100..=199 => Client, "client errors" {
            100 => BAD_REQUEST, "bad request",
            100 => NOT_FOUND, "not found",
        },
    }
}

fn generic<C: codetable::Code>(code: C) -> &'static str {
    code.name()
}

fn main() {
    let e: Option<E> = E::from_code(100);
    let _: Option<E> = E::from_name("BAD_REQUEST");
    let v = E::BadRequest;
    let _: &'static str = v.name();
    let _: &'static str = v.message();
    let _: i32 = v.code();
    let _: &'static [E] = E::ALL;
    let _: usize = E::COUNT;
    let _ = format!("{v} {v:?} {e:?}");
    let _: Result<E, codetable::UnknownCode> = E::try_from(100);
    let _: Result<E, codetable::UnknownName> = E::from_str("OK");
    let _: Result<E, codetable::UnknownName> = "OK".parse::<E>();
    let _: i32 = v as i32;
    let _: i32 = i32::from(v);
    let _: Option<ECategory> = v.category();
    let category = ECategory::Client;
    let _: &'static str = category.name();
    let _: &'static str = category.message();
    let _: core::ops::RangeInclusive<i32> = category.range();
    let _: Option<ECategory> = category.parent();
    let _: &'static [ECategory] = ECategory::ALL;
    let _ = generic(E::Ok);
    let _: Box<dyn std::error::Error> = Box::new(v);
    assert_eq!(E::Ok, E::Ok.clone());
    assert!(E::Ok < E::NotFound);
}
