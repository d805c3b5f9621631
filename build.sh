#!/usr/bin/env bash
# The two entry points of the repository:
#   ./build.sh run    build the SDK and run the quickstart
#   ./build.sh test   build everything and run every test suite
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

case "${1:-}" in
  run)
    dotnet run --project samples/KlingGen.Quickstart -c Release
    ;;
  test)
    dotnet build KlingGen.sln -c Release
    log="$(mktemp)"
    status=0
    dotnet test KlingGen.sln -c Release --no-build 2>&1 | tee "$log" || status=$?
    # One closing line for the whole run, summed over the test assemblies.
    awk '/(Passed|Failed)! +- +Failed: /{
           for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1)); if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
         } END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
    rm -f "$log"
    exit "$status"
    ;;
  *)
    echo "usage: ./build.sh run | test" >&2
    exit 2
    ;;
esac
