// SPDX-License-Identifier: MIT
// The import floor: a bare yaml-cpp YAML::LoadAll of the same bytes, visiting every node.
// Usage: agm-yaml-floor PATH... (files, or folders searched recursively for *.yaml/*.yml).
// Every file's documents stay loaded until the end, as if the whole set were one stream.

#include <yaml-cpp/yaml.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

std::size_t visit(const YAML::Node &node)
{
    std::size_t sum = 1;
    switch (node.Type()) {
    case YAML::NodeType::Scalar: return sum + node.Scalar().size();
    case YAML::NodeType::Sequence:
        for (const YAML::Node &item : node)
            sum += visit(item);
        return sum;
    case YAML::NodeType::Map:
        for (const auto &entry : node)
            sum += visit(entry.first) + visit(entry.second);
        return sum;
    default: return sum;
    }
}

} // namespace

int main(int argc, char **argv)
{
    std::vector<std::filesystem::path> files;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path p(argv[i]);
        if (std::filesystem::is_directory(p)) {
            for (const auto &e : std::filesystem::recursive_directory_iterator(p)) {
                if (e.is_regular_file() && (e.path().extension() == ".yaml" || e.path().extension() == ".yml"))
                    files.push_back(e.path());
            }
        } else {
            files.push_back(p);
        }
    }
    std::vector<std::vector<YAML::Node>> loaded;
    std::size_t total = 0;
    for (const auto &file : files) {
        std::ifstream in(file, std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        try {
            loaded.push_back(YAML::LoadAll(bytes));
        } catch (const YAML::Exception &e) {
            std::fprintf(stderr, "%s: %s\n", file.c_str(), e.what());
            return 2;
        }
        for (const YAML::Node &doc : loaded.back())
            total += visit(doc);
    }
    // Printing the sum keeps the optimiser from dropping the walk.
    std::printf("%zu files, %zu nodes+bytes\n", files.size(), total);
    return 0;
}
