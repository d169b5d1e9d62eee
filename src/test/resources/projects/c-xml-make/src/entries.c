#include <string.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include "entries.h"

static xmlXPathObjectPtr query(xmlXPathContextPtr ctx, const char *expr)
{
    return xmlXPathEvalExpression((const xmlChar *)expr, ctx);
}

int collect_entries(xmlDocPtr doc, struct feed_stats *out)
{
    xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
    if (!ctx)
        return -1;
    xmlXPathRegisterNs(ctx, (const xmlChar *)"a", (const xmlChar *)"http://www.w3.org/2005/Atom");

    xmlXPathObjectPtr all = query(ctx, "//a:entry");
    xmlXPathObjectPtr enc = query(ctx, "//a:entry[a:link[@rel='enclosure']]");
    xmlXPathObjectPtr upd = query(ctx, "//a:entry/a:updated");
    memset(out, 0, sizeof(*out));
    out->entries = all && all->nodesetval ? all->nodesetval->nodeNr : 0;
    out->with_enclosure = enc && enc->nodesetval ? enc->nodesetval->nodeNr : 0;
    if (upd && upd->nodesetval) {
        for (int i = 0; i < upd->nodesetval->nodeNr; i++) {
            xmlChar *text = xmlNodeGetContent(upd->nodesetval->nodeTab[i]);
            /* ISO 8601 timestamps in one zone compare as strings */
            if (strcmp((const char *)text, out->newest) > 0)
                strncpy(out->newest, (const char *)text, sizeof(out->newest) - 1);
            xmlFree(text);
        }
    }
    xmlXPathFreeObject(all);
    xmlXPathFreeObject(enc);
    xmlXPathFreeObject(upd);
    xmlXPathFreeContext(ctx);
    return 0;
}
