// SPDX-License-Identifier: MIT
// The one cap on every body the program reads from the network (tag list pages, the token, the
// manifest answer, the connectivity check's HTTP answer). Bytes are counted as they arrive, and a
// compressed body is inflated here, chunk by chunk, so a gzip bomb is refused once `limit`
// inflated bytes are out, however few bytes it took on the wire.
//
// Qt inflates on its own only when it chose Accept-Encoding itself, and then on its network
// thread, all it has received at once, before we see a byte (2 MB of gzip became 2 GB). So
// requests set acceptEncoding() themselves and hand the raw bytes to append().
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace agm::net {

class BoundedBody
{
public:
    static constexpr qint64 kDefaultLimit = 10 * 1024 * 1024;

    // The Accept-Encoding every request sends (the encodings append() can inflate).
    static QByteArray acceptEncoding();

    explicit BoundedBody(qint64 limit = kDefaultLimit);
    ~BoundedBody();
    BoundedBody(const BoundedBody &) = delete;
    BoundedBody &operator=(const BoundedBody &) = delete;

    // Empties the body for a new answer with this Content-Encoding ("", identity, gzip, x-gzip,
    // deflate). False for any other encoding: problem() says so.
    bool reset(const QByteArray &contentEncoding = {});
    // A Content-Length (of the bytes on the wire) over the limit is refused before the body.
    bool expectLength(qint64 declaredLength);
    // The next bytes as they came off the wire. False once the body is refused: past the limit
    // (inflating stops at once; data() keeps the first `limit` bytes) or broken compressed data.
    bool append(const QByteArray &raw);
    // At the end of the answer: false when compressed data was cut short.
    bool finish();

    enum class Problem { None, TooLarge, UnknownEncoding, BrokenEncoding, Truncated };
    Problem problem() const { return m_problem; }
    bool ok() const { return m_problem == Problem::None; }
    // For people: "the answer is larger than 10 MB; refused", "... gzip data is broken", ...
    QString problemText() const;

    const QByteArray &data() const { return m_data; }
    qint64 size() const { return m_data.size(); }
    qint64 limit() const { return m_limit; }
    // Bytes as they came off the wire (compressed, when the answer was).
    qint64 rawBytes() const { return m_rawBytes; }

private:
    bool fail(Problem problem);
    bool inflateSome(const char *data, qint64 size);

    struct Inflater;
    const qint64 m_limit;
    QByteArray m_data;
    QByteArray m_encoding;
    std::unique_ptr<Inflater> m_inflater; // null: identity
    qint64 m_rawBytes = 0;
    Problem m_problem = Problem::None;
};

} // namespace agm::net
