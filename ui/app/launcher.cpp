#include "app/launcher.h"

#include "app/data_location.h"
#include "app/main_window.h"
#include "app/view.h"
#include "app/screenshot.h"
#include "app/view_registry.h"
#include "platform/paths.h"
#include "refdata/knowledge_base.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QMessageBox>

#include <cstdio>
#include <cstring>
#include <initializer_list>

namespace hp::ui {

namespace {

bool hasArgument(int argc, char **argv, std::initializer_list<const char *> names)
{
    for (int i = 1; i < argc; ++i)
        for (const char *name : names)
            if (std::strncmp(argv[i], name, std::strlen(name)) == 0)
                return true;
    return false;
}

void printError(const QString &message)
{
    std::fprintf(stderr, "healthpath: %s\n", qPrintable(message));
}

} // namespace

int runGui(int argc, char **argv)
{
    const bool screenshot = hasArgument(argc, argv, {"--screenshot"});
    // A screenshot, --help and --version need no display: use the offscreen platform for them
    // unless the caller chose one.
    const bool noWindow = screenshot || hasArgument(argc, argv, {"--help", "-h", "--version", "-v"});
    if (noWindow && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("healthpath"));
    QApplication::setApplicationDisplayName(QStringLiteral("HealthPath"));
    QApplication::setApplicationVersion(QStringLiteral(HEALTHPATH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.healthpath.HealthPath"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.healthpath.HealthPath")));

    // Catalogs are embedded under :/i18n; English is the source language, so a missing catalog is fine.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("healthpath"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("HealthPath", "HealthPath: plan a career in the healthcare revenue cycle.\n\nViews: %1")
            .arg(viewNames().join(QStringLiteral(", "))));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                        QApplication::translate("HealthPath", "Render a view offscreen to the PNG <file> and exit."),
                                        QStringLiteral("file"));
    const QCommandLineOption viewOption(QStringLiteral("view"),
                                        QApplication::translate("HealthPath", "The view to show: %1.").arg(viewNames().join(QStringLiteral(", "))),
                                        QStringLiteral("name"), viewNames().front());
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QApplication::translate("HealthPath", "Window size for --screenshot, e.g. 1280x800."),
                                        QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption rolesOption(QStringLiteral("roles"),
                                         QApplication::translate("HealthPath", "Roles for the compare view, e.g. outpatient-coder,medical-biller."),
                                         QStringLiteral("id,id"));
    const QCommandLineOption chartOption(QStringLiteral("chart"),
                                         QApplication::translate("HealthPath", "Chart tab to show in the compare view (1 = pay range) or the ladders view (1 = lattice)."),
                                         QStringLiteral("n"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        QApplication::translate("HealthPath", "Starting point for the ladders view, e.g. no-experience."),
                                        QStringLiteral("id"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      QApplication::translate("HealthPath", "Target role for the ladders view, e.g. outpatient-coder."),
                                      QStringLiteral("id"));
    const QCommandLineOption personaOption(QStringLiteral("persona"),
                                           QApplication::translate("HealthPath", "Persona for the plan view, e.g. veteran."),
                                           QStringLiteral("id"));
    const QCommandLineOption targetOption(QStringLiteral("target"),
                                          QApplication::translate("HealthPath", "Target role for the plan view, e.g. outpatient-coder."),
                                          QStringLiteral("id"));
    const QCommandLineOption startOption(QStringLiteral("start"),
                                         QApplication::translate("HealthPath", "First day of the plan, e.g. 2027-01-04."),
                                         QStringLiteral("date"));
    const QCommandLineOption hoursOption(QStringLiteral("hours"),
                                         QApplication::translate("HealthPath", "Hours a week available, for the plan view."),
                                         QStringLiteral("n"));
    const QCommandLineOption budgetOption(QStringLiteral("budget"),
                                          QApplication::translate("HealthPath", "Training budget in dollars, for the plan view."),
                                          QStringLiteral("n"));
    const QCommandLineOption codesOption(QStringLiteral("codes"),
                                         QApplication::translate("HealthPath", "Military occupation codes for the veterans view, e.g. 68G,4A051."),
                                         QStringLiteral("code,code"));
    const QCommandLineOption branchOption(QStringLiteral("branch"),
                                          QApplication::translate("HealthPath", "Branch of service for the veterans view, e.g. army."),
                                          QStringLiteral("id"));
    const QCommandLineOption gradeOption(QStringLiteral("grade"),
                                         QApplication::translate("HealthPath", "Pay grade for the veterans view, e.g. E5."),
                                         QStringLiteral("grade"));
    const QList<QCommandLineOption> viewOptions{rolesOption, chartOption, fromOption, toOption, personaOption,
                                                targetOption, startOption, hoursOption, budgetOption,
                                                codesOption, branchOption, gradeOption};
    parser.addOptions({shotOption, viewOption, sizeOption});
    parser.addOptions(viewOptions);
    parser.process(app);

    const QString viewName = parser.value(viewOption);
    if (!viewNames().contains(viewName)) {
        printError(QApplication::translate("HealthPath", "unknown view '%1'; views are: %2.")
                       .arg(viewName, viewNames().join(QStringLiteral(", "))));
        return 2;
    }
    const QSize size = parseSize(parser.value(sizeOption));
    if (!size.isValid()) {
        printError(QApplication::translate("HealthPath", "--size must look like 1280x800 (320x240 to 8000x8000), not '%1'.")
                       .arg(parser.value(sizeOption)));
        return 2;
    }

    const QString dataDir = dataDirectory();
    std::string error = paths::ensureDir(QDir::toNativeSeparators(dataDir).toStdString());
    std::unique_ptr<KnowledgeBase> kb;
    if (error.empty())
        kb = KnowledgeBase::open(paths::referenceDatabasePath(dataDir.toStdString()), &error);
    if (!kb) {
        const QString message = QApplication::translate("HealthPath", "HealthPath could not open its data: %1")
                                    .arg(QString::fromStdString(error));
        printError(message);
        if (!screenshot)
            QMessageBox::critical(nullptr, QStringLiteral("HealthPath"), message);
        return 1;
    }

    // Options that belong to one view reach it by name (e.g. --roles → "roles").
    QHash<QString, QString> viewArguments;
    for (const QCommandLineOption &option : viewOptions)
        if (parser.isSet(option))
            viewArguments.insert(option.names().constFirst(), parser.value(option));
    auto applyViewArguments = [&](MainWindow &window) {
        const QString problem = window.view(viewName)->applyArguments(viewArguments);
        if (!problem.isEmpty())
            printError(problem);
        return problem.isEmpty();
    };

    if (parser.isSet(shotOption)) {
        MainWindow window(*kb, false);
        window.showView(viewName);
        if (!applyViewArguments(window))
            return 2;
        const QString shotError = saveScreenshot(window, size, parser.value(shotOption));
        if (!shotError.isEmpty()) {
            printError(shotError);
            return 1;
        }
        return 0;
    }

    MainWindow window(*kb, true);
    if (window.quitRequested()) // asked about a damaged data file, the person chose Quit
        return 0;
    if (parser.isSet(viewOption))
        window.showView(viewName);
    if (!applyViewArguments(window))
        return 2;
    window.show();
    return app.exec();
}

} // namespace hp::ui
