// tally loads a day of page views into SQLite and prints the busiest page.
package main

import (
	"fmt"
	"log"
	"strings"
)

var views = []struct {
	page string
	hits int
}{
	{"/", 120}, {"/pricing", 45}, {"/docs", 300}, {"/docs", 75}, {"/blog", 60}, {"/pricing", 5},
}

func main() {
	db, err := Open(":memory:")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	stmts := []string{"CREATE TABLE views(page TEXT NOT NULL, hits INTEGER NOT NULL)"}
	for _, v := range views {
		stmts = append(stmts, fmt.Sprintf("INSERT INTO views VALUES('%s', %d)", v.page, v.hits))
	}
	if _, err := db.Scalar(strings.Join(stmts, ";")); err != nil {
		log.Fatal(err)
	}
	top, err := db.Scalar("SELECT page || ' ' || SUM(hits) FROM views GROUP BY page ORDER BY SUM(hits) DESC LIMIT 1")
	if err != nil {
		log.Fatal(err)
	}
	total, _ := db.Scalar("SELECT SUM(hits) FROM views")
	fmt.Printf("tally: %s views in total, busiest %s (cgo, sqlite %s)\n", total, top, strings.SplitN(Version(), ".", 2)[0])
}
