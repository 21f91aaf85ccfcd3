// SPDX-License-Identifier: MIT
// Our line differ as a command, the counterpart of `diff OLD NEW`: reads both files, computes the
// complete edit script and writes it as a unified diff on stdout.

#include "linediff.h"

#include <QString>

#include <cstdio>
#include <string>

namespace {

std::string readAll(const char *path)
{
    std::FILE *file = std::fopen(path, "rb");
    std::string bytes;
    if (!file)
        return bytes;
    std::fseek(file, 0, SEEK_END);
    bytes.resize(std::size_t(std::ftell(file)));
    std::fseek(file, 0, SEEK_SET);
    bytes.resize(std::fread(bytes.data(), 1, bytes.size(), file));
    std::fclose(file);
    return bytes;
    char buffer[1 << 16];
    for (std::size_t got; (got = std::fread(buffer, 1, sizeof buffer, file)) > 0;)
        bytes.append(buffer, got);
    std::fclose(file);
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
