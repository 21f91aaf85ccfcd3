// SPDX-License-Identifier: MIT
#pragma once

#include "analysis.h"
#include "plan.h"

#include <QString>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace agm {

inline constexpr char kMask[] = "***";

// Text of a file with every secret replaced by the mask, before and after migration.
struct MaskedTexts
{
    std::string original;
    std::string migrated;
};

MaskedTexts maskedTexts(const FileAnalysis &analysis, const FilePlan &plan);
// The secrets those texts hide (merged): the analysis's and, where the file could not be parsed
// or is a Helm template, every value that may hold one, found line by line.
std::vector<SecretSpan> secretsToMask(const FileAnalysis &analysis);
// Whether [start, end) (an insertion when empty) overlaps one of `secrets`, merged (mergedSpans).
bool overlapsSecret(const std::vector<SecretSpan> &secrets, std::size_t start, std::size_t end);
// The same in pieces, each covering about `pieceBytes` of the input and ending where both texts
// agree for a while and nothing the masker looks at is near (whole lines, no secret, edit or
// shape): masked alone, each pair is exactly that part of the whole masked texts, and the pairs'
// diffs in turn (UnifiedDiffWriter) make a diff of the whole texts. A large file's diff never
// holds them whole.
inline constexpr std::size_t kMaskedPieceBytes = 256 << 10;
void forEachMaskedPiece(const FileAnalysis &analysis, const FilePlan &plan,
                        const std::function<void(std::string &&original, std::string &&migrated)> &piece,
                        std::size_t pieceBytes = kMaskedPieceBytes);
// The spans sorted, overlapping ones joined, empty ones dropped: one span per secret.
std::vector<SecretSpan> mergedSpans(std::vector<SecretSpan> spans);
// text[start, end) with the parts the secrets cover masked: a value a finding quotes may run
// into a secret its analyser located (a mangled line), which no shape would reveal as one.
std::string maskedSlice(const std::string &text, std::size_t start, std::size_t end, const std::vector<SecretSpan> &secrets);
// The one masker of free text (messages, values, reports, logs): GatewayKey tokens and bare ones
// ("<gateway>&<yyyyMMddHHmm>&<signature>"), the values of the gateway's key settings, base64
// values under secret-looking keys (24+ characters) or any key (token-shaped, 40+), and the
// credentials of every URL (see maskUrlCredentials).
QString maskSecretsInText(const QString &text);
std::string maskSecretsInText(const std::string &text);
std::string maskSecretsInText(std::string &&text); // the same, reusing the text when nothing is masked
// The spans of `text` that maskSecretsInText masks by their shape (tokens, key settings, base64
// under secret-looking keys; not URLs), as byte offsets (mergedSpans): an analyser's secrets in
// any file, in comments and under keys no analyser knows too.
std::vector<SecretSpan> secretSpansByShape(const std::string &text);
// Every URL in the text keeps its scheme, host, port and path; a password in its userinfo becomes
// "user:***@" (a user-only userinfo, often a token, "***@"), and every query value "***" except
// the harmless paging and API-version ones. A password may itself hold '@': the userinfo ends at
// the last '@' before the path. Without a scheme, "user:password@host[:port]" (a proxy value)
// becomes "user:***@host[:port]"; an e-mail address or an image digest stays as it is.
QString maskUrlCredentials(const QString &text);
// The byte spans maskUrlCredentials masks in one URL or proxy value, for an analyser's secrets.
std::vector<SecretSpan> urlCredentialSpans(std::string_view value);
// For one line of terminal or log output: control characters (a newline or ESC in a file name)
// become visible escapes (\n, \x1b), so nothing can forge another line or drive the terminal.
QString escapeControlCharacters(const QString &text);
// What any line of output shows of a text: secrets masked, then control characters escaped.
QString shown(const QString &text);
// What any output shows of a file name: control characters escaped, nothing masked (a name holds
// no secret and must stay findable). Diff headers, reports, check --from sources, log lines.
QString shownPath(const QString &path);

namespace detail {
// The text masker as it was before it ran in windows: every expression over the whole text, every
// word of it scanned for a URL. Only for the tests that compare the two.
QString maskSecretsInWholeText(const QString &text);
} // namespace detail

} // namespace agm
