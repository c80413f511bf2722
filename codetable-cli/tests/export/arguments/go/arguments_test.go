// The Go export's argument functions agree with the Rust tables on every row with arguments:
// codes.go is `codes export --format go` of tests/export/arguments.rs and of MariaDB's
// imported table, the file named by CODES_ARGS what the compiled Rust tables build (`cargo run
// -p codetable-cli --example compiled_args`). Each case is formatted twice: by the row's typed
// function, called with values of its parameters' types, and by Format from the values as
// strings; both must write what Rust writes, in every language. Run by
// scripts/export-check.sh, after gofmt and go vet.

package codes

import (
	"encoding/json"
	"math"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

type compiledArg struct {
	Name  string `json:"name"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

type compiledCase struct {
	Code     string            `json:"code"`
	Variant  string            `json:"variant"`
	Args     []compiledArg     `json:"args"`
	Message  string            `json:"message"`
	Messages map[string]string `json:"messages"`
}

type compiledTable struct {
	Name      string         `json:"name"`
	Languages []string       `json:"languages"`
	Cases     []compiledCase `json:"cases"`
}

// argTables are the exported tables' structs of argument functions, by table.
var argTables = map[string]any{
	"Formats":       FormatsArgs,
	"Wide":          WideArgs,
	"Named":         NamedArgs,
	"MariaDbErrors": MariaDbErrorsArgs,
}

func compiled(t *testing.T) []compiledTable {
	path := os.Getenv("CODES_ARGS")
	if path == "" {
		t.Fatal("CODES_ARGS names the file of the compiled rows with arguments")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var read struct {
		Tables []compiledTable `json:"tables"`
	}
	if err := json.Unmarshal(data, &read); err != nil {
		t.Fatal(err)
	}
	return read.Tables
}

// typed is a value as a parameter of type ty takes it, read from Rust's Display of it.
func typed(t *testing.T, ty reflect.Type, rust string, text string) reflect.Value {
	value := reflect.New(ty).Elem()
	switch {
	case rust == "char":
		runes := []rune(text)
		if len(runes) != 1 {
			t.Fatalf("char %q", text)
		}
		value.SetInt(int64(runes[0]))
	case ty.Kind() == reflect.String:
		value.SetString(text)
	case ty.Kind() == reflect.Bool:
		value.SetBool(text == "true")
	case ty.Kind() == reflect.Float64:
		number, err := strconv.ParseFloat(text, 64)
		if err != nil {
			t.Fatal(err)
		}
		value.SetFloat(number)
	case value.CanInt():
		number, err := strconv.ParseInt(text, 10, 64)
		if err != nil {
			t.Fatal(err)
		}
		value.SetInt(number)
	default:
		number, err := strconv.ParseUint(text, 10, 64)
		if err != nil {
			t.Fatal(err)
		}
		value.SetUint(number)
	}
	return value
}

func TestEveryRowWithArgumentsAgrees(t *testing.T) {
	tables := compiled(t)
	if len(tables) != len(argTables) {
		t.Fatalf("%d tables with arguments on the Rust side, %d here", len(tables), len(argTables))
	}
	for _, table := range tables {
		functions := reflect.ValueOf(argTables[table.Name])
		if !functions.IsValid() {
			t.Fatalf("no %sArgs", table.Name)
		}
		format := functions.FieldByName("Format")
		codeType := format.Type().In(0)
		languages := table.Languages
		if len(languages) == 0 {
			languages = []string{""}
		}
		for _, c := range table.Cases {
			fn := functions.FieldByName(c.Variant)
			if !fn.IsValid() {
				t.Fatalf("%s: no function %s", table.Name, c.Variant)
			}
			strings := map[string]string{}
			for _, arg := range c.Args {
				strings[arg.Name] = arg.Value
			}
			code := reflect.New(codeType).Elem()
			if code.Kind() == reflect.String {
				// A string code as it is.
				code.SetString(c.Code)
			} else if code.CanInt() {
				number, _ := strconv.ParseInt(c.Code, 10, 64)
				code.SetInt(number)
			} else {
				number, _ := strconv.ParseUint(c.Code, 10, 64)
				code.SetUint(number)
			}
			for _, language := range languages {
				want := c.Message
				var values, formatArgs []reflect.Value
				formatArgs = append(formatArgs, code)
				if language != "" {
					want = c.Messages[language]
					tag := reflect.ValueOf(language).Convert(fn.Type().In(0))
					values = append(values, tag)
					formatArgs = append(formatArgs, tag)
				}
				offset := len(values)
				for index, arg := range c.Args {
					values = append(values, typed(t, fn.Type().In(offset+index), arg.Type, arg.Value))
				}
				if got := fn.Call(values)[0].String(); got != want {
					t.Errorf("%s %s in %q: %q, Rust %q", table.Name, c.Code, language, got, want)
				}
				formatArgs = append(formatArgs, reflect.ValueOf(strings))
				out := format.Call(formatArgs)
				got, ok, err := out[0].String(), out[1].Bool(), out[2].Interface()
				if !ok || err != nil || got != want {
					t.Errorf("%s %s in %q from strings: %q %v %v, Rust %q", table.Name, c.Code, language, got, ok, err, want)
				}
			}
		}
	}
}

func TestFormatSaysWhatIsWrong(t *testing.T) {
	if _, ok, err := FormatsArgs.Format(FormatsPlain, FormatsLanguageEn, nil); ok || err != nil {
		t.Errorf("a code without arguments: ok %v, err %v", ok, err)
	}
	if _, ok, err := FormatsArgs.Format(FormatsFloat, FormatsLanguageEn, map[string]string{}); !ok || err == nil || err.Error() != "no argument `value`" {
		t.Errorf("a missing argument: ok %v, err %v", ok, err)
	}
	bad := map[string]string{"a": "128", "b": "0", "c": "0", "d": "0", "e": "0"}
	if _, _, err := FormatsArgs.Format(FormatsSigned, FormatsLanguageEn, bad); err == nil || !strings.Contains(err.Error(), "is no i8") {
		t.Errorf("an i8 of 128: %v", err)
	}
	if _, _, err := FormatsArgs.Format(FormatsOthers, FormatsLanguageEn, map[string]string{"flag": "yes", "letter": "x"}); err == nil {
		t.Error("a bool of yes")
	}
	if got := FormatsArgs.Float(FormatsLanguageZh, math.Inf(-1)); got != "值 -infeeeee" {
		t.Errorf("-inf in zh: %q", got)
	}
	if got := MariaDbErrorsArgs.ErNoSuchTable(MariaDbErrorsLanguageZh, "shop", "orders"); got != "表 'shop.orders' 不存在" {
		t.Errorf("1146 in zh: %q", got)
	}
	// A table of string codes: the code itself, not a row's place.
	if got, ok, err := NamedArgs.Format(NamedSaid, map[string]string{"who": "he"}); !ok || err != nil || got != `he said "hi"` {
		t.Errorf("a string code from strings: %q %v %v", got, ok, err)
	}
	if _, ok, _ := NamedArgs.Format(Named("NoSuchCode"), nil); ok {
		t.Error("a string that is no code")
	}
}
