package main

/*
#include <stdlib.h>
*/
import "C"

import "fmt"

func main() {
	fmt.Printf("shape-go-cgo: abs(-42) = %d from the C library\n", int(C.abs(-42)))
}
