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
    dotnet test KlingGen.sln -c Release --no-build
    ;;
  *)
    echo "usage: ./build.sh run | test" >&2
    exit 2
    ;;
esac
