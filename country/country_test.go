package country

import (
	"encoding/json"
	"testing"
)

// TestCountryText checks that a Country is its code as text, so that it
// can key a JSON object, and reads back from it.
func TestCountryText(t *testing.T) {
	m := map[Country]int{ByCode("TH"): 2, {}: 1}
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"":1,"TH":2}`; string(b) != want {
		t.Errorf("json.Marshal = %s, want %s", b, want)
	}
	var back map[Country]int
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back[ByCode("TH")] != 2 || back[Country{}] != 1 || len(back) != 2 {
		t.Errorf("read back %v", back)
	}
	var c Country
	if err := c.UnmarshalText([]byte("xx")); err == nil {
		t.Errorf("UnmarshalText(xx) = %v, want an error", c)
	}
	if err := c.UnmarshalText([]byte("jp")); err != nil || c.Name != "Japan" {
		t.Errorf("UnmarshalText(jp) = %v, %v", c, err)
	}
}
