// bench_clients: the client records budgets, on a generated user database of 5,000 clients and
// 50,000 session notes in a temporary folder. Prints
//       RESULT clients_open_list <ms> ms budget 200 <pass|FAIL>
//       RESULT clients_search_median <ms> ms budget 50 <pass|FAIL>
//       RESULT clients_search_max <ms> ms budget 50 <pass|FAIL>
// open_list is the median of several runs of UserStore::open + ClientStore::list. The searches
// type several queries a keystroke at a time ("m", "ma", "mar", …); search_median is the median
// of the keystrokes' median times and search_max the slowest single keystroke seen.

#include "clients/client_store.h"
#include "user/user_store.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

namespace {

constexpr int kClients = 5000, kSessions = 50000;
constexpr double kOpenBudgetMs = 200, kSearchBudgetMs = 50;

template<class F>
double timeMs(F &&f)
{
    const auto start = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

bool report(const char *name, double ms, double budget)
{
    std::printf("RESULT %s %.3f ms budget %.0f %s\n", name, ms, budget, ms <= budget ? "pass" : "FAIL");
    return ms <= budget;
}

// Realistic text from fixed word lists and a seeded generator, so every run builds the same data.
class Generator {
public:
    std::string pick(const std::vector<std::string> &list) { return list[m_random() % list.size()]; }
    int number(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_random); }

    hp::clients::Client client()
    {
        hp::clients::Client c;
        c.displayName = pick(kFirst) + " " + pick(kLast);
        c.contact = lower(c.displayName.substr(0, c.displayName.find(' '))) + std::to_string(number(1, 999)) + "@example.org";
        c.background = {pick(kEducation), pick(kJobs), number(0, 4) == 0 ? pick(kMilitary) : "", number(0, 3) == 0 ? "CNA, 2 years" : ""};
        c.goals = pick(kGoals);
        c.constraints.hoursPerWeek = number(3, 20);
        if (number(0, 1))
            c.constraints.budget = number(0, 40) * 100;
        c.constraints.location = pick(kCities);
        for (int i = number(0, 3); i > 0; --i)
            c.tags.push_back(pick(kTags));
        return c;
    }

    std::string notes()
    {
        std::string out = "# " + pick(kHeadings) + "\n";
        for (int i = number(2, 6); i > 0; --i)
            out.append(number(0, 2) == 0 ? "- " : "").append(pick(kSentences)).append("\n");
        return out;
    }

    std::string date() { return "20" + std::to_string(number(24, 26)) + "-" + two(number(1, 12)) + "-" + two(number(1, 28)); }

private:
    static std::string lower(std::string s)
    {
        for (char &ch : s)
            ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        return s;
    }
    static std::string two(int n) { return std::string(n < 10 ? "0" : "").append(std::to_string(n)); }

    std::mt19937 m_random{20261126};
    const std::vector<std::string> kFirst{"Maria", "James", "Aisha", "Sam", "Linh", "Carlos", "Emily", "Darnell", "Priya", "Olga", "Mohammed",
                                          "Grace", "Tyrone", "Sofia", "Wei", "Hannah", "Jamal", "Lucia", "Noah", "Fatima", "Ethan", "Keisha",
                                          "Diego", "Mei", "Isaac", "Rosa", "Andre", "Chloe", "Omar", "Beatriz"};
    const std::vector<std::string> kLast{"Lopez", "Smith", "Okafor", "Nguyen", "Johnson", "Patel", "Garcia", "Williams", "Kim", "Brown",
                                         "Hernandez", "Ivanova", "Ali", "Davis", "Martinez", "Chen", "Wilson", "Anderson", "Thomas", "Moore",
                                         "Jackson", "Rivera", "Lee", "Walker", "Young", "King", "Wright", "Scott", "Torres", "Hill"};
    const std::vector<std::string> kEducation{"High school diploma", "GED", "Some college", "Associate degree in health science",
                                              "Bachelor's degree in biology", "Certificate in medical office administration"};
    const std::vector<std::string> kJobs{"Front desk, family practice", "Retail cashier", "Warehouse lead", "Call center agent",
                                         "Medical assistant", "Pharmacy technician", "Home health aide", "Restaurant manager", "Unemployed"};
    const std::vector<std::string> kMilitary{"Army 68G, E-5, 6 years", "Navy HM, E-4, 4 years", "Air Force 4A0X1, E-5, 8 years",
                                             "Marine Corps 0111, E-4, 4 years"};
    const std::vector<std::string> kGoals{"Wants remote medical coding work within a year", "Move into billing without a pay cut",
                                          "Become a patient access supervisor", "Earn the CPC and find an outpatient coding job",
                                          "Work days only, close to home", "Use the GI Bill for a health information degree",
                                          "Start in revenue cycle and grow into management"};
    const std::vector<std::string> kCities{"Columbus, OH", "Dayton, OH", "Cleveland, OH", "Pittsburgh, PA", "Louisville, KY",
                                           "Indianapolis, IN", "Detroit, MI", "Chicago, IL", "Remote only"};
    const std::vector<std::string> kTags{"veteran", "WIOA", "evening", "childcare", "second career", "ESL", "referral", "priority",
                                         "remote", "youth", "reentry", "scholarship"};
    const std::vector<std::string> kHeadings{"Next steps", "What we talked about", "Plan", "Follow-up", "Questions"};
    const std::vector<std::string> kSentences{
        "Book the CPC exam once the practice scores pass 80 percent.", "Ask the employer about tuition assistance.",
        "Compared outpatient coding with medical billing; billing starts sooner.", "Budget is tight this month; look at WIOA funding.",
        "Childcare on Saturdays is a problem for the exam date.", "Wants to keep working nights while studying.",
        "Reviewed the resume and added the clinical experience.", "Mock interview went well; practice the salary question.",
        "Call the community college about the coding certificate.", "Look up the VA test fee reimbursement.",
        "Talked about remote work and home office requirements.", "Anatomy and medical terminology come first.",
        "Send the list of accredited programs by Friday.", "Feels confident about ICD-10 but not about CPT modifiers.",
        "Applied to two patient access openings at the hospital.", "Needs a laptop; check the library loan program."};
};

} // namespace

int main()
{
    namespace fs = std::filesystem;
    char pattern[] = "/tmp/bench_clients.XXXXXX";
    if (!::mkdtemp(pattern)) {
        std::fprintf(stderr, "bench_clients: cannot make a temporary folder\n");
        return 1;
    }
    const fs::path dir = pattern;
    const std::string path = (dir / "user.sqlite").string();
    bool ok = true;
    try {
        Generator gen;
        const double built = timeMs([&] {
            auto opened = hp::UserStore::open(path);
            if (!opened.store)
                throw hp::db::DbError(opened.error);
            hp::clients::ClientStore store(*opened.store);
            hp::db::Transaction tx(opened.store->database());
            std::vector<std::int64_t> ids;
            for (int i = 0; i < kClients; ++i)
                ids.push_back(store.addClient(gen.client()));
            for (int i = 0; i < kSessions; ++i) {
                hp::clients::Session s;
                s.clientId = ids[static_cast<std::size_t>(gen.number(0, kClients - 1))];
                s.date = gen.date();
                s.notes = gen.notes();
                if (gen.number(0, 4) == 0)
                    s.privateNotes = gen.pick({"Seemed tired today.", "Mentioned money worries.", "Partner is supportive."});
                store.addSession(std::move(s));
            }
            tx.commit();
            opened.store->database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        });
        std::fprintf(stderr, "  built %d clients and %d sessions in %.0f ms; file %.1f MB\n", kClients, kSessions, built,
                     static_cast<double>(fs::file_size(path)) / 1e6);

        std::vector<double> opens;
        std::size_t listed = 0;
        for (int i = 0; i < 9; ++i)
            opens.push_back(timeMs([&] {
                auto opened = hp::UserStore::open(path);
                hp::clients::ClientStore store(*opened.store);
                listed = store.list().size();
            }));
        std::fprintf(stderr, "  open + list: %zu clients, median %.1f ms\n", listed, median(opens));
        ok = report("clients_open_list", median(opens), kOpenBudgetMs) && ok;

        auto opened = hp::UserStore::open(path);
        hp::clients::ClientStore store(*opened.store);
        std::vector<double> keystrokeMedians;
        double slowest = 0;
        for (const std::string query : {"maria cod", "childcare", "columbus veteran", "cpt modifiers", "okafor", "tuition assist"}) {
            for (std::size_t n = 1; n <= query.size(); ++n) {
                const std::string typed = query.substr(0, n);
                if (typed.back() == ' ')
                    continue;
                std::vector<double> runs;
                std::size_t hits = 0;
                for (int i = 0; i < 7; ++i)
                    runs.push_back(timeMs([&] { hits = store.search(typed).size(); }));
                slowest = std::max(slowest, *std::max_element(runs.begin(), runs.end()));
                keystrokeMedians.push_back(median(runs));
                std::fprintf(stderr, "  search \"%s\": %zu hits, median %.2f ms\n", typed.c_str(), hits, median(runs));
            }
        }
        ok = report("clients_search_median", median(keystrokeMedians), kSearchBudgetMs) && ok;
        ok = report("clients_search_max", slowest, kSearchBudgetMs) && ok;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_clients: %s\n", e.what());
        ok = false;
    }
    // BENCH_CLIENTS_KEEP=1 keeps the generated database for a look with the sqlite3 shell.
    if (const char *keep = std::getenv("BENCH_CLIENTS_KEEP"); keep && *keep == '1') {
        std::fprintf(stderr, "  kept %s\n", path.c_str());
    } else {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
    return ok ? 0 : 1;
}
