// SPDX-License-Identifier: MIT
#include "boundedbody.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

#include <zlib.h>

namespace agm::net {

namespace {

// Inflated a piece at a time, so the limit is checked every 64 KiB.
constexpr int kChunk = 64 * 1024;

} // namespace

struct BoundedBody::Inflater
{
    z_stream stream{};
    bool started = false;   // inflateInit2 done
    bool rawDeflate = false; // "deflate" sent without its zlib wrapper, as some servers do
    bool gzip = false;
    bool ended = false;     // the (last) compressed stream ended
    QByteArray head;        // "deflate": the first bytes, until the zlib header can be told apart
    ~Inflater()
    {
        if (started)
            inflateEnd(&stream);
    }
};

QByteArray BoundedBody::acceptEncoding()
{
    return QByteArrayLiteral("gzip, deflate");
}

BoundedBody::BoundedBody(qint64 limit)
    : m_limit(limit)
{
}

BoundedBody::~BoundedBody() = default;

bool BoundedBody::reset(const QByteArray &contentEncoding)
{
    m_data.clear();
    m_rawBytes = 0;
    m_problem = Problem::None;
    m_inflater.reset();
    m_encoding = contentEncoding.trimmed().toLower();
    if (m_encoding.isEmpty() || m_encoding == "identity")
        return true;
    if (m_encoding != "gzip" && m_encoding != "x-gzip" && m_encoding != "deflate")
        return fail(Problem::UnknownEncoding);
    m_inflater = std::make_unique<Inflater>();
    m_inflater->gzip = m_encoding != "deflate";
    return true;
}

bool BoundedBody::fail(Problem problem)
{
    if (m_problem == Problem::None)
        m_problem = problem;
    return false;
}

bool BoundedBody::expectLength(qint64 declaredLength)
{
    return declaredLength <= m_limit || fail(Problem::TooLarge);
}

bool BoundedBody::append(const QByteArray &raw)
{
    if (!ok())
        return false;
    m_rawBytes += raw.size();
    if (!m_inflater) {
        const qint64 room = m_limit - m_data.size();
        m_data += raw.left(room);
        return raw.size() <= room || fail(Problem::TooLarge);
    }
    Inflater &z = *m_inflater;
    if (!z.started && !z.gzip && z.head.size() + raw.size() < 2) {
        z.head += raw;
        return true;
    }
    if (!z.head.isEmpty()) {
        const QByteArray all = std::exchange(z.head, {}) + raw;
        return inflateSome(all.constData(), all.size());
    }
    return inflateSome(raw.constData(), raw.size());
}

bool BoundedBody::inflateSome(const char *data, qint64 size)
{
    Inflater &z = *m_inflater;
    while (size > 0) {
        if (!z.started) {
            // zlib's header: CM 8 and a checksum over the first two bytes; else raw deflate.
            const uchar b0 = uchar(data[0]), b1 = size > 1 ? uchar(data[1]) : 0;
            z.rawDeflate = !z.gzip && !((b0 & 0x0f) == 8 && ((b0 << 8) | b1) % 31 == 0);
            const int bits = z.gzip ? 15 + 16 : z.rawDeflate ? -15 : 15;
            if (inflateInit2(&z.stream, bits) != Z_OK)
                return fail(Problem::BrokenEncoding);
            z.started = true;
            z.ended = false;
        }
        if (z.ended) {
            // gzip allows several members one after the other; anything else after the end is not ours.
            if (!z.gzip)
                return fail(Problem::BrokenEncoding);
            if (inflateReset(&z.stream) != Z_OK)
                return fail(Problem::BrokenEncoding);
            z.ended = false;
        }
        const uInt in = uInt(std::min<qint64>(size, kChunk));
        z.stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
        z.stream.avail_in = in;
        do {
            char out[kChunk];
            z.stream.next_out = reinterpret_cast<Bytef *>(out);
            z.stream.avail_out = kChunk;
            const int rc = inflate(&z.stream, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
                return fail(Problem::BrokenEncoding);
            const qint64 produced = kChunk - qint64(z.stream.avail_out);
            const qint64 room = m_limit - m_data.size();
            m_data.append(out, std::min(produced, room));
            if (produced > room)
                return fail(Problem::TooLarge); // stops here: the rest is never inflated
            if (rc == Z_STREAM_END) {
                z.ended = true;
                break;
            }
            if (rc == Z_BUF_ERROR)
                break; // needs more input
        } while (z.stream.avail_in > 0 || z.stream.avail_out == 0);
        const qint64 used = qint64(in) - qint64(z.stream.avail_in);
        data += used;
        size -= used;
        if (used == 0 && !z.ended)
            return fail(Problem::BrokenEncoding); // no progress on input: never loop
    }
    return true;
}

bool BoundedBody::finish()
{
    if (!ok())
        return false;
    if (m_inflater && m_rawBytes > 0 && !m_inflater->ended)
        return fail(Problem::Truncated);
    return true;
}

QString BoundedBody::problemText() const
{
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::TooLarge:
        return QCoreApplication::translate("agm::net", "the answer is larger than %1 MB; refused")
            .arg(double(m_limit) / (1024 * 1024), 0, 'g', 3);
    case Problem::UnknownEncoding:
        return QCoreApplication::translate("agm::net", "the answer is compressed as '%1', which this program cannot read; "
                                           "a proxy may have changed it: check the proxy's settings")
            .arg(QString::fromLatin1(m_encoding.left(40)));
    case Problem::BrokenEncoding:
    case Problem::Truncated:
        return QCoreApplication::translate("agm::net", "the answer's %1 data is broken or cut short; try again, and if it persists "
                                           "check the proxy or the registry")
            .arg(QString::fromLatin1(m_encoding));
    }
    return {};
}

} // namespace agm::net
