// envdrift compares the staging and production env files and reports keys that drifted apart.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	staging := mustRead("config/staging.env")
	production := mustRead("config/production.env")

	var missing, differ []string
	for key, value := range staging {
		other, ok := production[key]
		switch {
		case !ok:
			missing = append(missing, key)
		case other != value && !strings.HasSuffix(key, "_URL"):
			differ = append(differ, key)
		}
	}
	sort.Strings(missing)
	sort.Strings(differ)
	fmt.Printf("envdrift: %d keys in staging, missing in production: %s; different: %s\n",
		len(staging), strings.Join(missing, ","), strings.Join(differ, ","))
}

func mustRead(path string) map[string]string {
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	values := map[string]string{}
	scanner := bufio.NewScanner(f)
	for scanner.Scan() {
		line := strings.TrimSpace(scanner.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, value, _ := strings.Cut(line, "=")
		values[strings.TrimSpace(key)] = strings.Trim(strings.TrimSpace(value), `"`)
	}
	return values
}
