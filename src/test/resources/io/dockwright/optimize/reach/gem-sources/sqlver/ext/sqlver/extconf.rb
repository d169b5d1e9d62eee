require "mkmf"

abort "libsqlite3 is missing" unless have_library("sqlite3", "sqlite3_libversion", "sqlite3.h")
create_makefile("sqlver/sqlver")
