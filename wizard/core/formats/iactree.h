// SPDX-License-Identifier: MIT
#pragma once

// A small, forgiving reader for infrastructure-as-code files (Terraform HCL, Bicep, ARM JSON):
// objects, arrays, strings (with their exact bytes and whether they are literal) and heredocs,
// each with its byte range. It locates values; it never rewrites a file.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace agm {

enum class IacSyntax { Hcl, Bicep, Json };

struct IacMember;

struct IacNode
{
    // Object: HCL body or object, Bicep/JSON object. Array: tuple/array. String: quoted string.
    // Heredoc: HCL <<EOT / Bicep '''. Expression: anything else (references, calls, numbers);
    // strings, objects and arrays met inside it are its members, keyless.
    enum Kind { Object, Array, String, Heredoc, Expression } kind = Expression;
    std::size_t start = 0;      // first byte (opening quote or bracket included)
    std::size_t end = 0;        // one past the last byte
    std::size_t valueStart = 0; // String: inside the quotes; Heredoc: first content byte
    std::size_t valueEnd = 0;   // String: before the closing quote; Heredoc: start of the closing line
    bool literal = false;       // String/Heredoc: no interpolation (nor, in HCL, an escape): text is the value
    bool escaped = false;       // JSON literal String with "\/" decoded into text: the bytes differ, so only the
                                // whole value [valueStart, valueEnd) can be replaced
    std::string text;           // String/Heredoc: the bytes between the delimiters (decoded when escaped);
                                // Expression: its source

    using Member = IacMember;
    std::vector<Member> members;

    // The value of the last member named `key`, or nullptr.
    const IacNode *get(std::string_view key) const;
    // Every member named `key` (HCL repeats blocks: several env or set blocks).
    std::vector<const Member *> all(std::string_view key) const;
    // A string or heredoc, literal or not.
    bool isString() const { return kind == String || kind == Heredoc; }
};

struct IacMember
{
    std::string key;                 // attribute, block type or object key (quotes removed); empty in arrays
    std::size_t keyStart = 0;
    std::vector<std::string> labels; // HCL block labels; Bicep: a declaration's name and type string
    bool block = false;              // HCL block or Bicep declaration (param, var, resource...)
    IacNode value;
    std::vector<std::string> decorators; // Bicep: the declaration's decorators without '@' ("secure()")
};

// Parses the whole file as a body (HCL, Bicep) or a value (JSON). Never throws; stops where it
// cannot go on and keeps what it read.
IacNode parseIac(const std::string &text, IacSyntax syntax);

} // namespace agm
