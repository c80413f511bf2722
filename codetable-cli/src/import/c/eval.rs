//! A C header's values: integer constant expressions, parsed by tree-sitter's C grammar and
//! evaluated over `i128`, as the preprocessor and the compiler would for a code.
//!
//! Read: integer literals (decimal, hex, octal, binary; `U`/`L`/`UL`/`LL` suffixes), names of
//! the header (macros, however late they are defined, and the enumerators above), parentheses,
//! casts (`(HRESULT)0x80004001L` keeps its operand's value: the code type is chosen to hold
//! it), unary `- + ~ !`, binary `* / % + - << >> & ^ | < <= > >= == != && ||`, `?:`, and calls of
//! function-like macros: one the header defines is evaluated with its arguments
//! (`HRESULT_FROM_WIN32(x)`), a one-argument one it does not (`__MSABI_LONG(5L)`) is read as its
//! argument. Anything else (a string, a float, `sizeof`, token pasting) is no value, and says
//! why.

use std::collections::HashMap;
use tree_sitter::{Node, Parser};

/// A function-like macro of the header: `#define NAME(PARAMS) BODY`.
#[derive(Clone, Debug)]
pub struct FunctionMacro {
    /// Its parameters' names.
    pub params: Vec<String>,
    /// Its body, as written.
    pub body: String,
    /// The line it is defined on.
    pub line: usize,
}

/// What a value is written as.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Value {
    /// The value.
    pub value: i128,
    /// The value in hex as the header writes it, when all of its literals are hex: the literal's
    /// digits for a value that is one literal (`0x0000FFFF`), else the value's (`0x8007007A`).
    pub hex: Option<String>,
    /// Whether it is written with no literal of its own, only names and macros
    /// (`HRESULT_FROM_WIN32(ERROR_INSUFFICIENT_BUFFER)`): written neither in hex nor in decimal.
    pub computed: bool,
    /// The function-like macros read for it, its names' included, in the order read.
    pub wrappers: Vec<(String, Wrapper)>,
}

/// How a function-like macro was read, to say once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Wrapper {
    /// The header defines it, on this line: its body was evaluated with the arguments.
    Defined(usize),
    /// The header does not define it: read as its one argument.
    Undefined,
}

/// The names a value may use, and what reading values found.
pub struct Scope<'a> {
    /// The object-like macros' bodies, by name (the first definition of each).
    pub macros: &'a HashMap<String, String>,
    /// The function-like macros, by name (the first definition of each).
    pub functions: &'a HashMap<String, FunctionMacro>,
    /// The enumerators evaluated so far, by name.
    pub enumerators: HashMap<String, i128>,
    /// The macros' values, once evaluated.
    cache: HashMap<String, Result<Value, String>>,
    parser: Parser,
}

/// How deep macros may refer to macros: a cycle (`#define A B`, `#define B A`) stops here.
const DEPTH: usize = 64;

/// What the literals of an expression are written in, and the macros it reads.
#[derive(Default)]
struct Literals {
    wrappers: Vec<(String, Wrapper)>,
    count: usize,
    hex: usize,
    /// The one literal's hex digits, if the expression is that literal (in parentheses,
    /// casts or wrappers).
    only: Option<String>,
}

impl<'a> Scope<'a> {
    /// A scope over the header's macros.
    pub fn new(
        macros: &'a HashMap<String, String>,
        functions: &'a HashMap<String, FunctionMacro>,
    ) -> Self {
        let mut parser = Parser::new();
        parser
            .set_language(&tree_sitter_c::LANGUAGE.into())
            .expect("tree-sitter-c matches tree-sitter's ABI");
        Scope {
            macros,
            functions,
            enumerators: HashMap::new(),
            cache: HashMap::new(),
            parser,
        }
    }

    /// The value of an expression written on `line`; `Err` says why it has none.
    pub fn value(&mut self, text: &str, line: usize) -> Result<Value, String> {
        self.evaluate(text, line, &HashMap::new(), 0)
    }

    /// The value of a macro, by name, evaluated once.
    pub fn macro_value(&mut self, name: &str, line: usize) -> Result<Value, String> {
        self.lookup_macro(name, line, 0)
            .unwrap_or_else(|| Err(format!("`{name}` is not defined in the header")))
    }

    fn lookup_macro(
        &mut self,
        name: &str,
        line: usize,
        depth: usize,
    ) -> Option<Result<Value, String>> {
        if let Some(found) = self.cache.get(name) {
            return Some(found.clone());
        }
        let body = self.macros.get(name)?.clone();
        let found = self.evaluate(&body, line, &HashMap::new(), depth + 1);
        self.cache.insert(name.to_owned(), found.clone());
        Some(found)
    }

    fn evaluate(
        &mut self,
        text: &str,
        line: usize,
        bindings: &HashMap<String, i128>,
        depth: usize,
    ) -> Result<Value, String> {
        if depth > DEPTH {
            return Err("its macros refer to each other without end".to_owned());
        }
        // Continued lines are one line; the expression is closed on a line of its own, past
        // any `//` comment.
        let source = format!(
            "long long codetable_value = ({}\n);",
            text.replace("\\\r\n", " ").replace("\\\n", " ")
        );
        let tree = self
            .parser
            .parse(&source, None)
            .ok_or_else(|| "tree-sitter did not parse it".to_owned())?;
        let root = tree.root_node();
        let expression = root
            .named_child(0)
            .filter(|declaration| declaration.kind() == "declaration")
            .and_then(|declaration| declaration.child_by_field_name("declarator"))
            .and_then(|declarator| declarator.child_by_field_name("value"));
        let Some(expression) = expression.filter(|_| !root.has_error()) else {
            return Err("it does not parse as a C expression".to_owned());
        };
        let mut literals = Literals::default();
        let reading = Reading {
            source: source.as_bytes(),
            line,
            bindings,
            depth,
        };
        let value = self.node(&reading, expression, &mut literals)?;
        let hex = (literals.count > 0 && literals.hex == literals.count)
            .then(|| literals.only.clone().unwrap_or_else(|| hex(value)));
        Ok(Value {
            value,
            hex,
            computed: literals.count == 0,
            wrappers: literals.wrappers,
        })
    }

    fn node(
        &mut self,
        reading: &Reading<'_>,
        node: Node<'_>,
        literals: &mut Literals,
    ) -> Result<i128, String> {
        let text = node.utf8_text(reading.source).unwrap_or("");
        let child = |field: &str| {
            node.child_by_field_name(field)
                .ok_or_else(|| format!("`{text}` lacks its {field}"))
        };
        match node.kind() {
            "number_literal" => {
                let (value, hex) = integer_literal(text)?;
                literals.count += 1;
                if let Some(hex) = hex {
                    literals.hex += 1;
                    literals.only = (literals.count == 1).then_some(hex);
                } else {
                    literals.only = None;
                }
                Ok(value)
            }
            "identifier" => self.name(reading, text, literals),
            "parenthesized_expression" => {
                let inner = first_named(node).ok_or("`()` holds nothing")?;
                self.node(reading, inner, literals)
            }
            "cast_expression" => self.node(reading, child("value")?, literals),
            "unary_expression" => {
                let operand = self.node(reading, child("argument")?, literals)?;
                literals.only = None;
                let operator = child("operator")?.kind();
                match operator {
                    "-" => operand.checked_neg().ok_or_else(overflow),
                    "+" => Ok(operand),
                    "~" => Ok(!operand),
                    "!" => Ok(i128::from(operand == 0)),
                    other => Err(format!("`{other}` is no operator of a constant")),
                }
            }
            "binary_expression" => {
                let left = self.node(reading, child("left")?, literals)?;
                let right = self.node(reading, child("right")?, literals)?;
                literals.only = None;
                binary(child("operator")?.kind(), left, right)
            }
            "conditional_expression" => {
                let condition = self.node(reading, child("condition")?, literals)?;
                let chosen = if condition != 0 {
                    child("consequence")?
                } else {
                    child("alternative")?
                };
                let value = self.node(reading, chosen, literals);
                literals.only = None;
                value
            }
            "call_expression" => self.call(reading, node, literals),
            "string_literal" | "concatenated_string" => Err("a string is no integer".to_owned()),
            "char_literal" => Err("a character is no code".to_owned()),
            kind => Err(format!("`{text}` ({kind}) is no integer constant")),
        }
    }

    /// A name: a macro's parameter, an enumerator above, or a macro of the header.
    fn name(
        &mut self,
        reading: &Reading<'_>,
        name: &str,
        literals: &mut Literals,
    ) -> Result<i128, String> {
        if let Some(&value) = reading.bindings.get(name) {
            return Ok(value);
        }
        if let Some(&value) = self.enumerators.get(name) {
            return Ok(value);
        }
        match self.lookup_macro(name, reading.line, reading.depth) {
            Some(Ok(value)) => {
                for wrapper in value.wrappers {
                    used(literals, wrapper);
                }
                Ok(value.value)
            }
            Some(Err(why)) => Err(format!("`{name}` has no value: {why}")),
            None => Err(format!("`{name}` is not defined in the header")),
        }
    }

    /// `F(args)`: a function-like macro, or a cast written `(T)(x)`.
    fn call(
        &mut self,
        reading: &Reading<'_>,
        node: Node<'_>,
        literals: &mut Literals,
    ) -> Result<i128, String> {
        let function = node.child_by_field_name("function").ok_or("no function")?;
        let arguments: Vec<Node<'_>> = node
            .child_by_field_name("arguments")
            .map(|list| {
                let mut cursor = list.walk();
                list.named_children(&mut cursor)
                    .filter(|child| child.kind() != "comment")
                    .collect()
            })
            .unwrap_or_default();
        let name = function.utf8_text(reading.source).unwrap_or("");
        // `(HRESULT)(x)` parses as a call of `(HRESULT)`: a cast.
        if function.kind() == "parenthesized_expression" && arguments.len() == 1 {
            return self.node(reading, arguments[0], literals);
        }
        if function.kind() != "identifier" {
            return Err(format!("`{name}(..)` is no macro"));
        }
        if let Some(definition) = self.functions.get(name).cloned() {
            if definition.params.len() != arguments.len() {
                return Err(format!(
                    "`{name}` takes {} arguments (line {}), given {}",
                    definition.params.len(),
                    definition.line,
                    arguments.len()
                ));
            }
            let mut bound = HashMap::new();
            for (param, argument) in definition.params.iter().zip(&arguments) {
                bound.insert(param.clone(), self.node(reading, *argument, literals)?);
            }
            used(
                literals,
                (name.to_owned(), Wrapper::Defined(definition.line)),
            );
            let value = self
                .evaluate(&definition.body, reading.line, &bound, reading.depth + 1)
                .map_err(|why| format!("`{name}(..)` (line {}): {why}", definition.line))?;
            for wrapper in value.wrappers {
                used(literals, wrapper);
            }
            // The macro's own literals (a mask, a facility) are not how the code is written.
            literals.only = None;
            return Ok(value.value);
        }
        match arguments.as_slice() {
            [argument] => {
                used(literals, (name.to_owned(), Wrapper::Undefined));
                self.node(reading, *argument, literals)
            }
            _ => Err(format!(
                "`{name}` is not defined in the header, and takes {} arguments",
                arguments.len()
            )),
        }
    }
}

/// Notes a function-like macro read, once.
fn used(literals: &mut Literals, wrapper: (String, Wrapper)) {
    if !literals.wrappers.contains(&wrapper) {
        literals.wrappers.push(wrapper);
    }
}

/// A value as a Rust literal in hex: `0x8007007A`, `-0x10`.
pub fn hex(value: i128) -> String {
    let sign = if value < 0 { "-" } else { "" };
    format!("{sign}0x{:X}", value.unsigned_abs())
}

/// Where an expression is read: its source, its line, its macro's arguments.
struct Reading<'s> {
    source: &'s [u8],
    line: usize,
    bindings: &'s HashMap<String, i128>,
    depth: usize,
}

fn first_named(node: Node<'_>) -> Option<Node<'_>> {
    let mut cursor = node.walk();
    let found = node
        .named_children(&mut cursor)
        .find(|child| child.kind() != "comment");
    found
}

fn overflow() -> String {
    "its value overflows".to_owned()
}

/// A binary operator of C over two values.
fn binary(operator: &str, left: i128, right: i128) -> Result<i128, String> {
    let shift = |amount: i128| u32::try_from(amount).ok().filter(|&amount| amount < 127);
    let truth = |value: bool| Ok(i128::from(value));
    match operator {
        "+" => left.checked_add(right).ok_or_else(overflow),
        "-" => left.checked_sub(right).ok_or_else(overflow),
        "*" => left.checked_mul(right).ok_or_else(overflow),
        "/" => left
            .checked_div(right)
            .ok_or_else(|| "it divides by zero".to_owned()),
        "%" => left
            .checked_rem(right)
            .ok_or_else(|| "it divides by zero".to_owned()),
        "<<" => shift(right)
            .and_then(|amount| left.checked_mul(1i128 << amount))
            .ok_or_else(overflow),
        ">>" => shift(right)
            .map(|amount| left >> amount)
            .ok_or_else(overflow),
        "&" => Ok(left & right),
        "|" => Ok(left | right),
        "^" => Ok(left ^ right),
        "<" => truth(left < right),
        "<=" => truth(left <= right),
        ">" => truth(left > right),
        ">=" => truth(left >= right),
        "==" => truth(left == right),
        "!=" => truth(left != right),
        "&&" => truth(left != 0 && right != 0),
        "||" => truth(left != 0 || right != 0),
        other => Err(format!("`{other}` is no operator of a constant")),
    }
}

/// An integer literal of C: its value, and its hex digits as a Rust literal (`0x1F`, no
/// suffix) when written in hex. tree-sitter gives a `-` before a literal as part of it.
pub fn integer_literal(text: &str) -> Result<(i128, Option<String>), String> {
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, text),
    };
    let digits = unsigned
        .trim_end_matches(['u', 'U', 'l', 'L'])
        .replace('\'', "");
    let not_integer = || format!("`{text}` is no integer");
    let (radix, body, hex) = if let Some(hex) = digits
        .strip_prefix("0x")
        .or_else(|| digits.strip_prefix("0X"))
    {
        (16, hex, true)
    } else if let Some(binary) = digits
        .strip_prefix("0b")
        .or_else(|| digits.strip_prefix("0B"))
    {
        (2, binary, false)
    } else if digits.len() > 1 && digits.starts_with('0') {
        (8, &digits[1..], false)
    } else {
        (10, digits.as_str(), false)
    };
    if body.is_empty() {
        return Err(not_integer());
    }
    let magnitude = i128::from_str_radix(body, radix).map_err(|_| not_integer())?;
    let value = if negative { -magnitude } else { magnitude };
    let sign = if negative { "-" } else { "" };
    Ok((value, hex.then(|| format!("{sign}0x{body}"))))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> Result<(i128, Option<String>), String> {
        let macros: HashMap<String, String> = [
            ("GIT_ERROR_BASE", "(-30)"),
            ("FACILITY_WIN32", "7"),
            ("ERROR_INSUFFICIENT_BUFFER", "__MSABI_LONG(122)"),
            ("LOOP_A", "LOOP_B"),
            ("LOOP_B", "LOOP_A"),
        ]
        .into_iter()
        .map(|(name, body)| (name.to_owned(), body.to_owned()))
        .collect();
        let functions: HashMap<String, FunctionMacro> = [
            ("_HRESULT_TYPEDEF_", "_sc", "((HRESULT)_sc)"),
            (
                "HRESULT_FROM_WIN32",
                "x",
                "((HRESULT)(x) <= 0 ? ((HRESULT)(x)) : ((HRESULT) (((x) & 0x0000FFFF) | \
                 (FACILITY_WIN32 << 16) | 0x80000000)))",
            ),
        ]
        .into_iter()
        .map(|(name, param, body)| {
            let definition = FunctionMacro {
                params: vec![param.to_owned()],
                body: body.to_owned(),
                line: 1,
            };
            (name.to_owned(), definition)
        })
        .collect();
        let mut scope = Scope::new(&macros, &functions);
        scope.value(text, 9).map(|value| (value.value, value.hex))
    }

    #[test]
    fn literals() {
        assert_eq!(
            integer_literal("0x80004001L"),
            Ok((0x8000_4001, Some("0x80004001".into())))
        );
        assert_eq!(integer_literal("5UL"), Ok((5, None)));
        assert_eq!(integer_literal("010"), Ok((8, None)));
        assert_eq!(integer_literal("0b101"), Ok((5, None)));
        assert_eq!(integer_literal("-7"), Ok((-7, None)));
        assert!(integer_literal("1.5").is_err());
        assert!(integer_literal("0x").is_err());
    }

    #[test]
    fn expressions_of_the_issue() {
        assert_eq!(
            value("((HRESULT)0x80004001L)"),
            Ok((0x8000_4001, Some("0x80004001".into())))
        );
        assert_eq!(value("__MSABI_LONG(5L)"), Ok((5, None)));
        assert_eq!(
            value("_HRESULT_TYPEDEF_(0x8000FFFF)"),
            Ok((0x8000_FFFF, Some("0x8000FFFF".into())))
        );
        assert_eq!(value("(GIT_ERROR_BASE + 3)"), Ok((-27, None)));
        assert_eq!(value("-(1 << 4) | ~0x0"), Ok((-1, None)));
        assert_eq!(value("(-1)"), Ok((-1, None)));
        assert_eq!(value("3 // a comment"), Ok((3, None)));
    }

    #[test]
    fn a_defined_macro_is_evaluated_with_its_argument() {
        assert_eq!(
            value("HRESULT_FROM_WIN32(ERROR_INSUFFICIENT_BUFFER)"),
            Ok((0x8007_007A, None))
        );
    }

    #[test]
    fn what_is_no_value_says_why() {
        assert_eq!(value("\"1.2.3\""), Err("a string is no integer".into()));
        assert_eq!(
            value("UNKNOWN + 1"),
            Err("`UNKNOWN` is not defined in the header".into())
        );
        assert!(value("LOOP_A").unwrap_err().contains("without end"));
        assert!(value("1 / 0").unwrap_err().contains("divides by zero"));
        assert!(value("x ## l").is_err());
        assert!(value("F(1, 2)").unwrap_err().contains("takes 2 arguments"));
    }

    #[test]
    fn the_macros_read_are_told() {
        let macros = [("INNER".to_owned(), "__MSABI_LONG(2)".to_owned())].into();
        let functions = HashMap::new();
        let mut scope = Scope::new(&macros, &functions);
        let value = scope.value("__MSABI_LONG(1) + W(INNER)", 3).unwrap();
        assert_eq!(
            value.wrappers,
            [
                ("__MSABI_LONG".to_owned(), Wrapper::Undefined),
                ("W".to_owned(), Wrapper::Undefined)
            ]
        );
    }
}
