// One syntax error (a row missing `=>`); main uses that row's variant. Only the macro's error
// should be reported.
codetable::define_codes! {
    pub enum E {
        0 => OK, "ok",
        1 FAILED, "failed",
    }
}

fn main() {
    let _ = E::Ok;
    let _ = E::Failed;
}
