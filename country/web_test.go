package country

import "testing"

func TestAddressMention(t *testing.T) {
	tests := []struct {
		address, want string // want "" for no country
	}{
		{"https://www.kaust.edu.sa", "SA"},
		{"https://tu.edu.np/", "NP"},
		{"http://www.ox.ac.uk/admissions", "GB"},
		{"www.uni-heidelberg.de", "DE"},
		{"https://www.u-tokyo.ac.jp:443/en/", "JP"},
		{"HTTPS://WWW.UNAM.MX", "MX"},
		{"https://www.mit.edu", ""},       // generic
		{"https://example.com", ""},       // generic
		{"https://startup.io", ""},        // a code sold as generic
		{"https://www.unal.edu.co", "CO"}, // .co is sold as generic, but not under edu
		{"https://startup.co", ""},
		{"https://edu.co", ""}, // the second level alone
		{"https://ac.io", ""},
		{"https://uni.xx", ""}, // no such country
		{"not an address", ""},
		{"", ""},
		{".de", ""},
	}
	for _, tt := range tests {
		m, ok := AddressMention(tt.address)
		if got := m.Country.Code; got != tt.want || ok != (tt.want != "") {
			t.Errorf("AddressMention(%q) = %q, %v; want %q", tt.address, got, ok, tt.want)
		}
		if ok && m.Weight != hintAddress {
			t.Errorf("AddressMention(%q) weighs %v, want %v", tt.address, m.Weight, hintAddress)
		}
	}
}

// TestErasmusMention reads the country prefix of Erasmus institution
// codes, which is not always the ISO code, and nothing else.
func TestErasmusMention(t *testing.T) {
	for code, want := range map[string]string{
		"D  BAMBERG01": "DE", "SF VAASA01": "FI", "E MADRID03": "ES", "UK LONDON029": "GB",
		"IRL DUBLIN01": "IE", "G THESSAL02": "GR", "BG BLAGOEV02": "BG", "F CLERMON-FERRAND": "",
		"TR ANKARA01": "TR", "I MILANO01": "IT", "S STOCKHO01": "SE",
		"MOU 2023": "", "A 12": "", "ST10,LT": "", "D bamberg01": "", "XX PARIS01": "", "D BAMBERG1": "",
		"Universität Bamberg": "", "": "",
	} {
		m, ok := ErasmusMention(code)
		if got := m.Country.Code; got != want || ok != (want != "") {
			t.Errorf("ErasmusMention(%q) = %q, %v; want %q", code, got, ok, want)
		}
	}
}
