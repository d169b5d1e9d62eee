// assetsum prints a content digest of the asset folder, as the CDN purge job compares it with the last deploy.
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
)

func main() {
	root := "assets"
	if len(os.Args) > 1 {
		root = os.Args[1]
	}
	var files []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "assetsum:", err)
		os.Exit(1)
	}
	sort.Strings(files)
	all := sha256.New()
	var bytes int64
	for _, p := range files {
		f, err := os.Open(p)
		if err != nil {
			fmt.Fprintln(os.Stderr, "assetsum:", err)
			os.Exit(1)
		}
		one := sha256.New()
		n, _ := io.Copy(one, f)
		f.Close()
		bytes += n
		fmt.Fprintf(all, "%s %x\n", filepath.ToSlash(p), one.Sum(nil))
	}
	fmt.Printf("assetsum: %d files, %d bytes, digest %s\n", len(files), bytes, hex.EncodeToString(all.Sum(nil))[:16])
}
