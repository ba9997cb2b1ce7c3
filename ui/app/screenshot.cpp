#include "app/screenshot.h"

#include <QApplication>
#include <QCoreApplication>
#include <QPixmap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QWidget>

namespace hp::ui {

QSize parseSize(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{2,5})[xX](\\d{2,5})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const QSize size(m.captured(1).toInt(), m.captured(2).toInt());
    if (size.width() < 320 || size.height() < 240 || size.width() > 8000 || size.height() > 8000)
        return {};
    return size;
}

QString saveScreenshot(QWidget &window, const QSize &size, const QString &path)
{
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(size);
    window.show();
    // Let layouts, charts and text documents settle before grabbing.
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    const QPixmap pixmap = window.grab();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("HealthPath", "Could not write the screenshot %1: %2.").arg(path, file.errorString());
    if (!pixmap.save(&file, "PNG"))
        return QCoreApplication::translate("HealthPath", "Could not encode the screenshot %1 as PNG.").arg(path);
    if (!file.commit())
        return QCoreApplication::translate("HealthPath", "Could not write the screenshot %1: %2.").arg(path, file.errorString());
    return {};
}

} // namespace hp::ui
