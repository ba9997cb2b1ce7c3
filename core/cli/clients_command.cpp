// healthpath-cli clients list [--archived] [--format text|json]
// healthpath-cli clients show UID
// healthpath-cli clients search TEXT…
// healthpath-cli clients export [--client UID] [--deidentified] --out FILE
// healthpath-cli clients import FILE
// healthpath-cli clients backup | restore [FILE] | check
// healthpath-cli clients handout --client UID [--session N] [--private] --out FILE.pdf
// Exit 0 on success; 1 when the command failed (bad import file, unknown client, damaged data
// file, nothing to restore); 2 for usage errors. Every failure is one sentence on stderr.

#include "cli/clients_common.h"

#include "clients/client_json.h"
#include "clients/client_store.h"
#include "clients/session_handout.h"
#include "platform/paths.h"
#include "refdata/knowledge_base.h"
#include "user/backups.h"
#include "user/user_store.h"

#include <boost/json.hpp>
#include <boost/program_options.hpp>

#include <fcntl.h>
#include <ostream>
#include <sys/stat.h>
#include <unistd.h>

namespace po = boost::program_options;

namespace hp::cli {

namespace clients_cli {

namespace {

// Exports and handouts hold a counselor's records: a new file is made readable by its owner only.
io::WriteResult writePrivately(const std::string &path, const std::string &content)
{
    const bool existed = exists(path);
    if (!existed) {
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0)
            ::close(fd);
    }
    auto written = io::writeFileAtomically(path, content);
    if (!written.ok && !existed)
        ::unlink(path.c_str());
    return written;
}

std::string tagList(const std::vector<std::string> &tags)
{
    std::string out;
    for (const auto &t : tags)
        out.append(out.empty() ? "" : ", ").append(t);
    return out;
}

int listClients(const Sub &sub, const std::vector<std::string> &args)
{
    po::options_description opts("clients list options");
    opts.add_options()
        ("archived", po::bool_switch(), "list archived clients too")
        ("format", po::value<std::string>()->default_value("text"), "text or json");
    po::variables_map vm;
    if (!sub.parse(args, opts, vm).empty()) {
        sub.fail() << "takes no words; to find a client use 'healthpath-cli clients search TEXT'.\n";
        return 2;
    }
    const std::string format = vm["format"].as<std::string>();
    if (format != "text" && format != "json") {
        sub.fail() << "--format must be text or json, not '" << format << "'.\n";
        return 2;
    }
    auto store = sub.open();
    if (!store)
        return 1;
    clients::ClientStore clients(*store);
    const bool archived = vm["archived"].as<bool>();
    const auto list = clients.list(archived ? clients::ArchiveFilter::All : clients::ArchiveFilter::ActiveOnly);
    if (format == "json") {
        boost::json::array out;
        for (const auto &c : list) {
            boost::json::array tags;
            for (const auto &t : c.tags)
                tags.emplace_back(t);
            out.push_back(boost::json::object{{"uid", c.uid}, {"displayName", c.displayName}, {"tags", std::move(tags)},
                                              {"archived", c.archived}, {"sessionCount", c.sessionCount},
                                              {"lastSession", c.lastSession}, {"updated", c.updated}});
        }
        sub.ctx.out << boost::json::serialize(out) << "\n";
        return 0;
    }
    if (list.empty()) {
        const int hidden = archived ? 0 : static_cast<int>(clients.list(clients::ArchiveFilter::ArchivedOnly).size());
        sub.ctx.out << (hidden > 0 ? "No active clients; " + std::to_string(hidden) + " archived (see --archived).\n" : "No clients yet.\n");
        return 0;
    }
    for (const auto &c : list) {
        sub.ctx.out << c.uid << "  " << c.displayName << (c.archived ? " (archived)" : "") << " · " << c.sessionCount
                    << (c.sessionCount == 1 ? " session" : " sessions");
        if (!c.lastSession.empty())
            sub.ctx.out << ", last on " << c.lastSession;
        if (!c.tags.empty())
            sub.ctx.out << " · tags: " << tagList(c.tags);
        sub.ctx.out << "\n";
    }
    return 0;
}

// The client named by uid, or a sentence on stderr.
std::optional<clients::ClientRecord> recordFor(const Sub &sub, clients::ClientStore &clients, const std::string &uid)
{
    const auto id = clients.idForUid(uid);
    auto record = id ? clients.record(*id) : std::nullopt;
    if (!record)
        sub.fail() << "there is no client with the uid '" << uid << "' (see 'healthpath-cli clients list --archived').\n";
    return record;
}

int showClient(const Sub &sub, const std::vector<std::string> &args)
{
    po::options_description opts("clients show options");
    po::variables_map vm;
    const auto words = sub.parse(args, opts, vm);
    if (words.size() != 1) {
        sub.fail() << "name one client by its uid, as 'healthpath-cli clients list' shows it.\n";
        return 2;
    }
    auto store = sub.open();
    if (!store)
        return 1;
    clients::ClientStore clients(*store);
    const auto record = recordFor(sub, clients, words.front());
    if (!record)
        return 1;
    const auto &c = record->client;
    auto &out = sub.ctx.out;
    out << c.displayName << (c.archived ? " (archived)" : "") << "\n";
    if (!c.tags.empty())
        out << "Tags: " << tagList(c.tags) << "\n";
    if (!c.goals.empty())
        out << "Goals: " << c.goals << "\n";
    if (record->sessions.empty())
        out << "No sessions yet.\n";
    for (std::size_t i = 0; i < record->sessions.size(); ++i) {
        const auto &s = record->sessions[i];
        out << "Session " << i + 1 << ": " << s.date;
        if (!s.chosenRole.empty())
            out << " · chose " << s.chosenRole;
        out << " · " << s.attachments.size() << (s.attachments.size() == 1 ? " attachment" : " attachments") << "\n";
    }
    return 0;
}

int searchClients(const Sub &sub, const std::vector<std::string> &args)
{
    po::options_description opts("clients search options");
    po::variables_map vm;
    const auto words = sub.parse(args, opts, vm);
    std::string text;
    for (const auto &w : words)
        text.append(text.empty() ? "" : " ").append(w);
    if (clients::ftsQuery(text).empty()) {
        sub.fail() << "give words to look for, e.g. 'healthpath-cli clients search maria coding'.\n";
        return 2;
    }
    auto store = sub.open();
    if (!store)
        return 1;
    clients::ClientStore clients(*store);
    const auto hits = clients.search(text, 50);
    if (hits.empty()) {
        sub.ctx.out << "No client or note matches \"" << text << "\".\n";
        return 0;
    }
    for (const auto &h : hits) {
        sub.ctx.out << h.displayName << (h.archived ? " (archived)" : "");
        if (h.sessionId != 0)
            if (const auto s = clients.session(h.sessionId))
                sub.ctx.out << ", session of " << s->date;
        sub.ctx.out << ": " << h.snippet << "\n";
    }
    return 0;
}

int exportClients(const Sub &sub, const std::vector<std::string> &args)
{
    po::options_description opts("clients export options");
    opts.add_options()
        ("client", po::value<std::string>(), "export only the client with this uid")
        ("deidentified", po::bool_switch(), "no names, contact details, locations or notes: for program reporting")
        ("out", po::value<std::string>(), "the file to write");
    po::variables_map vm;
    if (!sub.parse(args, opts, vm).empty() || !vm.count("out")) {
        sub.fail() << "say where to write the export: --out FILE.\n";
        return 2;
    }
    auto store = sub.open();
    if (!store)
        return 1;
    clients::ClientStore clients(*store);
    std::vector<clients::ClientRecord> records;
    if (vm.count("client")) {
        auto record = recordFor(sub, clients, vm["client"].as<std::string>());
        if (!record)
            return 1;
        records.push_back(std::move(*record));
    } else {
        records = clients::allRecords(clients);
    }
    const std::string now = utcTimestampNow();
    const bool deidentified = vm["deidentified"].as<bool>();
    const std::string path = vm["out"].as<std::string>();
    const auto written = writePrivately(path, deidentified ? clients::exportDeidentifiedJson(records, now) : clients::exportJson(records, now));
    if (!written.ok) {
        sub.fail() << written.error << "\n";
        return 1;
    }
    sub.ctx.out << "Wrote " << records.size() << (records.size() == 1 ? " client" : " clients") << (deidentified ? ", de-identified," : "")
                << " to " << path << ".\n";
    return 0;
}

// All or nothing: a bad file changes nothing and is explained in one sentence.
int importClients(const Sub &sub, const std::vector<std::string> &args)
{
    po::options_description opts("clients import options");
    po::variables_map vm;
    const auto files = sub.parse(args, opts, vm);
    if (files.size() != 1) {
        sub.fail() << "name one file to import, written by 'healthpath-cli clients export'.\n";
        return 2;
    }
    std::string error;
    const std::string json = io::readFile(files.front(), &error);
    if (!error.empty()) {
        sub.fail() << error << "\n";
        return 1;
    }
    if (!clients::parseExport(json, &error)) {
        sub.fail() << error << " Nothing was imported.\n";
        return 1;
    }
    auto store = sub.open();
    if (!store)
        return 1;
    // Guard the merge: a backup a day at least, taken before the file changes anything.
    if (const auto backup = backups::backupIfDue(*store, sub.ctx.dataDir); !backup.ok) {
        sub.fail() << backup.message << " Nothing was imported.\n";
        return 1;
    }
    clients::ClientStore clients(*store);
    const auto report = clients::importJson(clients, json);
    if (!report.ok) {
        sub.fail() << report.error << "\n";
        return 1;
    }
    sub.ctx.out << report.text() << "\n";
    return 0;
}

int handoutClients(const Sub &sub, const std::vector<std::string> &args)
{
    po::options_description opts("clients handout options");
    opts.add_options()
        ("client", po::value<std::string>(), "the client's uid")
        ("session", po::value<int>(), "which session, counting from 1 = the first (default: the latest)")
        ("private", po::bool_switch(), "include the private notes")
        ("out", po::value<std::string>(), "the PDF file to write");
    po::variables_map vm;
    if (!sub.parse(args, opts, vm).empty() || !vm.count("client") || !vm.count("out")) {
        sub.fail() << "say whose handout and where to write it: --client UID --out FILE.pdf.\n";
        return 2;
    }
    auto store = sub.open();
    if (!store)
        return 1;
    clients::ClientStore clients(*store);
    const auto record = recordFor(sub, clients, vm["client"].as<std::string>());
    if (!record)
        return 1;
    const int count = static_cast<int>(record->sessions.size());
    if (count == 0) {
        sub.fail() << record->client.displayName << " has no sessions yet; a handout summarises one session.\n";
        return 1;
    }
    const int number = vm.count("session") ? vm["session"].as<int>() : count;
    if (number < 1 || number > count) {
        sub.fail() << "--session must be a number from 1 to " << count << ", the sessions of " << record->client.displayName << ".\n";
        return 2;
    }
    auto kb = sub.ctx.openKnowledge();
    if (!kb)
        return 1;
    clients::HandoutOptions options;
    options.includePrivateNotes = vm["private"].as<bool>();
    options.preparedOn = utcTimestampNow().substr(0, 10);
    const std::string path = vm["out"].as<std::string>();
    const auto &session = record->sessions[static_cast<std::size_t>(number - 1)];
    const auto written = writePrivately(path, clients::handoutToPdf(*kb, record->client, session, options));
    if (!written.ok) {
        sub.fail() << written.error << "\n";
        return 1;
    }
    sub.ctx.out << "Wrote the summary of the session of " << session.date << " to " << path << ".\n";
    return 0;
}

} // namespace

} // namespace clients_cli

int clientsCommand(const Context &ctx, const std::vector<std::string> &args)
{
    using namespace clients_cli;
    const std::string name = args.empty() ? std::string() : args.front();
    const std::vector<std::string> rest(args.empty() ? args.end() : args.begin() + 1, args.end());
    const Sub sub{ctx, name};
    if (name == "list")
        return listClients(sub, rest);
    if (name == "show")
        return showClient(sub, rest);
    if (name == "search")
        return searchClients(sub, rest);
    if (name == "export")
        return exportClients(sub, rest);
    if (name == "import")
        return importClients(sub, rest);
    if (name == "backup")
        return backupClients(sub, rest);
    if (name == "restore")
        return restoreClients(sub, rest);
    if (name == "check")
        return checkClients(sub, rest);
    if (name == "handout")
        return handoutClients(sub, rest);
    ctx.err << "healthpath-cli clients: " << (name.empty() ? "say what to do" : "unknown subcommand '" + name + "'")
            << "; subcommands are list, show, search, export, import, backup, restore, check and handout.\n";
    return 2;
}

} // namespace hp::cli
