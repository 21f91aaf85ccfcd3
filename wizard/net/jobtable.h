// SPDX-License-Identifier: MIT
// The running requests of an asynchronous service, by id: the registry's jobs and the checker's
// runs. Ids start at 1 and are never reused; a job leaves the table when it finishes (take()).
// Jobs are QObjects the service owns; the table only finds them.
#pragma once

#include <QtGlobal>

#include <map>
#include <utility>
#include <vector>

namespace agm::net {

template<typename Job>
class JobTable
{
public:
    JobTable() = default;
    JobTable(const JobTable &) = delete;
    JobTable &operator=(const JobTable &) = delete;

    // The id the next add() uses: a job is made knowing its id.
    quint64 nextId() const { return m_nextId; }
    quint64 add(Job *job)
    {
        const quint64 id = m_nextId++;
        m_jobs.emplace(id, job);
        return id;
    }
    bool contains(quint64 id) const { return m_jobs.count(id) > 0; }
    // Removes the job from the table (it finished); the caller deletes it.
    Job *take(quint64 id)
    {
        const auto it = m_jobs.find(id);
        if (it == m_jobs.end())
            return nullptr;
        Job *job = it->second;
        m_jobs.erase(it);
        return job;
    }
    // job->cancel() for a known id; unknown ids are ignored.
    void cancel(quint64 id)
    {
        const auto it = m_jobs.find(id);
        if (it != m_jobs.end())
            it->second->cancel();
    }
    // Each job cancelled in turn; a job that finishes meanwhile leaves the table, so ids first.
    void cancelAll()
    {
        std::vector<quint64> ids;
        for (const auto &entry : m_jobs)
            ids.push_back(entry.first);
        for (quint64 id : ids)
            cancel(id);
    }
    // For the service's destructor: running jobs end without signals.
    void deleteAll()
    {
        const auto jobs = std::exchange(m_jobs, {});
        for (const auto &entry : jobs)
            delete entry.second;
    }

private:
    std::map<quint64, Job *> m_jobs;
    quint64 m_nextId = 1;
};

} // namespace agm::net
