#pragma once
// The session handout from the GUI: core's layout (clients/session_handout.h) drawn through
// PainterCanvas on a PDF file (QPdfWriter, written atomically with QSaveFile) or on a printer, so
// the page is the one the CLI writes.

#include "clients/session_handout.h"

#include <QString>

class QPagedPaintDevice;
class QWidget;

namespace hp::ui {

// Empty on success, else a sentence naming the file and the problem.
QString writeSessionHandoutPdf(const KnowledgeBase &kb, const clients::Client &client, const clients::Session &session,
                               const clients::HandoutOptions &options, const QString &path);
// Opens the print dialog; false when the user cancelled.
bool printSessionHandout(const KnowledgeBase &kb, const clients::Client &client, const clients::Session &session,
                         const clients::HandoutOptions &options, QWidget *parent);
// Draws every page on a paged device set to US Letter; returns the number of pages.
int paintSessionHandout(QPagedPaintDevice &device, const KnowledgeBase &kb, const clients::Client &client,
                        const clients::Session &session, const clients::HandoutOptions &options);

} // namespace hp::ui
