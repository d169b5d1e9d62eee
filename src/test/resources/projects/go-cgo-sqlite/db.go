package main

/*
#cgo LDFLAGS: -lsqlite3
#include <sqlite3.h>
#include <stdlib.h>

// One-column queries are all tally needs; the callback copies the first column of the last row.
static int copy_first(void *out, int n, char **values, char **names) {
	char **dst = (char **)out;
	free(*dst);
	*dst = values[0] ? sqlite3_mprintf("%s", values[0]) : NULL;
	return 0;
}

static int exec_scalar(sqlite3 *db, const char *sql, char **result, char **err) {
	return sqlite3_exec(db, sql, copy_first, result, err);
}
*/
import "C"

import (
	"fmt"
	"unsafe"
)

type DB struct{ handle *C.sqlite3 }

func Open(path string) (*DB, error) {
	cpath := C.CString(path)
	defer C.free(unsafe.Pointer(cpath))
	var h *C.sqlite3
	if rc := C.sqlite3_open(cpath, &h); rc != C.SQLITE_OK {
		return nil, fmt.Errorf("sqlite3_open: %d", int(rc))
	}
	return &DB{h}, nil
}

// Scalar runs sql and returns the first column of the last row ("" when there is none).
func (db *DB) Scalar(sql string) (string, error) {
	csql := C.CString(sql)
	defer C.free(unsafe.Pointer(csql))
	var result, errmsg *C.char
	if rc := C.exec_scalar(db.handle, csql, &result, &errmsg); rc != C.SQLITE_OK {
		defer C.sqlite3_free(unsafe.Pointer(errmsg))
		return "", fmt.Errorf("%s: %s", sql, C.GoString(errmsg))
	}
	if result == nil {
		return "", nil
	}
	defer C.sqlite3_free(unsafe.Pointer(result))
	return C.GoString(result), nil
}

func (db *DB) Close() { C.sqlite3_close(db.handle) }

func Version() string { return C.GoString(C.sqlite3_libversion()) }
