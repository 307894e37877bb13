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
