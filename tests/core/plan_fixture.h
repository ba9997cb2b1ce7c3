#pragma once
// Shared by the plan tests: fixed dates, the shipped knowledge base and lattice, and a helper
// that makes a plan with the clock pinned to the day the plan is "made".

#include "lattice/lattice.h"
#include "plan/plan.h"
#include "refdata/knowledge_base.h"

#include <QTest>

#include <memory>
#include <string>

namespace {

hp::plan::Date date(const char *iso)
{
    return *hp::plan::parseIsoDate(iso);
}

const hp::plan::Date kStart = date("2027-01-04"); // a Monday
const hp::plan::Date kMade = date("2026-12-20");

class PlanFixture {
protected:
    std::unique_ptr<hp::KnowledgeBase> m_kb;
    std::unique_ptr<hp::lattice::Lattice> m_lattice;

    // Call last in initTestCase: a failure here stops the whole test.
    void openShippedData()
    {
        std::string error;
        m_kb = hp::KnowledgeBase::open("", &error);
        QVERIFY2(m_kb, error.c_str());
        m_lattice = std::make_unique<hp::lattice::Lattice>(hp::lattice::Lattice::build(m_kb->data()));
    }

    hp::plan::PlanInput input(const std::string &persona, const std::string &target, double hours, double budget = 3000) const
    {
        hp::plan::PlanInput in;
        in.persona = persona;
        in.targetRole = target;
        in.start = kStart;
        in.hoursPerWeek = hours;
        in.budgetUsd = budget;
        return in;
    }

    hp::plan::Plan make(const hp::plan::PlanInput &in) const
    {
        const auto r = hp::plan::makePlan(in, *m_kb, *m_lattice, hp::plan::fixedClock(kMade));
        if (!r.error.empty())
            qWarning("%s", r.error.c_str());
        return r.plan;
    }
};

} // namespace
