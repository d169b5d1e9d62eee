# Sourced by scripts that open the window on a private X server (bench/, packaging/).
#   private_xvfb DIR     starts Xvfb on a free display (1400x900x24), exports DISPLAY and sets XVFB_PID;
#                        returns non-zero if it did not come up within 10 s. The caller kills $XVFB_PID.
private_xvfb() {
  local dir=$1
  Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$dir/display" >/dev/null 2>&1 &
  XVFB_PID=$!
  for _ in $(seq 100); do [ -s "$dir/display" ] && break; sleep 0.1; done
  [ -s "$dir/display" ] || return 1
  export DISPLAY=:$(head -1 "$dir/display")
}
