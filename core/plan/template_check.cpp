#include "plan/template_check.h"

#include "domain/knowledge.h"
#include "lattice/lattice.h"

#include <algorithm>

namespace hp::plan {

namespace {

const char *const kFile = "plan_templates.json";

template <typename T>
bool hasId(const std::vector<T> &items, const std::string &id)
{
    return std::any_of(items.begin(), items.end(), [&](const T &x) { return x.id == id; });
}

struct Checker {
    const KnowledgeData &data;
    const lattice::Lattice &lattice;
    std::vector<refdata::Problem> problems;

    void add(refdata::ProblemKind kind, std::string message)
    {
        problems.push_back({kind, kFile, std::move(message)});
    }

    void placeholders(const std::string &text, const std::string &where)
    {
        const auto &names = placeholderNames();
        for (std::size_t open = text.find('{'); open != std::string::npos; open = text.find('{', open + 1)) {
            const std::size_t close = text.find('}', open);
            if (close == std::string::npos) {
                add(refdata::ProblemKind::Syntax, where + " has a '{' without its '}'.");
                return;
            }
            const std::string name = text.substr(open + 1, close - open - 1);
            if (std::find(names.begin(), names.end(), name) == names.end())
                add(refdata::ProblemKind::DanglingReference, where + " uses the placeholder {" + name
                                                                 + "}, which the plan generator does not fill.");
        }
    }

    void fact(const std::string &link, const std::string &where)
    {
        if (link.find('{') != std::string::npos)
            return; // filled in per plan
        const std::size_t colon = link.find(':');
        const std::string kind = link.substr(0, colon);
        const std::string id = colon == std::string::npos ? std::string() : link.substr(colon + 1);
        bool exists = false;
        if (kind == "source")
            exists = hasId(data.sources, id);
        else if (kind == "role")
            exists = hasId(data.roles, id);
        else if (kind == "certification")
            exists = hasId(data.certifications, id);
        else if (kind == "education")
            exists = hasId(data.education, id);
        else if (kind == "move")
            exists = hasId(lattice.moves(), id);
        else {
            add(refdata::ProblemKind::BadValue, where + " links '" + link
                                                    + "'; a link is source:, role:, certification:, education: or move: and an id.");
            return;
        }
        if (!exists)
            add(refdata::ProblemKind::DanglingReference, where + " links " + link + ", which does not exist.");
    }

    void figure(const std::string &key, const Figure &f)
    {
        if (!hasId(data.sources, f.sourceId))
            add(refdata::ProblemKind::MissingSource, "The figure '" + key + "' cites the source '" + f.sourceId
                                                         + "', which sources.json does not list.");
    }
};

} // namespace

std::vector<refdata::Problem> checkTemplates(const TemplateSet &templates, const KnowledgeData &data,
                                             const lattice::Lattice &lattice)
{
    Checker c{data, lattice, {}};
    for (const PersonaInfo &p : templates.personas)
        if (!lattice.find(p.latticeStart))
            c.add(refdata::ProblemKind::DanglingReference, "The persona '" + p.id + "' starts at '" + p.latticeStart
                                                               + "', which is not a node of the career lattice.");
    if (!lattice.find(templates.fallbackStart))
        c.add(refdata::ProblemKind::DanglingReference,
              "The fallback start '" + templates.fallbackStart + "' is not a node of the career lattice.");
    for (const TaskTemplate &t : templates.tasks) {
        const std::string where = "The task template '" + t.id + "'";
        for (const std::string *s : {&t.title, &t.detail, &t.reason, &t.when.move})
            c.placeholders(*s, where);
        for (const std::string &f : t.facts) {
            c.placeholders(f, where);
            c.fact(f, where);
        }
    }
    for (const auto &[key, f] : templates.figures)
        c.figure(key, f);
    for (const auto &[key, f] : templates.schedule)
        c.figure(key, f);
    return std::move(c.problems);
}

std::vector<refdata::Problem> checkEmbeddedTemplates(const KnowledgeData &data)
{
    if (!templatesError().empty())
        return {{refdata::ProblemKind::Syntax, kFile, templatesError()}};
    return checkTemplates(templates(), data, lattice::Lattice::build(data));
}

} // namespace hp::plan
