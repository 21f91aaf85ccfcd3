// SPDX-License-Identifier: MIT
// The network module (netmodule.h): the registry tag service and the connectivity checks.
#include "netmodule.h"

#include "checkcommand.h"
#include "registrytagservice.h"
#include "urlpolicy.h"

#include <QEventLoop>

#include <type_traits>

namespace {

using namespace agm::net;

// Runs one service request to its finished signal.
template<typename Result, typename Signal>
Result waitFor(RegistryTagService &service, quint64 id, Signal finished)
{
    Result result;
    QEventLoop loop;
    QObject::connect(&service, finished, &loop, [&](quint64 got, const Result &r) {
        if (got == id) {
            result = r;
            loop.quit();
        }
    });
    if (service.isRunning(id))
        loop.exec();
    return result;
}

TagFetchResult fetchTags(const RegistrySettings &settings, const TagFetchRequest &request)
{
    RegistryTagService service(settings);
    return waitFor<TagFetchResult>(service, service.fetchTags(request), &RegistryTagService::tagsFinished);
}

DigestResult fetchDigest(const RegistrySettings &settings, const DigestRequest &request)
{
    RegistryTagService service(settings);
    return waitFor<DigestResult>(service, service.fetchDigest(request), &RegistryTagService::digestFinished);
}

} // namespace

extern "C" Q_DECL_EXPORT const agm::app::NetModule *agm_net_module()
{
    static const agm::app::NetModule module{&fetchTags, &fetchDigest, &checkRegistryUrl, &agm::app::runCheck};
    return &module;
}
static_assert(std::is_same_v<decltype(&agm_net_module), agm::app::NetModuleEntry>, "the program calls it through NetModuleEntry");
