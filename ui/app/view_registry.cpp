#include "app/view_registry.h"

#include "views/certifications_view.h"
#include "views/clients_view.h"
#include "views/compare_view.h"
#include "views/explore_view.h"
#include "views/fit_view.h"
#include "views/ladders_view.h"
#include "views/plan_view.h"
#include "views/sources_view.h"
#include "views/veterans_view.h"

#include <QCoreApplication>

namespace hp::ui {

const std::vector<ViewInfo> &viewRegistry()
{
    static const std::vector<ViewInfo> views{
        {QStringLiteral("explore"), [] { return QCoreApplication::translate("hp::ui::MainWindow", "Explore roles"); },
         [](ViewContext &c) -> View * { return new ExploreView(c.kb); }},
        {QStringLiteral("fit"), [] { return QCoreApplication::translate("hp::ui::MainWindow", "Fit check"); },
         [](ViewContext &c) -> View * { return new FitView(c.kb); }},
        {QStringLiteral("plan"), [] { return QCoreApplication::translate("hp::ui::MainWindow", "30-60-90 plan"); },
         [](ViewContext &c) -> View * { return new PlanView(c.kb, c.user); }},
        {QStringLiteral("clients"), [] { return QCoreApplication::translate("hp::ui::MainWindow", "Clients"); },
         [](ViewContext &c) -> View * { return new ClientsView(c.kb, c.user, c.clients); }},
        {QStringLiteral("veterans"), [] { return QCoreApplication::translate("hp::ui::MainWindow", "Veterans"); },
         [](ViewContext &c) -> View * { return new VeteransView(c.kb); }},
        {QStringLiteral("compare"), [] { return QCoreApplication::translate("hp::ui::MainWindow", "Compare roles"); },
         [](ViewContext &c) -> View * { return new CompareView(c.kb); }},
        {QStringLiteral("ladders"), [] { return QCoreApplication::translate("hp::ui::MainWindow", "Career paths"); },
         [](ViewContext &c) -> View * { return new LaddersView(c.kb); }},
        {QStringLiteral("certifications"), [] { return QCoreApplication::translate("hp::ui::MainWindow", "Certifications"); },
         [](ViewContext &c) -> View * { return new CertificationsView(c.kb); }},
        {QStringLiteral("education"), [] { return QCoreApplication::translate("hp::ui::MainWindow", "Education paths"); },
         [](ViewContext &c) -> View * { return new EducationView(c.kb); }},
        {QStringLiteral("sources"), [] { return QCoreApplication::translate("hp::ui::MainWindow", "Sources"); },
         [](ViewContext &c) -> View * { return new SourcesView(c.kb); }},
    };
    return views;
}

QStringList viewNames()
{
    QStringList names;
    for (const auto &v : viewRegistry())
        names << v.name;
    return names;
}

} // namespace hp::ui
