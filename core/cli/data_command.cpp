#include "cli/commands.h"

#include "refdata/knowledge_base.h"
#include "refdata/loader.h"

#include <ostream>

namespace hp::cli {

namespace {

int check(const Context &ctx)
{
    auto shipped = refdata::loadEmbedded();
    int failures = 0;
    for (const auto &p : shipped.problems) {
        ctx.err << "problem [" << refdata::problemKindId(p.kind) << "] " << refdata::describe(p) << "\n";
        ++failures;
    }
    if (failures == 0) {
        auto kb = ctx.openKnowledge();
        if (!kb)
            return 1;
        for (const auto &p : kb->check()) {
            ctx.err << "problem [" << refdata::problemKindId(p.kind) << "] " << refdata::describe(p) << "\n";
            ++failures;
        }
        if (failures == 0) {
            const auto &d = kb->data();
            ctx.out << "Reference data is valid: " << d.roles.size() << " roles, " << d.occupations.size()
                    << " occupations, " << d.wages.size() << " wage rows (" << kb->vintages().size() << " vintages), "
                    << d.certifications.size() << " certifications, " << d.education.size() << " education paths, "
                    << d.ladders.size() << " ladders, " << d.sources.size() << " sources.\n";
            return 0;
        }
    }
    ctx.err << failures << (failures == 1 ? " problem" : " problems") << " found.\n";
    return 1;
}

} // namespace

int dataCommand(const Context &ctx, const std::vector<std::string> &args)
{
    if (args.empty()) {
        ctx.err << "healthpath-cli data: say what to do: check.\n";
        return 2;
    }
    if (args.front() == "check" && args.size() == 1)
        return check(ctx);
    ctx.err << "healthpath-cli data: unknown subcommand or extra arguments '" << args.front()
            << "'; use: data check.\n";
    return 2;
}

} // namespace hp::cli
