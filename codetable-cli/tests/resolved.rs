//! The imports of the five seeds compile once their defects are resolved (`tests/resolved/`,
//! checked against the raw imports by `tests/seeds.rs`), and hold the rows the seeds' own
//! hand-made tables (`codetable_seeds`) hold. Their Markdown export (`MARKDOWN`), and that of the
//! seeds' tables, imports back to the same rows, sections, reserved ranges and columns.

use codetable::Code;
use codetable_cli::import::model::{DocumentTable, Item, Name};
use codetable_shared::nameless_variant_name;

// Seeds 000 and 002 have no defects to resolve: their imports compile as they are.
mod seed_000 {
    include!("imported/seed_000.rs");
}
mod seed_001 {
    include!("resolved/seed_001.rs");
}
mod seed_002 {
    include!("imported/seed_002.rs");
}
mod seed_003 {
    include!("resolved/seed_003.rs");
}
mod seed_004 {
    include!("resolved/seed_004.rs");
}

use seed_000::{DspError, DspError3, DspGoSdk};
use seed_001::{LegacyCosError, LegacyCosErrorCategory};
use seed_002::{DaemonCode, DaemonCodeCategory};
use seed_003::{PcsError, PcsErrorLanguage};
use seed_004::CosV4Error;

/// (code, name, message) of every row, in declaration order.
fn rows<C: Code>() -> Vec<(i128, &'static str, &'static str)>
where
    codetable::CodeInput<'static, C>: Into<i128>,
{
    C::iter()
        .map(|row| (row.code().into(), row.name(), row.message()))
        .collect()
}

#[test]
fn row_counts() {
    assert_eq!(DspError::COUNT, 111);
    assert_eq!(DspGoSdk::COUNT, 64);
    assert_eq!(DspError3::COUNT, 32);
    // 201 rows in the document, less the second -61.
    assert_eq!(LegacyCosError::COUNT, 200);
    // The document's 25 rows; `codetable_seeds::daemon` adds two of its implementation's own.
    assert_eq!(DaemonCode::COUNT, 25);
    assert_eq!(PcsError::COUNT, 67);
    // 288 rows in the document, less the second -5965.
    assert_eq!(CosV4Error::COUNT, 287);
}

#[test]
fn seed_000_rows_are_the_seeds() {
    use codetable_seeds::dsp;
    assert_eq!(rows::<DspError>(), rows::<dsp::DspError>());
    assert_eq!(rows::<DspGoSdk>(), rows::<dsp::DspSdkError>());
    assert_eq!(rows::<DspError3>(), rows::<dsp::TransferState>());
}

/// Categories as (name, message, range, parent's name).
type Categories = Vec<(
    &'static str,
    &'static str,
    (i128, i128),
    Option<&'static str>,
)>;

macro_rules! categories {
    ($category:ty) => {
        <$category>::ALL
            .iter()
            .map(|category| {
                let range = category.range();
                (
                    category.name(),
                    category.message(),
                    (i128::from(*range.start()), i128::from(*range.end())),
                    category.parent().map(|parent| parent.name()),
                )
            })
            .collect::<Categories>()
    };
}

/// Categories with the seeds' hand-given names for those the import numbers.
fn renamed(categories: Categories, names: &[(&str, &'static str)]) -> Categories {
    let rename = |name: &'static str| {
        names
            .iter()
            .find(|(numbered, _)| *numbered == name)
            .map_or(name, |&(_, given)| given)
    };
    categories
        .into_iter()
        .map(|(name, message, range, parent)| (rename(name), message, range, parent.map(rename)))
        .collect()
}

#[test]
fn seed_001_rows_and_sections_are_the_seeds() {
    use codetable_seeds::legacy_cos::{
        LegacyCosError as Seed, LegacyCosErrorCategory as SeedCategory,
    };
    assert_eq!(rows::<LegacyCosError>(), rows::<Seed>());
    // Headings without ASCII words are numbered sections; the seed names them by hand.
    let names = [("Section5", "FileCache"), ("Section6", "Plugin")];
    assert_eq!(
        renamed(categories!(LegacyCosErrorCategory), &names),
        categories!(SeedCategory)
    );
    for row in LegacyCosError::iter() {
        let seed = Seed::from_code(row.code()).unwrap();
        assert_eq!(
            row.category().map(|c| c.range()),
            seed.category().map(|c| c.range()),
            "{row:?}"
        );
    }
}

#[test]
fn seed_002_rows_and_sections_are_the_seeds() {
    use codetable_seeds::daemon::{DaemonCode as Seed, DaemonCodeCategory as SeedCategory};
    // The seed's 60001 and 60002 are its implementation's own rows, in no document.
    let seed_rows: Vec<_> = rows::<Seed>()
        .into_iter()
        .filter(|&(code, _, _)| code < 60000)
        .collect();
    assert_eq!(rows::<DaemonCode>(), seed_rows);
    let names = [("Section7", "OtherError")];
    assert_eq!(
        renamed(categories!(DaemonCodeCategory), &names),
        categories!(SeedCategory)
    );
    for row in DaemonCode::iter() {
        let seed = Seed::from_code(row.code()).unwrap();
        assert_eq!(
            row.category().map(|c| c.name()),
            seed.category().map(|c| c.name()),
            "{row:?}"
        );
    }
}

#[test]
fn seed_003_rows_columns_and_languages_are_the_seeds() {
    use codetable_seeds::pcs::{PcsError as Seed, PcsErrorLanguage as SeedLanguage};
    assert_eq!(rows::<PcsError>(), rows::<Seed>());
    let tags = |tags: &mut dyn Iterator<Item = &'static str>| tags.collect::<Vec<_>>();
    assert_eq!(
        tags(&mut PcsErrorLanguage::ALL.iter().map(|l| l.tag())),
        tags(&mut SeedLanguage::ALL.iter().map(|l| l.tag()))
    );
    for row in PcsError::iter() {
        let seed = Seed::from_code(row.code()).unwrap();
        assert_eq!(
            (row.http(), row.message_in(PcsErrorLanguage::En)),
            (seed.http(), seed.message_in(SeedLanguage::En)),
            "{row:?}"
        );
    }
}

#[test]
fn seed_004_rows_are_the_seeds() {
    assert_eq!(
        rows::<CosV4Error>(),
        rows::<codetable_seeds::cos_v4::CosV4Error>()
    );
}

// ---------------------------------------------------------------------------------------
// Export, then import: the same table.

/// A table imported from `C::MARKDOWN`, with no problem.
fn reimport<C: Code>() -> DocumentTable {
    let import =
        codetable_cli::import(C::MARKDOWN, "export.md", &codetable_cli::Options::default());
    assert_eq!(import.problems, [], "{}", C::TABLE);
    assert_eq!(import.document.tables.len(), 1, "{}", C::TABLE);
    let table = import.document.tables.into_iter().next().unwrap();
    assert_eq!(table.name, C::TABLE);
    table
}

/// (code, name, message, innermost section) of every row of an imported table, by code.
fn imported_rows(table: &DocumentTable) -> Vec<(i128, String, String, Option<String>)> {
    fn walk(
        items: &[Item],
        section: Option<&str>,
        rows: &mut Vec<(i128, String, String, Option<String>)>,
    ) {
        for item in items {
            match item {
                Item::Row(row) => {
                    let name = match &row.name {
                        Name::Given(name) => name.clone(),
                        Name::Made { .. } => panic!("an exported name is given: {row:?}"),
                        Name::Nameless => nameless_variant_name(row.code),
                    };
                    rows.push((
                        row.code,
                        name,
                        row.message.clone(),
                        section.map(str::to_owned),
                    ));
                }
                Item::Section(inner) => walk(&inner.items, Some(&inner.name), rows),
                _ => {}
            }
        }
    }
    let mut rows = Vec::new();
    walk(&table.items, None, &mut rows);
    rows.sort();
    rows
}

/// The compiled rows as `imported_rows` gives them, with each row's category's name.
fn compiled_rows<C: Code>(
    category: impl Fn(C) -> Option<&'static str>,
) -> Vec<(i128, String, String, Option<String>)>
where
    codetable::CodeInput<'static, C>: Into<i128>,
{
    let mut rows: Vec<_> = C::iter()
        .map(|row| {
            (
                row.code().into(),
                row.name().to_owned(),
                row.message().to_owned(),
                category(row).map(str::to_owned),
            )
        })
        .collect();
    rows.sort();
    rows
}

/// Sections as (name, message, range, parent's name), by range.
type Sections = Vec<(String, String, (i128, i128), Option<String>)>;

/// An imported table's sections.
fn imported_sections(table: &DocumentTable) -> Sections {
    fn walk(items: &[Item], parent: Option<&str>, out: &mut Sections) {
        for item in items {
            if let Item::Section(section) = item {
                out.push((
                    section.name.clone(),
                    section.message.clone(),
                    section.range,
                    parent.map(str::to_owned),
                ));
                walk(&section.items, Some(&section.name), out);
            }
        }
    }
    let mut out = Vec::new();
    walk(&table.items, None, &mut out);
    out.sort_by_key(|section| section.2);
    out
}

fn owned(categories: Categories) -> Sections {
    let mut out: Vec<_> = categories
        .into_iter()
        .map(|(name, message, range, parent)| {
            (
                name.to_owned(),
                message.to_owned(),
                range,
                parent.map(str::to_owned),
            )
        })
        .collect();
    out.sort_by_key(|section| section.2);
    out
}

fn reserved(table: &DocumentTable) -> Vec<((i128, i128), Option<String>)> {
    fn walk(items: &[Item], out: &mut Vec<((i128, i128), Option<String>)>) {
        for item in items {
            match item {
                Item::Reserved(reserved) => out.push((reserved.range, reserved.message.clone())),
                Item::Section(section) => walk(&section.items, out),
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    walk(&table.items, &mut out);
    out
}

macro_rules! round_trip {
    ($table:ty) => {{
        let table = reimport::<$table>();
        assert_eq!(imported_rows(&table), compiled_rows::<$table>(|_| None));
        assert_eq!(imported_sections(&table), []);
        table
    }};
    ($table:ty, $category:ty) => {{
        let table = reimport::<$table>();
        assert_eq!(
            imported_rows(&table),
            compiled_rows::<$table>(|row| row.category().map(|c| c.name()))
        );
        assert_eq!(imported_sections(&table), owned(categories!($category)));
        table
    }};
}

#[test]
fn exports_of_the_imports_import_back() {
    for table in [
        round_trip!(DspError),
        round_trip!(DspGoSdk),
        round_trip!(DspError3),
        round_trip!(CosV4Error),
    ] {
        assert_eq!(reserved(&table), []);
        assert_eq!(table.columns, []);
    }
    let legacy = round_trip!(LegacyCosError, LegacyCosErrorCategory);
    assert_eq!(reserved(&legacy), []);
    let daemon = round_trip!(DaemonCode, DaemonCodeCategory);
    assert_eq!(
        reserved(&daemon),
        [((40000, 59999), Some("保留错误段".to_owned()))]
    );
    let pcs = round_trip!(PcsError);
    pcs_columns(&pcs, |code| {
        let row = PcsError::from_code(code as i32).unwrap();
        (row.http(), row.message_in(PcsErrorLanguage::En))
    });
}

#[test]
fn exports_of_the_seeds_import_back() {
    use codetable_seeds::{cos_v4, daemon, dsp, legacy_cos, pcs};
    round_trip!(dsp::DspError);
    round_trip!(dsp::DspSdkError);
    round_trip!(dsp::TransferState);
    round_trip!(cos_v4::CosV4Error);
    round_trip!(
        legacy_cos::LegacyCosError,
        legacy_cos::LegacyCosErrorCategory
    );
    let daemon = round_trip!(daemon::DaemonCode, daemon::DaemonCodeCategory);
    assert_eq!(
        reserved(&daemon),
        [(
            (40000, 59999),
            Some("保留错误段：Daemon 实现不应该使用".to_owned())
        )]
    );
    let table = round_trip!(pcs::PcsError);
    pcs_columns(&table, |code| {
        let row = pcs::PcsError::from_code(code as i32).unwrap();
        (row.http(), row.message_in(pcs::PcsErrorLanguage::En))
    });
}

/// The `http` column and the `en` messages of an imported PCS table hold the compiled table's
/// values, its languages `zh` (the message's: the export does not name it, its script does)
/// and `en`.
fn pcs_columns(table: &DocumentTable, values: impl Fn(i128) -> (u16, &'static str)) {
    let names: Vec<&str> = table.columns.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["http"]);
    assert_eq!(table.languages, ["zh", "en"]);
    assert_eq!(
        table.columns[0].ty.scalar,
        codetable_cli::import::model::Scalar::Int("u16")
    );
    for row in table.rows() {
        let (http, en) = values(row.code);
        assert_eq!(row.values, [Some(http.to_string())], "{}", row.code);
        assert_eq!(row.translations, [Some(en.to_owned())], "{}", row.code);
    }
}
