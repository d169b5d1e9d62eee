# Sourced by scripts that open the window on a private X server (bench/, packaging/).
#   private_xvfb DIR     starts Xvfb on a free display (1400x900x24) and exports DISPLAY; returns non-zero if it
#                        did not come up within 10 s. When the script exits, the app whose process id it keeps
#                        in APP_PID (if any) and Xvfb are stopped and DIR is removed.
# -noreset: by default an X server resets when its last client leaves, and a client connecting during the reset
# (the next app started right after the last one was stopped) fails with "cannot open display".
private_xvfb() {
  XVFB_DIR=$1
  trap _private_xvfb_cleanup EXIT
  Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp -noreset 3>"$XVFB_DIR/display" >/dev/null 2>&1 &
  XVFB_PID=$!
  for _ in $(seq 100); do [ -s "$XVFB_DIR/display" ] && break; sleep 0.1; done
  [ -s "$XVFB_DIR/display" ] || return 1
  export DISPLAY=:$(head -1 "$XVFB_DIR/display")
}

_private_xvfb_cleanup() {
  # each step may fail (the app already gone): under set -e a failing last command would end the trap early
  if [ -n "${APP_PID:-}" ]; then kill "$APP_PID" 2>/dev/null || true; fi
  kill "$XVFB_PID" 2>/dev/null || true
  rm -rf "$XVFB_DIR"
}
