// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QSet>
#include <QSharedData>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace agm {

// One byte each: a large file holds 100k findings (the three sit in one word beside the id).
enum class Step : std::uint8_t { Input, Image, Endpoint, Security, Extras };

// Who reads a text: advice on what to do names command-line options only for the command line.
enum class Audience { CommandLine, Wizard };
enum class Severity : std::uint8_t { Info, Warning, Change, Question, Error };

// QSet<Step> needs this on Qt 5, where enum classes have no qHash of their own.
inline auto qHash(Step step, decltype(::qHash(0)) seed = 0)
{
    return ::qHash(int(step), seed);
}

// What a finding is about; the text, default severity and doc link live in one table (finding.cpp).
enum class Code : std::uint8_t {
    LoadFailed,
    ParseFailed,
    InputRejected,
    HelmTemplate,
    DuplicateKey,
    ImageLegacy,
    ImageFloating,
    ImageRolling,
    ImagePreview,
    ImageDigestOnly,
    ImageNoTag,
    ImageUnusualTag,
    ImagePinned,
    HelmTagFromChart,
    EndpointV1,
    EndpointCustomDomain,
    EndpointPlaceholder,
    EndpointIncomplete,
    EndpointCustomHost,
    SecurityMissing,
    SharedAnchor,
    SecurityConflict,
    SecurityFieldMissing,
    ComposeUser,
    ComposeReadOnly,
    DockerUser,
    DockerReadOnly,
    KustomizeSecurity,
    ProbePath,
    CapabilitiesLowercase,
    HostAliasesManagement,
    BackupFsGroup,
    TokenExpired,
    TokenExpiring,
    HelmChartV0Keys,
    // The safety net (safetynet.h): gateway references no analyser turned into a finding.
    UnhandledImage,
    UnhandledEndpoint,
    UnhandledLegacyKey,
    ArcLegacySetting,
    HelmLegacySetting,
    ImageInterpolated,
    EndpointInterpolated,
    SecurityNotApplicable,
    SharedValue,
    HelmChartNoSecurityContext,
    ImageMirror,
    ReferenceOutsideImport,
    KustomizeRemoteBase,
    RemoteReference,
};
inline constexpr int kCodeCount = int(Code::RemoteReference) + 1;

// A value an edit needs from the operator's choices.
enum class Param : std::uint8_t { None, Tag, Host };

// An immutable string whose copies share one buffer: the text an edit inserts (a securityContext
// block, an image's repository) is the same for thousands of findings of a large file, and a pool
// (ValuePool) makes them one. Reads like a const std::string.
class SharedText
{
public:
    SharedText() = default;
    SharedText(std::string text)
        : m_text(text.empty() ? nullptr : new Holder(std::move(text)))
    {
    }
    SharedText(const char *text)
        : SharedText(std::string(text))
    {
    }
    const std::string &str() const { return m_text ? m_text->text : empty(); }
    operator const std::string &() const { return str(); }
    std::size_t size() const { return str().size(); }
    bool isEmpty() const { return !m_text; }
    template<typename... Args>
    std::size_t find(Args &&...args) const { return str().find(std::forward<Args>(args)...); }
    template<typename... Args>
    std::size_t find_first_of(Args &&...args) const { return str().find_first_of(std::forward<Args>(args)...); }
    template<typename... Args>
    int compare(Args &&...args) const { return str().compare(std::forward<Args>(args)...); }
    bool sharesWith(const SharedText &other) const { return m_text == other.m_text; }
    friend bool operator==(const SharedText &a, const SharedText &b) { return a.str() == b.str(); }
    friend bool operator!=(const SharedText &a, const SharedText &b) { return !(a == b); }
    friend std::string operator+(const SharedText &a, const std::string &b) { return a.str() + b; }
    friend std::string operator+(const std::string &a, const SharedText &b) { return a + b.str(); }

private:
    // One pointer, not a shared_ptr's two: a large file's 100k edits and proposed edits hold one each.
    struct Holder : QSharedData
    {
        explicit Holder(std::string value)
            : text(std::move(value))
        {
        }
        const std::string text;
    };
    static const std::string &empty();
    QExplicitlySharedDataPointer<const Holder> m_text;
};

// A finding's text value in one pointer: Qt 6's QString is three words, and a large file's 100k
// findings hold six each (file, resource, field, values). Copies share one holder; a pool
// (ValuePool) makes equal values one. Qt 5's QString is one word already.
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
class CompactString
{
public:
    CompactString() = default;
    CompactString(const QString &value)
        : m_d(value.isEmpty() ? nullptr : new Holder(value))
    {
    }
    const QString &str() const { return m_d ? m_d->value : empty(); }
    operator const QString &() const { return str(); }
    bool isEmpty() const { return !m_d; }
    void clear() { m_d.reset(); }
    template<typename... Args>
    bool startsWith(Args &&...args) const { return str().startsWith(std::forward<Args>(args)...); }
    template<typename... Args>
    bool endsWith(Args &&...args) const { return str().endsWith(std::forward<Args>(args)...); }
    std::string toStdString() const { return str().toStdString(); }
    friend bool operator==(const CompactString &a, const CompactString &b) { return a.m_d == b.m_d || a.str() == b.str(); }
    friend bool operator!=(const CompactString &a, const CompactString &b) { return !(a == b); }
    friend bool operator==(const CompactString &a, const QString &b) { return a.str() == b; }
    friend bool operator!=(const CompactString &a, const QString &b) { return a.str() != b; }
    friend bool operator==(const QString &a, const CompactString &b) { return a == b.str(); }
    friend bool operator!=(const QString &a, const CompactString &b) { return a != b.str(); }
    friend bool operator<(const CompactString &a, const CompactString &b) { return a.str() < b.str(); }

private:
    struct Holder : QSharedData
    {
        explicit Holder(const QString &text)
            : value(text)
        {
        }
        QString value;
    };
    static const QString &empty();
    QExplicitlySharedDataPointer<Holder> m_d;
};
#else
using CompactString = QString;
#endif

// A byte-range replacement proposed by an analyser; the final text is prefix + param + suffix.
struct ProposedEdit
{
    std::size_t start = 0;
    std::size_t end = 0;
    SharedText prefix;
    SharedText suffix;
    Param param = Param::None; // the one-byte fields last: 40 bytes an edit, not 48
    bool plainScalar = false;  // quote the param when it would otherwise change type
};

// A finding's id, "<code name>:<line>:<column>", unique within its file. Kept as the numbers it is
// spelled from: a large file has 100k findings, and each spelled id took about 80 bytes more.
// Compares as the spelled ids do; reads as a QString wherever one is wanted.
class FindingId
{
public:
    FindingId() = default; // spelled empty
    FindingId(Code code, int line, int column)
        : m_line(line), m_column(column), m_code(code), m_set(true)
    {
    }
    QString toString() const;
    operator QString() const { return toString(); }
    bool isEmpty() const { return !m_set; }
    friend bool operator==(const FindingId &a, const FindingId &b) = default;
    friend bool operator<(const FindingId &a, const FindingId &b);
    friend auto qHash(const FindingId &id, decltype(::qHash(0)) seed = 0)
    {
        return ::qHash((quint64(quint32(id.m_line)) << 32) | quint32(id.m_column), seed) ^ decltype(::qHash(0))(id.m_code);
    }

private:
    int m_line = 0;
    int m_column = 0;
    Code m_code = Code::LoadFailed;
    bool m_set = false;
};

struct Finding
{
    FindingId id;        // unique within its file
    Code code = Code::LoadFailed;
    Step step = Step::Input;
    Severity severity = Severity::Info;
    QStringList args;    // values for the message; secrets never go here
    CompactString file;        // relative path
    int line = 0;              // 1-based; 0 = whole file
    int column = 0;
    CompactString resource;    // e.g. "Deployment/contoso-gw", "service gateway", "docker run"
    CompactString field;       // e.g. "containers[gateway].image"
    CompactString oldValue;
    CompactString newValue;    // for Tag/Host edits, filled in by the plan
    CompactString defaultHost; // endpoint findings: derived v2 host; empty when it must be asked
    std::vector<ProposedEdit> edits;

    // Translated, with args filled in, secrets masked (a v1 URL's password); for the command line
    // with the option that answers it.
    QString message(Audience audience = Audience::CommandLine) const;
    QString docUrl() const;
    bool needsAnswer() const;
    bool editsHost() const; // an edit writes the v2 host (an answer or the derived one)
};

// The findings of a large file repeat a few values thousands of times (a field path, a tag, the
// fields a securityContext needs): a pool holds each distinct value once and hands out shared
// copies (QString is implicitly shared), so 100k findings do not hold 100k copies of each.
class ValuePool
{
public:
    void share(QString &value);
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    void share(CompactString &value);
#endif
    void share(SharedText &text);
    // The values a finding repeats from others, its edits' texts too; its id, file and resource are
    // left alone (unique or already shared by whoever made the finding).
    void share(Finding &finding);

private:
    QSet<QString> m_values;
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    QHash<QString, CompactString> m_compact;
#endif
    QSet<QStringList> m_lists;
    std::unordered_map<std::string_view, SharedText> m_texts; // keys view the values' own buffers
};

// A reference the safety net found where no analyser edits: changed by hand, never answered.
bool isUnhandledReference(Code code);
Finding makeFinding(Code code, const CompactString &file, int line, int column, QStringList args = {});
QString stepName(Step step);         // stable, lower-case: "image", "endpoint", ...
// A step the operator can skip, by its stepName(): image, endpoint, security or extras.
std::optional<Step> skippableStep(const QString &name);
QString severityName(Severity severity);
QString codeName(Code code);         // stable identifier for JSON
// What a code is about, for a list of rules (SARIF): its translated text with every value shown
// as "…", and the command-line hint; no secret can be in it.
QString codeDescription(Code code);
QString codeDocUrl(Code code);
Severity codeSeverity(Code code);
std::optional<Code> codeFromName(const QString &name);

} // namespace agm
