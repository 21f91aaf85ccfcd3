// SPDX-License-Identifier: MIT
#pragma once

// Deterministic benchmark inputs (fixed seeds, no library randomness, so every machine and build
// gets the same bytes).

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace agmbench {

// xorshift64*: the same sequence everywhere, unlike std::*_distribution.
class Rng
{
public:
    explicit Rng(std::uint64_t seed) : m_state(seed ? seed : 0x9E3779B97F4A7C15ull) {}
    std::uint64_t next()
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return m_state * 0x2545F4914F6CDD1Dull;
    }
    int below(int n) { return int(next() % std::uint64_t(n)); }

private:
    std::uint64_t m_state;
};

// Writes `bytes` to `path`, creating its folders.
void writeFile(const std::filesystem::path &path, const std::string &bytes);

// A multi-document Kubernetes stream of at least `bytes` bytes: thousands of ordinary resources
// (Services, Deployments of other images, ConfigMaps with block scalars, RBAC, long CRDs, Istio
// gateways, comments, flow style) with an APIM gateway ConfigMap, Secret and Deployment every
// `gatewayEvery` resources.
std::string kubernetesStream(std::size_t bytes, std::uint64_t seed, int gatewayEvery = 500);

// `pairs` gateway Secrets and Deployments in one stream (about 330 bytes a pair): every pair gives
// findings, so the plan and its JSON grow with the input.
std::string secretDeploymentPairs(int pairs);

// `count` small manifests (one to three resources each) in sub-folders of `dir`; every 200th file
// holds a gateway Deployment. Returns the total byte count.
std::size_t writeSmallFiles(const std::filesystem::path &dir, int count, std::uint64_t seed);

// The 17-line Deployment blocks of anchors-perf-reliability.md §2.3, `lines` lines in all.
std::vector<std::string> deploymentBlockLines(int lines, std::uint64_t seed);
// `lines` with `percent` % of the lines rewritten (spread at random).
std::vector<std::string> withChangedLines(std::vector<std::string> lines, double percent, std::uint64_t seed);
// The same lines in a random order.
std::vector<std::string> shuffled(std::vector<std::string> lines, std::uint64_t seed);
std::string joinLines(const std::vector<std::string> &lines);

// A long YAML flow-sequence line of `length` characters and a copy with about `percent` % of its
// words changed; with percent >= 100 the second line shares no word with the first.
std::pair<std::string, std::string> intraLinePair(int length, int percent, std::uint64_t seed);

} // namespace agmbench
