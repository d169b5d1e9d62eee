#!/usr/bin/env bash
# The stand-ins' /__cacert_entrypoint.sh (adoptium/containers entrypoint.sh): with USE_SYSTEM_CA_CERTS set, the
# system CA certificates (and /certificates/*.crt) are added to the JVM trust store; JRE_CACERTS_PATH is exported
# and the command runs as given.
set -e
JRE_CACERTS_PATH="$JAVA_HOME/lib/security/cacerts"
if [ -n "${USE_SYSTEM_CA_CERTS:-}" ]; then
    if [ ! -w "$JRE_CACERTS_PATH" ]; then
        copy="$(mktemp)"; cp "$JRE_CACERTS_PATH" "$copy"; JRE_CACERTS_PATH="$copy"
        export JAVA_TOOL_OPTIONS="${JAVA_TOOL_OPTIONS:-} -Djavax.net.ssl.trustStore=$copy -Djavax.net.ssl.trustStorePassword=changeit"
    fi
    for crt in /etc/ssl/certs/ca-certificates.crt /certificates/*.crt; do
        [ -f "$crt" ] || continue
        keytool -importcert -noprompt -trustcacerts -alias "dockwright-$(basename "$crt")" -file "$crt" \
            -keystore "$JRE_CACERTS_PATH" -storepass changeit >/dev/null 2>&1 || true
    done
fi
export JRE_CACERTS_PATH
exec "$@"
