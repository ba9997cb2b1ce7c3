#pragma once

#include <QSize>
#include <QString>

class QWidget;

namespace hp::ui {

// Renders `window` offscreen at `size` and saves it as a PNG through QSaveFile.
// Returns an empty string on success, otherwise a sentence naming the file and the problem.
QString saveScreenshot(QWidget &window, const QSize &size, const QString &path);

// Parses "1280x800"; returns an invalid size for anything else.
QSize parseSize(const QString &text);

} // namespace hp::ui
