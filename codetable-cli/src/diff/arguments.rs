//! The arguments of a row's messages between two versions: any change to them (one added,
//! removed, renamed, retyped or moved) breaks the callers of the row's builder, which take
//! them in order by type, and the users of its template; a change of the text around them is
//! a change of the message, compatible.

use codetable_pipeline::model::Row;

/// What changed in a row's arguments, in words (`` `table` renamed to `name` ``), or `None`
/// when they are the same.
pub fn change(old: &Row, new: &Row) -> Option<String> {
    let written = |row: &Row| -> Vec<(String, &'static str)> {
        row.args()
            .iter()
            .map(|arg| (arg.ident.to_string(), arg.ty.name()))
            .collect()
    };
    let (was, is) = (written(old), written(new));
    if was == is {
        return None;
    }
    let mut what = Vec::new();
    let has = |list: &[(String, &str)], name: &str| list.iter().any(|(n, _)| n == name);
    // The names both versions have, in each one's order: one whose place among them changed
    // moved (one removed or added before it moves none).
    let kept = |list: &[(String, &'static str)], other: &[(String, &'static str)]| {
        list.iter()
            .filter(|(name, _)| has(other, name))
            .map(|(name, _)| name.clone())
            .collect::<Vec<_>>()
    };
    let (kept_was, kept_is) = (kept(&was, &is), kept(&is, &was));
    for (index, (name, ty)) in was.iter().enumerate() {
        match is.iter().position(|(other, _)| other == name) {
            Some(at) if is[at].1 != *ty => {
                what.push(format!("`{name}` retyped from `{ty}` to `{}`", is[at].1));
            }
            Some(_)
                if kept_was.iter().position(|n| n == name)
                    != kept_is.iter().position(|n| n == name) =>
            {
                what.push(format!("`{name}` moved"));
            }
            Some(_) => {}
            // The same place, the same type, another name, neither kept: a rename.
            None => match is.get(index) {
                Some((other, other_ty)) if other_ty == ty && !has(&was, other) => {
                    what.push(format!("`{name}` renamed to `{other}`"));
                }
                _ => what.push(format!("`{name}: {ty}` removed")),
            },
        }
    }
    for (index, (name, ty)) in is.iter().enumerate() {
        let renamed = was
            .get(index)
            .is_some_and(|(old, old_ty)| old_ty == ty && !has(&is, old) && !has(&was, name));
        if !has(&was, name) && !renamed {
            what.push(format!("`{name}: {ty}` added"));
        }
    }
    let show = |list: &[(String, &str)]| {
        let args: Vec<String> = list.iter().map(|(n, t)| format!("{n}: {t}")).collect();
        format!("({})", args.join(", "))
    };
    Some(format!(
        "arguments changed from `{}` to `{}` ({}): the callers of its builder, and the users \
         of its template, break",
        show(&was),
        show(&is),
        what.join(", ")
    ))
}
