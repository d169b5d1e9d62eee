/*
 * schedlint: reads an on-call schedule (YAML) with libyaml's event parser and reports
 * shifts, people and gaps. Only the subset the schedule format uses is understood:
 * a top-level "shifts" sequence of mappings with "who", "from" and "to" (hours).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#define MAX_SHIFTS 64

struct shift { char who[32]; int from, to; };

static int cmp_shift(const void *a, const void *b)
{
    return ((const struct shift *)a)->from - ((const struct shift *)b)->from;
}

int main(int argc, char **argv)
{
    const char *path = argc > 1 ? argv[1] : "/etc/schedlint/schedule.yaml";
    FILE *in = fopen(path, "rb");
    if (!in) { perror(path); return 2; }

    yaml_parser_t parser;
    yaml_event_t event;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_file(&parser, in);

    struct shift shifts[MAX_SHIFTS];
    int n = 0, depth = 0, done = 0;
    char key[32] = "";
    while (!done) {
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "%s:%zu: %s\n", path, parser.problem_mark.line + 1, parser.problem);
            return 1;
        }
        switch (event.type) {
        case YAML_MAPPING_START_EVENT:
            if (++depth == 2 && n < MAX_SHIFTS) memset(&shifts[n], 0, sizeof shifts[n]);
            break;
        case YAML_MAPPING_END_EVENT:
            if (depth-- == 2) n++;
            break;
        case YAML_SCALAR_EVENT: {
            const char *v = (const char *)event.data.scalar.value;
            if (depth == 2 && !key[0]) { snprintf(key, sizeof key, "%s", v); break; }
            if (depth == 2) {
                if (!strcmp(key, "who")) snprintf(shifts[n].who, sizeof shifts[n].who, "%s", v);
                else if (!strcmp(key, "from")) shifts[n].from = atoi(v);
                else if (!strcmp(key, "to")) shifts[n].to = atoi(v);
                key[0] = '\0';
            }
            break;
        }
        case YAML_STREAM_END_EVENT:
            done = 1;
            break;
        default:
            break;
        }
        yaml_event_delete(&event);
    }
    yaml_parser_delete(&parser);
    fclose(in);

    qsort(shifts, n, sizeof shifts[0], cmp_shift);
    int gaps = 0, covered = 0, end = 0;
    for (int i = 0; i < n; i++) {
        if (shifts[i].from > end) gaps++;
        covered += shifts[i].to - shifts[i].from;
        if (shifts[i].to > end) end = shifts[i].to;
    }
    if (end < 168) gaps++;
    printf("schedlint: %d shifts, %d of 168 hours covered, %d gaps (libyaml %s)\n", n, covered, gaps,
           yaml_get_version_string());
    return gaps ? 1 : 0;
}
