#include <stdio.h>
#include "greet.h"

const char *greeting(const char *who) {
    static char buf[128];
    snprintf(buf, sizeof buf, "%s: hello from C (sum 1..100 = %d)", who, 5050);
    return buf;
}
