#ifndef FEEDSTAT_ENTRIES_H
#define FEEDSTAT_ENTRIES_H

#include <libxml/tree.h>

struct feed_stats {
    int entries;
    int with_enclosure;
    char newest[32];
};

/* Walks an Atom document and fills the stats; returns 0 on success. */
int collect_entries(xmlDocPtr doc, struct feed_stats *out);

#endif
