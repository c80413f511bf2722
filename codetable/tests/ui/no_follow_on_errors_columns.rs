// One mistake (a missing column); the user's code below reads every column, in constants
// too, and must add no error of its own.
codetable::define_codes! {
    pub enum Pcs(http: u16, en: &'static str, hint: Option<&'static str>, weight: f32 = 1.0, grade: char = 'A') {
        0 => NO_ERROR, "没有错误", http = 200,
    }
}

const HTTP: u16 = Pcs::NoError.http();
const EN: &str = Pcs::NoError.en();
const NAME: &str = Pcs::NoError.name();
const FOUND: Option<Pcs> = Pcs::from_code(0);

fn main() {
    let _: Option<&'static str> = Pcs::NoError.hint();
    let _: f32 = Pcs::NoError.weight();
    let _: char = Pcs::NoError.grade();
    let _ = (HTTP, EN, NAME, FOUND);
}
