package agreements

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestDiagnosticCodes checks that every sentinel of the package, found in
// its source so that a new one cannot be forgotten, has a code of its
// own, in snake_case, listed in the sentinels' documentation.
func TestDiagnosticCodes(t *testing.T) {
	names := sentinelNames(t)
	if len(names) < len(sentinelCodes) {
		t.Fatalf("found %d sentinels in the source, the table has %d", len(names), len(sentinelCodes))
	}
	doc, err := os.ReadFile("errors.go")
	if err != nil {
		t.Fatal(err)
	}
	snake := regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)
	seen := map[string]bool{codeNote: true, codeOther: true}
	for _, s := range sentinelCodes {
		if !snake.MatchString(s.code) {
			t.Errorf("code %q is not snake_case", s.code)
		}
		if seen[s.code] {
			t.Errorf("code %q given twice", s.code)
		}
		seen[s.code] = true
		d := Diagnostic{Err: fmt.Errorf("wrapped: %w", s.err)}
		if got := d.Code(); got != s.code {
			t.Errorf("Code() of a diagnostic wrapping %v = %q, want %q", s.err, got, s.code)
		}
		if !regexp.MustCompile(`(?m)^//\t` + s.code + `\s+Err\w+\s`).Match(doc) {
			t.Errorf("code %q is not in the table of errors.go", s.code)
		}
	}
	for _, name := range names {
		found := false
		for _, s := range sentinelCodes {
			if regexp.MustCompile(`(?m)^//\t` + s.code + `\s+` + name + `\s`).Match(doc) {
				found = true
			}
		}
		if !found {
			t.Errorf("sentinel %s has no code in sentinelCodes and the table of errors.go", name)
		}
	}
	if got := (Diagnostic{}).Code(); got != "note" {
		t.Errorf("Code() without Err = %q, want note", got)
	}
	if got := (Diagnostic{Err: errors.New("something else")}).Code(); got != "other" {
		t.Errorf("Code() of another error = %q, want other", got)
	}
}

// sentinelNames returns the names of the package-level variables named
// Err... in the package's non-test source files.
func sentinelNames(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range file.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, spec := range gd.Specs {
				for _, id := range spec.(*ast.ValueSpec).Names {
					if strings.HasPrefix(id.Name, "Err") && id.IsExported() {
						names = append(names, id.Name)
					}
				}
			}
		}
	}
	return names
}
