/* feedstat: summarises an Atom feed (entries, podcast enclosures, newest update). */
#include <stdio.h>
#include <libxml/parser.h>
#include "entries.h"

int main(int argc, char **argv)
{
    const char *path = argc > 1 ? argv[1] : "data/feed.xml";
    LIBXML_TEST_VERSION

    xmlDocPtr doc = xmlReadFile(path, NULL, XML_PARSE_NONET);
    if (!doc) {
        fprintf(stderr, "feedstat: cannot parse %s\n", path);
        return 1;
    }
    struct feed_stats stats;
    if (collect_entries(doc, &stats) != 0) {
        fprintf(stderr, "feedstat: xpath failed\n");
        return 1;
    }
    printf("feedstat: %d entries, %d with audio, newest %s (libxml2 %s)\n",
           stats.entries, stats.with_enclosure, stats.newest, LIBXML_DOTTED_VERSION);
    xmlFreeDoc(doc);
    xmlCleanupParser();
    return 0;
}
