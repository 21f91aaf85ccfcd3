// SPDX-License-Identifier: MIT
// Our line differ as a command, the counterpart of `diff OLD NEW`: reads both files, computes the
// complete edit script and writes it as a unified diff on stdout.

#include "linediff.h"

#include <QString>

#include <cstdio>
#include <fstream>
#include <string>

namespace {

std::string readAll(const char *path)
{
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    std::string bytes(std::size_t(in.tellg()), '\0');
    in.seekg(0);
    in.read(bytes.data(), std::streamsize(bytes.size()));
    return bytes;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: agm-linediff-run OLD NEW\n");
        return 2;
    }
    const std::string patch = agm::unifiedDiff(readAll(argv[1]), readAll(argv[2]), QString::fromLocal8Bit(argv[1]),
                                               QString::fromLocal8Bit(argv[2]));
    std::fwrite(patch.data(), 1, patch.size(), stdout);
    return patch.empty() ? 0 : 1;
}
