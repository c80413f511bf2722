// The Go export's lookups agree with the Rust tables on every row: codes.go is
// `codes export --format go` of the seeds (and of tricky.rs, MariaDB's server errors and the
// generated table of generated/, 30 000 rows in CI), the file named by CODES_ROWS what the
// compiled Rust enums give (`cargo run -p codetable-cli --example compiled_rows`, and the
// generated table's binary). Run by scripts/export-check.sh, after go vet.

package codes

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"sort"
	"strconv"
	"testing"
)

type compiledRow struct {
	Code     string             `json:"code"`
	Name     string             `json:"name"`
	Message  string             `json:"message"`
	Category *string            `json:"category"`
	Columns  map[string]*string `json:"columns"`
	Messages map[string]string  `json:"messages"`
	Aliases  []string           `json:"aliases"`
	// HelpURL is the help link, nil for none.
	HelpURL *string `json:"help_url"`
	// Explanation is the doc comment, "" for none.
	Explanation string `json:"explanation"`
}

type compiledTable struct {
	Name      string        `json:"name"`
	Languages []string      `json:"languages"`
	Rows      []compiledRow `json:"rows"`
}

// code is what every exported table's type has.
type code interface {
	~int8 | ~int16 | ~int32 | ~int64 | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~string
	String() string
	Message() string
	HelpURL() string
	Explanation() string
}

// table is an exported table's lookups, for check.
type table[C code] struct {
	values   func() []C
	fromCode func(decimal string) (C, bool)
	fromName func(name string) (C, bool)
	category func(C) string
	columns  func(C) map[string]*string
	// For a table with languages: its languages' tags, and a code's message in one.
	languages func() []string
	messageIn func(C, string) string
}

func signed(t *testing.T, decimal string, bits int) int64 {
	number, err := strconv.ParseInt(decimal, 10, bits)
	if err != nil {
		t.Fatalf("%s: %v", decimal, err)
	}
	return number
}

func unsigned(t *testing.T, decimal string, bits int) uint64 {
	number, err := strconv.ParseUint(decimal, 10, bits)
	if err != nil {
		t.Fatalf("%s: %v", decimal, err)
	}
	return number
}

func some(text string) *string {
	return &text
}

func check[C code](t *testing.T, exported table[C], compiled compiledTable) {
	rows := compiled.Rows
	var languages []string
	if exported.languages != nil {
		languages = exported.languages()
	}
	if !reflect.DeepEqual(languages, compiled.Languages) && len(languages)+len(compiled.Languages) > 0 {
		t.Errorf("the languages are %v, the Rust table's %v", languages, compiled.Languages)
	}
	values := exported.values()
	if len(values) != len(rows) {
		t.Fatalf("%d codes, the Rust table has %d rows", len(values), len(rows))
	}
	for index, row := range rows {
		c, ok := exported.fromCode(row.Code)
		if !ok {
			t.Errorf("%s: FromCode finds no code", row.Code)
			continue
		}
		if values[index] != c {
			t.Errorf("%s: Values()[%d] is %v", row.Code, index, values[index])
		}
		if c.String() != row.Name {
			t.Errorf("%s: String() is %q, the Rust name %q", row.Code, c.String(), row.Name)
		}
		if c.Message() != row.Message {
			t.Errorf("%s: Message() is %q, the Rust message %q", row.Code, c.Message(), row.Message)
		}
		helpURL := ""
		if row.HelpURL != nil {
			helpURL = *row.HelpURL
		}
		if c.HelpURL() != helpURL {
			t.Errorf("%s: HelpURL() is %q, the Rust link %q", row.Code, c.HelpURL(), helpURL)
		}
		if c.Explanation() != row.Explanation {
			t.Errorf("%s: Explanation() is %q, the Rust explanation %q", row.Code, c.Explanation(), row.Explanation)
		}
		if byName, ok := exported.fromName(row.Name); !ok || byName != c {
			t.Errorf("%s: FromName(%q) is %v, %v", row.Code, row.Name, byName, ok)
		}
		for _, alias := range row.Aliases {
			if byName, ok := exported.fromName(alias); !ok || byName != c {
				t.Errorf("%s: FromName(%q), of an alias, is %v, %v", row.Code, alias, byName, ok)
			}
		}
		if len(row.Messages) != len(compiled.Languages) {
			t.Errorf("%s: %d messages by language, of %d languages", row.Code, len(row.Messages), len(compiled.Languages))
		}
		for _, language := range compiled.Languages {
			if exported.messageIn == nil {
				t.Errorf("%s: no MessageIn, the Rust table has languages", row.Code)
				break
			}
			if got := exported.messageIn(c, language); got != row.Messages[language] {
				t.Errorf("%s: MessageIn(%s) is %q, the Rust message %q", row.Code, language, got, row.Messages[language])
			}
		}
		category := ""
		if row.Category != nil {
			category = *row.Category
		}
		if exported.category != nil && exported.category(c) != category {
			t.Errorf("%s: Category() is %q, the Rust section %q", row.Code, exported.category(c), category)
		}
		if exported.category == nil && category != "" {
			t.Errorf("%s: no Category(), the Rust section %q", row.Code, category)
		}
		got := map[string]*string{}
		if exported.columns != nil {
			got = exported.columns(c)
		}
		if len(got) != len(row.Columns) {
			t.Errorf("%s: %d columns, the Rust row has %d", row.Code, len(got), len(row.Columns))
		}
		for name, want := range row.Columns {
			value, ok := got[name]
			switch {
			case !ok:
				t.Errorf("%s: no column %s", row.Code, name)
			case (value == nil) != (want == nil) || (value != nil && *value != *want):
				t.Errorf("%s: %s is %v, the Rust value %v", row.Code, name, value, want)
			}
		}
	}
	if _, ok := exported.fromName("NO SUCH NAME"); ok {
		t.Errorf("FromName finds a name the table does not have")
	}
}

func TestAgreesWithRust(t *testing.T) {
	text, err := os.ReadFile(os.Getenv("CODES_ROWS"))
	if err != nil {
		t.Fatalf("CODES_ROWS names the file of the compiled rows: %v", err)
	}
	var compiled struct {
		Tables []compiledTable `json:"tables"`
	}
	if err := json.Unmarshal(text, &compiled); err != nil {
		t.Fatal(err)
	}
	checks := map[string]func(*testing.T, compiledTable){
		"DspError": func(t *testing.T, compiled compiledTable) {
			check(t, table[DspError]{
				values:   DspErrorValues,
				fromCode: func(s string) (DspError, bool) { return DspErrorFromCode(int32(signed(t, s, 32))) },
				fromName: DspErrorFromName,
			}, compiled)
		},
		"DspSdkError": func(t *testing.T, compiled compiledTable) {
			check(t, table[DspSdkError]{
				values:   DspSdkErrorValues,
				fromCode: func(s string) (DspSdkError, bool) { return DspSdkErrorFromCode(int32(signed(t, s, 32))) },
				fromName: DspSdkErrorFromName,
			}, compiled)
		},
		"TransferState": func(t *testing.T, compiled compiledTable) {
			check(t, table[TransferState]{
				values:   TransferStateValues,
				fromCode: func(s string) (TransferState, bool) { return TransferStateFromCode(int32(signed(t, s, 32))) },
				fromName: TransferStateFromName,
			}, compiled)
		},
		"LegacyCosError": func(t *testing.T, compiled compiledTable) {
			check(t, table[LegacyCosError]{
				values:   LegacyCosErrorValues,
				fromCode: func(s string) (LegacyCosError, bool) { return LegacyCosErrorFromCode(int32(signed(t, s, 32))) },
				fromName: LegacyCosErrorFromName,
				category: LegacyCosError.Category,
			}, compiled)
		},
		"DaemonCode": func(t *testing.T, compiled compiledTable) {
			check(t, table[DaemonCode]{
				values:   DaemonCodeValues,
				fromCode: func(s string) (DaemonCode, bool) { return DaemonCodeFromCode(int32(signed(t, s, 32))) },
				fromName: DaemonCodeFromName,
				category: DaemonCode.Category,
			}, compiled)
		},
		"PcsError": func(t *testing.T, compiled compiledTable) {
			check(t, table[PcsError]{
				values:   PcsErrorValues,
				fromCode: func(s string) (PcsError, bool) { return PcsErrorFromCode(int32(signed(t, s, 32))) },
				fromName: PcsErrorFromName,
				columns: func(c PcsError) map[string]*string {
					return map[string]*string{"http": some(strconv.FormatUint(uint64(c.Http()), 10))}
				},
				languages: func() []string { return tags(PcsErrorLanguages()) },
				messageIn: func(c PcsError, tag string) string { return c.MessageIn(PcsErrorLanguage(tag)) },
			}, compiled)
		},
		"CosV4Error": func(t *testing.T, compiled compiledTable) {
			check(t, table[CosV4Error]{
				values:   CosV4ErrorValues,
				fromCode: func(s string) (CosV4Error, bool) { return CosV4ErrorFromCode(int32(signed(t, s, 32))) },
				fromName: CosV4ErrorFromName,
			}, compiled)
		},
		"Tricky": func(t *testing.T, compiled compiledTable) {
			check(t, table[Tricky]{
				values:   TrickyValues,
				fromCode: func(s string) (Tricky, bool) { return TrickyFromCode(signed(t, s, 64)) },
				fromName: TrickyFromName,
				category: Tricky.Category,
				columns: func(c Tricky) map[string]*string {
					columns := map[string]*string{
						"hint":  nil,
						"mark":  some(string(c.Mark())),
						"ratio": some(strconv.FormatFloat(float64(c.Ratio()), 'g', -1, 32)),
						"big":   some(c.Big().String()),
						"flag":  some(strconv.FormatBool(c.Flag())),
						"type":  some(strconv.FormatUint(uint64(c.Type()), 10)),
						"class": some(strconv.FormatInt(int64(c.Class()), 10)),
						"value": nil,
					}
					if hint, ok := c.Hint(); ok {
						columns["hint"] = some(hint)
					}
					if value, ok := c.Value(); ok {
						columns["value"] = some(strconv.FormatUint(uint64(value), 10))
					}
					return columns
				},
			}, compiled)
		},
		"Wide": func(t *testing.T, compiled compiledTable) {
			check(t, table[Wide]{
				values:   WideValues,
				fromCode: func(s string) (Wide, bool) { return WideFromCode(unsigned(t, s, 64)) },
				fromName: WideFromName,
			}, compiled)
		},
		"Curly": func(t *testing.T, compiled compiledTable) {
			check(t, table[Curly]{
				values:   CurlyValues,
				fromCode: func(s string) (Curly, bool) { return CurlyFromCode(int32(signed(t, s, 32))) },
				fromName: CurlyFromName,
				columns: func(c Curly) map[string]*string {
					return map[string]*string{"http": some(strconv.FormatUint(uint64(c.Http()), 10))}
				},
				languages: func() []string { return tags(CurlyLanguages()) },
				messageIn: func(c Curly, tag string) string { return c.MessageIn(CurlyLanguage(tag)) },
			}, compiled)
		},
		"Hresult": func(t *testing.T, compiled compiledTable) {
			check(t, table[Hresult]{
				values:   HresultValues,
				fromCode: func(s string) (Hresult, bool) { return HresultFromCode(uint32(unsigned(t, s, 32))) },
				fromName: HresultFromName,
				category: Hresult.Category,
			}, compiled)
		},
		"Textual": func(t *testing.T, compiled compiledTable) {
			check(t, table[Textual]{
				values:   TextualValues,
				fromCode: TextualFromCode,
				fromName: TextualFromName,
				category: Textual.Category,
				columns: func(c Textual) map[string]*string {
					return map[string]*string{"retry": some(strconv.FormatBool(c.Retry()))}
				},
			}, compiled)
		},
		"SqlState": func(t *testing.T, compiled compiledTable) {
			check(t, table[SqlState]{
				values:   SqlStateValues,
				fromCode: SqlStateFromCode,
				fromName: SqlStateFromName,
				category: SqlState.Category,
				columns: func(c SqlState) map[string]*string {
					return map[string]*string{"condition_name": some(c.ConditionName()), "kind": some(c.Kind())}
				},
			}, compiled)
		},
		"S3Error": func(t *testing.T, compiled compiledTable) {
			check(t, table[S3Error]{
				values:   S3ErrorValues,
				fromCode: S3ErrorFromCode,
				fromName: S3ErrorFromName,
				columns: func(c S3Error) map[string]*string {
					return map[string]*string{"http": some(strconv.FormatUint(uint64(c.Http()), 10))}
				},
			}, compiled)
		},
		"MariaDbServerErrors": func(t *testing.T, compiled compiledTable) {
			check(t, table[MariaDbServerErrors]{
				values: MariaDbServerErrorsValues,
				fromCode: func(s string) (MariaDbServerErrors, bool) {
					return MariaDbServerErrorsFromCode(int32(signed(t, s, 32)))
				},
				fromName: MariaDbServerErrorsFromName,
			}, compiled)
		},
		"Generated": func(t *testing.T, compiled compiledTable) {
			check(t, table[Generated]{
				values:   GeneratedValues,
				fromCode: func(s string) (Generated, bool) { return GeneratedFromCode(int32(signed(t, s, 32))) },
				fromName: GeneratedFromName,
				category: Generated.Category,
				columns: func(c Generated) map[string]*string {
					columns := map[string]*string{
						"http": some(strconv.FormatUint(uint64(c.Http()), 10)),
						"hint": nil,
					}
					if hint, ok := c.Hint(); ok {
						columns["hint"] = some(hint)
					}
					return columns
				},
				languages: func() []string { return tags(GeneratedLanguages()) },
				messageIn: func(c Generated, tag string) string { return c.MessageIn(GeneratedLanguage(tag)) },
			}, compiled)
		},
	}
	var exported, rust []string
	for name := range checks {
		exported = append(exported, name)
	}
	for _, compiled := range compiled.Tables {
		rust = append(rust, compiled.Name)
	}
	sort.Strings(exported)
	sort.Strings(rust)
	if !reflect.DeepEqual(exported, rust) {
		t.Fatalf("the tables checked are %v, the Rust tables %v", exported, rust)
	}
	for _, compiled := range compiled.Tables {
		compiled := compiled
		t.Run(compiled.Name, func(t *testing.T) { checks[compiled.Name](t, compiled) })
	}
}

// tags are languages' tags.
func tags[L ~string](languages []L) []string {
	tags := make([]string, len(languages))
	for i, language := range languages {
		tags[i] = string(language)
	}
	return tags
}

func TestAliasesAreConstantsOfTheirRows(t *testing.T) {
	for _, pair := range []struct {
		alias, row fmt.Stringer
	}{
		{CurlyWouldblock, CurlyAgain},
		{TrickyFine, TrickyOk},
		{TrickyValues_2, TrickyMaximum},
		{TrickyMatch, TrickyType},
		{WideTop, WideMax},
		{HresultENomemory, HresultEOutofmemory},
		{TextualFull, TextualDiskFull},
	} {
		if pair.alias != pair.row {
			t.Errorf("the alias %v is not its row %v", pair.alias, pair.row)
		}
	}
	if got := CurlyWouldblock.String(); got != "E_AGAIN" {
		t.Errorf("an alias's String() is %q, its row's wire name", got)
	}
	if len(CurlyValues()) != 4 {
		t.Errorf("CurlyValues() has %d codes: the aliases are none", len(CurlyValues()))
	}
}

func TestLanguages(t *testing.T) {
	if got := CurlyAgain.MessageIn(CurlyLanguageEn); got != "try again" {
		t.Errorf("MessageIn(en) is %q", got)
	}
	if got := CurlyVanished.MessageIn(CurlyLanguageEn); got != "不见了" {
		t.Errorf("MessageIn(en) of a row without one is %q, not the first language's", got)
	}
	if got := Curly(9).MessageIn(CurlyLanguageEn); got != "" {
		t.Errorf("MessageIn of a number that is no code is %q", got)
	}
}

func TestUnknownCodes(t *testing.T) {
	if _, ok := DaemonCodeFromCode(40000); ok {
		t.Error("40000 is reserved, no code of DaemonCode")
	}
	if got := DaemonCode(40000).String(); got != "DaemonCode(40000)" {
		t.Errorf("String() of an unknown code is %q", got)
	}
	if got := DaemonCode(40000).Message(); got != "" {
		t.Errorf("Message() of an unknown code is %q", got)
	}
	if _, ok := Tricky(12).Hint(); ok {
		t.Error("an unknown code has no hint")
	}
	if got := Tricky(12).Big(); got != nil {
		t.Errorf("Big() of an unknown code is %v", got)
	}
}

func TestStringAndHexCodes(t *testing.T) {
	// A string code is the constant's value, and the type's: no slot stands in for it.
	if SqlStateUniqueViolation != "23505" || string(S3ErrorNoSuchKey) != "NoSuchKey" {
		t.Errorf("the codes are %q and %q", SqlStateUniqueViolation, S3ErrorNoSuchKey)
	}
	if code, ok := SqlStateFromCode("22P02"); !ok || code.String() != "ERRCODE_INVALID_TEXT_REPRESENTATION" {
		t.Errorf("SqlStateFromCode(22P02) is %v, %v", code, ok)
	}
	if code, ok := SqlStateFromCode("0"); ok {
		t.Errorf("a row's slot is no code: SqlStateFromCode(0) is %v", code)
	}
	if got := SqlState("99999").String(); got != `SqlState("99999")` {
		t.Errorf("String() of an unknown code is %s", got)
	}
	if got := SqlState("99999").Message(); got != "" {
		t.Errorf("Message() of an unknown code is %q", got)
	}
	if code, ok := TextualFromCode(`say "hi" \`); !ok || code != TextualQuoted {
		t.Errorf("a code with a quote and a backslash: %v, %v", code, ok)
	}
	if code, ok := TextualFromCode("__proto__"); !ok || code.Message() != "a key an object literal takes as its prototype" {
		t.Errorf("__proto__: %v, %v", code, ok)
	}
	// Codes written in hex are the numbers.
	if HresultENotimpl != 2147500033 || HresultELast != 1<<32-1 {
		t.Errorf("the hex codes are %d and %d", HresultENotimpl, HresultELast)
	}
}
