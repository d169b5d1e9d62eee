package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
)

func main() {
	greeting, err := os.ReadFile("greeting.txt")
	if err != nil {
		fmt.Println("no greeting:", err)
		os.Exit(1)
	}
	page, err := http.Dir("static").Open("index.html")
	if err != nil {
		fmt.Println("no page:", err)
		os.Exit(1)
	}
	body, _ := io.ReadAll(page)
	fmt.Printf("shape-go-no-workdir: %s, serving %s\n", strings.TrimSpace(string(greeting)), strings.TrimSpace(string(body)))
}
