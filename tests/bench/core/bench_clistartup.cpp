// SPDX-License-Identifier: MIT
// Start-up of the headless commands (issue 16): `--version`, `migrate --offline` of a tiny gateway
// file (the diff goes to /dev/null) and `tags --offline`, each against agm-qtcore-version (a Qt Core
// program built in the same tree that prints its version), as child processes in turn. What
// separates them is the libraries the program loads and relocates before main(): a headless
// command that loads the wizard's Qt Widgets, Qt Gui and KSyntaxHighlighting pays for them on
// every call a CI script makes. Usage: agm-bench-cli-startup [PROGRAM] (default: this tree's
// apim-gateway-migrator; another build's, to compare before and after).

#include "benchutil.h"

#include <cstdio>
#include <cstdlib>

using namespace agmbench;

namespace {

void compareStartup(const std::string &id, const std::vector<std::string> &command, int runs)
{
    const Comparison c = compare(command, {AGM_QTCORE_VERSION_PATH}, runs);
    if (!c.ok) {
        std::fprintf(stderr, "startup.cli.%s: could not measure\n", id.c_str());
        std::exit(2);
    }
    std::fprintf(stderr, "startup.cli.%s: peak RSS %.1f MiB, reference %.1f MiB\n", id.c_str(), c.oursMiB, c.refMiB);
    figure("startup.cli." + id + ".time", c.oursSeconds * 1000, "ms", "Qt Core --version", c.refSeconds * 1000, "ratio<=1.5");
}

} // namespace

int main(int argc, char *argv[])
{
    const std::string program = argc > 1 ? argv[1] : AGM_APP_PATH;
    // The tag cache and settings of the operator stay out of the measurement (and untouched).
    const std::filesystem::path dir = scratchDir("cli-startup");
    setenv("XDG_CACHE_HOME", (dir / "cache").c_str(), 1);
    setenv("XDG_CONFIG_HOME", (dir / "config").c_str(), 1);
    const std::string tiny = AGM_TEST_DATA "/golden/k8s-portal-v1/input/gateway.yaml";
    const int runs = runCount(21); // a few milliseconds each: many runs are cheap
    compareStartup("version", {program, "--version"}, runs);
    compareStartup("migrate-offline", {program, "migrate", "--offline", tiny}, runs);
    compareStartup("tags-offline", {program, "tags", "--offline"}, runs);
    return 0;
}
