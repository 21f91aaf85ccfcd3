// SPDX-License-Identifier: MIT
// A gzip body of any inflated size made from one small piece: the gzip header, then the same
// deflate block (1 MiB of zeros, about 1 KiB) again and again. Each block ends on a full flush, so
// it does not depend on what came before and may follow itself; the stream never ends properly,
// which a client that stops at its cap never notices.
#pragma once

#include <QByteArray>

#include <functional>
#include <memory>
#include <utility>

#include <zlib.h>

namespace agm::test {

struct GzipBomb
{
    static constexpr qint64 kInflatedPerBlock = 1024 * 1024;
    QByteArray header = QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
    QByteArray block;

    GzipBomb()
    {
        z_stream z{};
        deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY); // raw deflate: gzip framing is ours
        QByteArray zeros(kInflatedPerBlock, '\0');
        QByteArray out(kInflatedPerBlock, '\0');
        z.next_in = reinterpret_cast<Bytef *>(zeros.data());
        z.avail_in = uInt(zeros.size());
        z.next_out = reinterpret_cast<Bytef *>(out.data());
        z.avail_out = uInt(out.size());
        deflate(&z, Z_FULL_FLUSH);
        block = out.left(out.size() - int(z.avail_out));
        deflateEnd(&z);
    }

    // The body as a LoopbackServer stream: `blocks` MiB inflated in all.
    std::function<QByteArray()> stream(int blocks) const
    {
        auto left = std::make_shared<int>(blocks);
        auto first = std::make_shared<bool>(true);
        return [left, first, h = header, b = block] {
            if (*left <= 0)
                return QByteArray();
            --*left;
            if (!std::exchange(*first, false))
                return b;
            QByteArray both = h;
            both += b;
            return both;
        };
    }
};

} // namespace agm::test
