/*
 * mirrorcheck MANIFEST
 * Each manifest line is "URL SIZE". Every URL is fetched with libcurl (any scheme it supports; the
 * container checks the local mirror through file://) and its size compared with the manifest.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <curl/curl.h>

static size_t count_bytes(char *data, size_t size, size_t nmemb, void *user)
{
    (void)data;
    *(curl_off_t *)user += (curl_off_t)(size * nmemb);
    return size * nmemb;
}

static int check(CURL *curl, const char *url, long expected, char *host, size_t host_len)
{
    CURLU *parsed = curl_url();
    char *scheme = NULL;
    if (curl_url_set(parsed, CURLUPART_URL, url, 0) == CURLUE_OK
        && curl_url_get(parsed, CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK) {
        snprintf(host, host_len, "%s", scheme);
        curl_free(scheme);
    }
    curl_url_cleanup(parsed);

    curl_off_t got = 0;
    curl_easy_setopt(curl, CURLOPT_URL, url);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, count_bytes);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &got);
    CURLcode rc = curl_easy_perform(curl);
    if (rc != CURLE_OK) {
        fprintf(stderr, "mirrorcheck: %s: %s\n", url, curl_easy_strerror(rc));
        return 0;
    }
    return got == expected;
}

int main(int argc, char **argv)
{
    FILE *manifest = fopen(argc > 1 ? argv[1] : "manifest.txt", "r");
    if (!manifest) {
        perror("mirrorcheck");
        return 2;
    }
    curl_global_init(CURL_GLOBAL_DEFAULT);
    CURL *curl = curl_easy_init();
    char url[1024], scheme[16] = "";
    long size;
    int ok = 0, total = 0;
    while (fscanf(manifest, "%1023s %ld", url, &size) == 2) {
        total++;
        ok += check(curl, url, size, scheme, sizeof scheme);
    }
    fclose(manifest);
    curl_easy_cleanup(curl);

    curl_version_info_data *info = curl_version_info(CURLVERSION_NOW);
    printf("mirrorcheck: %d/%d files match over %s (libcurl %d, %s)\n", ok, total, scheme,
           (int)(info->version_num >> 16), info->ssl_version ? "with TLS" : "no TLS");
    curl_global_cleanup();
    return ok == total ? 0 : 1;
}
