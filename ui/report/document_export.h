#pragma once
// Writing printable documents: PDF files (atomically, through QSaveFile) and the print dialog.

#include <QString>

class QTextDocument;
class QWidget;

namespace hp::ui {

// Returns an empty string on success, otherwise a sentence naming the file and the problem.
QString writePdf(const QTextDocument &document, const QString &path, const QString &title);

// Opens the print dialog and prints; returns false when the user cancelled.
bool printWithDialog(const QTextDocument &document, QWidget *parent);

} // namespace hp::ui
