/* Sqlver.version: the version string of the SQLite library the extension is linked with. */
#include <ruby.h>
#include <sqlite3.h>

static VALUE version(VALUE self) { return rb_str_new_cstr(sqlite3_libversion()); }

void Init_sqlver(void) {
    VALUE mod = rb_define_module("Sqlver");
    rb_define_module_function(mod, "version", version, 0);
}
