package main

import (
	"fmt"
	"runtime"
	"strings"
)

func main() {
	words := strings.Fields("lean images ship faster")
	fmt.Printf("go-app: hello from Go (%d words, %s)\n", len(words), runtime.GOOS)
}
