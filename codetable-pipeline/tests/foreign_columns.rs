//! Columns of types of other crates (`http::StatusCode` on the column `http`, `tonic::Code` on
//! `grpc`), their values, and the settings after a row that may be columns or aliases: a
//! row's `, B = A` is the column `B` when the table declares one, else an alias of `A`.

use codetable_pipeline::model::{Foreign, Table, Value};
use codetable_pipeline::{check, define_codes};
use proc_macro2::TokenStream;
use std::str::FromStr;

/// The checked tables of `input`, and its errors' messages.
fn checked(input: &str) -> (Vec<Table>, Vec<String>) {
    let tokens = TokenStream::from_str(input).expect("the input lexes");
    let (tables, errors) = check(tokens);
    let messages = errors.iter().map(|error| error.to_string()).collect();
    (tables, messages)
}

/// The one table of `input`, which must have no error.
#[track_caller]
fn valid(input: &str) -> Table {
    let (mut tables, errors) = checked(input);
    assert_eq!(errors, Vec::<String>::new(), "errors in {input}");
    assert_eq!(tables.len(), 1);
    tables.remove(0)
}

/// Checks `input` gives an error saying `message`.
#[track_caller]
fn assert_error(input: &str, message: &str) {
    let (_, errors) = checked(input);
    assert!(
        errors.iter().any(|error| error.contains(message)),
        "no error saying {message:?} in {errors:#?}"
    );
}

fn int(magnitude: u128) -> Option<Value> {
    Some(Value::Int {
        negative: false,
        magnitude,
    })
}

#[test]
fn a_status_code_column_stores_its_statuses() {
    for ty in [
        "StatusCode",
        "http::StatusCode",
        "::http::StatusCode",
        "Option<StatusCode>",
        "Option<::http::StatusCode>",
    ] {
        let table = valid(&format!(
            "enum E(http: {ty}) {{ 1 => A, \"a\", http = 404, 2 => B, \"b\", http = 100 }}"
        ));
        assert_eq!(table.columns[0].foreign, Some(Foreign::HttpStatus), "{ty}");
        assert_eq!(
            table.columns[0].ty.map(|ty| ty.optional),
            Some(ty.contains("Option"))
        );
        assert_eq!(table.rows[0].values, vec![int(404)]);
        assert_eq!(table.rows[1].values, vec![int(100)]);
    }
}

#[test]
fn a_grpc_code_column_takes_names_and_numbers() {
    for ty in [
        "tonic::Code",
        "::tonic::Code",
        "Code",
        "Option<tonic::Code>",
    ] {
        let table = valid(&format!(
            "enum E(grpc: {ty} = Internal) {{
                1 => A, \"a\", grpc = NotFound,
                2 => B, \"b\", grpc = 16,
                3 => C, \"c\", grpc = r#Ok,
                4 => D, \"d\",
            }}"
        ));
        assert_eq!(table.columns[0].foreign, Some(Foreign::GrpcCode), "{ty}");
        let values: Vec<_> = table.rows.iter().map(|row| row.values[0].clone()).collect();
        assert_eq!(values, [int(5), int(16), int(0), int(13)]);
    }
}

#[test]
fn an_alias_after_a_row_is_still_an_alias() {
    // Written after a row's columns, and as the only thing after its message.
    let table = valid(
        "enum E(http: u16, grpc: tonic::Code) {
            1 => A, \"a\", http = 404, grpc = NotFound, B = A, C = A,
            2 => D, \"d\", E = D, grpc = Internal, http = 500,
            F = D,
        }",
    );
    let aliases: Vec<(&str, usize)> = table
        .aliases
        .iter()
        .map(|alias| (alias.name.as_str(), alias.row))
        .collect();
    assert_eq!(aliases, [("B", 0), ("C", 0), ("E", 1), ("F", 1)]);
    assert_eq!(table.rows[0].values, vec![int(404), int(5)]);
    assert_eq!(table.rows[1].values, vec![int(500), int(13)]);
    // A table without columns: as before.
    let table = valid("enum E { 1 => A, \"a\", B = A, 2 => C, \"c\" }");
    assert_eq!(table.aliases[0].name, "B");
    assert_eq!(table.rows.len(), 2);
}

#[test]
fn a_name_for_a_column_of_another_type_or_a_language_is_an_error() {
    assert_error(
        "enum E(http: u16) { 1 => A, \"a\", http = NOT_FOUND }",
        "column `http` is `u16`: a name does not fit it",
    );
    assert_error(
        "#[codetable(languages(zh, en))] enum E { 1 => A, \"a\", en = A }",
        "a message is a string",
    );
    // A name that is no column: an alias, of a row the table must have.
    assert_error(
        "enum E(http: u16) { 1 => A, \"a\", http = 404, grpc = NotFound }",
        "`E` has no column `grpc`, nor a row named `NotFound`",
    );
}

#[test]
fn values_out_of_their_type_are_errors() {
    assert_error(
        "enum E(http: StatusCode) { 1 => A, \"a\", http = 99 }",
        "99 is not an HTTP status, which is 100..=999",
    );
    assert_error(
        "enum E(http: StatusCode = 1000) { 1 => A, \"a\" }",
        "1000 is not an HTTP status",
    );
    assert_error(
        "enum E(grpc: tonic::Code) { 1 => A, \"a\", grpc = 17 }",
        "17 is not a gRPC code, which is 0..=16",
    );
    assert_error(
        "enum E(grpc: tonic::Code) { 1 => A, \"a\", grpc = not_found }",
        "`not_found` is no variant of it: write `NotFound`",
    );
    assert_error(
        "enum E(grpc: tonic::Code) { 1 => A, \"a\", grpc = -1 }",
        "it cannot be negative",
    );
}

#[test]
fn the_types_are_of_their_columns_only() {
    assert_error(
        "enum E(status: http::StatusCode) { 1 => A, \"a\", status = 404 }",
        "a column of type `http::StatusCode` is named `http`",
    );
    assert_error(
        "enum E(code_of_grpc: tonic::Code) { 1 => A, \"a\", code_of_grpc = Ok }",
        "a column of type `tonic::Code` is named `grpc`",
    );
    // Other paths are no types the macro knows.
    assert_error(
        "enum E(http: hyper::StatusCode) { 1 => A, \"a\", http = 404 }",
        "a column's type is",
    );
}

/// What the expansion asks of `codetable`'s features: the feature of each column's type, and
/// impls for a table with an `http` or `grpc` column, and the failing ones for a table
/// without.
#[test]
fn the_expansion_calls_the_features_macros() {
    let expand =
        |input: &str| define_codes(TokenStream::from_str(input).expect("lexes")).to_string();
    let with = expand(
        "enum E(http: StatusCode, grpc: tonic::Code) { 1 => A, \"a\", http = 404, grpc = Ok }",
    );
    for called in [
        "needs_http !",
        "needs_tonic !",
        "http_impls ! (E",
        "axum_impls ! (E)",
        "tonic_impls ! (E",
        "http_status_type ! ()",
        "grpc_code_type ! ()",
    ] {
        assert!(with.contains(called), "no {called} in {with}");
    }
    let u16_column = expand("enum E(http: u16) { 1 => A, \"a\", http = 404 }");
    assert!(u16_column.contains("http_impls ! (E") && !u16_column.contains("needs_http"));
    assert!(u16_column.contains("tonic_impls ! (no_grpc E)"));
    let without = expand("enum E(http: i32) { 1 => A, \"a\", http = 404 }");
    assert!(without.contains("axum_impls ! (no_http E)"));
    assert!(without.contains("tonic_impls ! (no_grpc E)"));
    assert!(!without.contains("http_impls"));
}
