#include "app/view_registry.h"

#include "views/certifications_view.h"
#include "views/compare_view.h"
#include "views/explore_view.h"
#include "views/ladders_view.h"
#include "views/sources_view.h"

#include <QCoreApplication>

namespace hp::ui {

const std::vector<ViewInfo> &viewRegistry()
{
    static const std::vector<ViewInfo> views{
        {QStringLiteral("explore"), [] { return QCoreApplication::translate("hp::ui::MainWindow", "Explore roles"); },
         [](KnowledgeBase &kb) -> View * { return new ExploreView(kb); }},
        {QStringLiteral("compare"), [] { return QCoreApplication::translate("hp::ui::MainWindow", "Compare roles"); },
         [](KnowledgeBase &kb) -> View * { return new CompareView(kb); }},
        {QStringLiteral("ladders"), [] { return QCoreApplication::translate("hp::ui::MainWindow", "Career paths"); },
         [](KnowledgeBase &kb) -> View * { return new LaddersView(kb); }},
        {QStringLiteral("certifications"), [] { return QCoreApplication::translate("hp::ui::MainWindow", "Certifications"); },
         [](KnowledgeBase &kb) -> View * { return new CertificationsView(kb); }},
        {QStringLiteral("education"), [] { return QCoreApplication::translate("hp::ui::MainWindow", "Education paths"); },
         [](KnowledgeBase &kb) -> View * { return new EducationView(kb); }},
        {QStringLiteral("sources"), [] { return QCoreApplication::translate("hp::ui::MainWindow", "Sources"); },
         [](KnowledgeBase &kb) -> View * { return new SourcesView(kb); }},
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
