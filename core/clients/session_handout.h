#pragma once
// The session summary the counselor hands the client: one to three US Letter pages drawn through
// report::Canvas (PdfCanvas in the CLI, QPainter in the GUI):
//
//   Session summary for <name> · <date> · prepared with HealthPath <date>
//   What we looked at      one line per attachment (kind and title, with its key figures)
//   Your chosen direction  the role's name, summary, BLS median wage (vintage) and entry path
//   Your first 30 days     the attached 30-60-90 plan's tasks due in days 1–30, with dates
//   Notes                  the session notes (Markdown headings and lists rendered plainly)
//   Private notes          only when asked for
//   Sources                every source behind a figure on the page, with its status
//
// Figures come from the knowledge base, so the handout is as sourced as the rest of the app.

#include "clients/client.h"
#include "io/atomic_file.h"
#include "report/canvas.h"

#include <functional>
#include <string>

namespace hp {
class KnowledgeBase;
}

namespace hp::clients {

struct HandoutOptions {
    bool includePrivateNotes = false;
    std::string preparedOn; // ISO date printed on the page
};

int handoutPageCount(const KnowledgeBase &kb, const Client &client, const Session &session,
                     const HandoutOptions &options, const report::Canvas &canvas);
int drawHandout(const KnowledgeBase &kb, const Client &client, const Session &session, const HandoutOptions &options,
                report::Canvas &canvas, const std::function<void()> &newPage);
std::string handoutToPdf(const KnowledgeBase &kb, const Client &client, const Session &session,
                         const HandoutOptions &options);

} // namespace hp::clients
