// ClientStore::search: search as you type over the client_fts and session_fts tables (see
// user/user_schema.h). Each table yields its best `limit` rows with FTS5 sorting by bm25 itself
// (or, for a very broad match, its newest rows), so snippets are made only for rows that can be
// shown; the two lists are then merged by score.

#include "clients/client_store.h"

#include <algorithm>

namespace hp::clients {

namespace {

// Snippet markers that cannot occur in typed notes; turned into [ and ] once the snippet is made.
const std::string kOpen = "\x01", kClose = "\x02";

bool isWordByte(unsigned char c)
{
    return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::vector<std::string> words(const std::string &text)
{
    std::vector<std::string> out;
    std::string word;
    auto flush = [&] {
        if (std::any_of(word.begin(), word.end(), [](char c) { return isWordByte(static_cast<unsigned char>(c)); }))
            out.push_back(word);
        word.clear();
    };
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
            flush();
        else
            word.push_back(c);
    }
    flush();
    return out;
}

// A word as an FTS5 string matched as a prefix: "o'brien" becomes "o'brien"* (the tokenizer then
// makes it the phrase o + brien*). Quotes inside are doubled, so nothing typed is FTS5 syntax.
std::string quoted(const std::string &word)
{
    std::string out = "\"";
    for (char c : word) {
        if (c == '"')
            out += "\"\"";
        else if (c != '\0')
            out.push_back(c);
    }
    return out + "\"*";
}

std::string cleanSnippet(std::string s)
{
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        if (c == '\x01')
            out.push_back('[');
        else if (c == '\x02')
            out.push_back(']');
        else if (c == '\n' || c == '\r' || c == '\t')
            out.push_back(' ');
        else
            out.push_back(c);
    }
    return out;
}

struct Ranked {
    SearchHit hit;
    double score = 0; // bm25: lower is better
};

struct Table {
    const char *name;
    const char *weights;  // the bm25() call for FTS5's rank
    const char *snippets; // two snippet columns (the second may be '')
    int rankCap;
};

// Ranking every row of a very broad match (the first letter typed, a word in most notes) takes
// longer than a keystroke may, and tells little; above this many matching rows, the newest come
// first instead. Clients are fewer, so their cap is higher: their names should rank first.
constexpr int kClientRankCap = 10000;
constexpr int kSessionRankCap = 2000;

// Adds the best `limit` rows of one FTS table matching `match` to `out`, with their snippets.
void collect(db::Database &db, const Table &t, const std::string &match, int limit, bool sessions, std::vector<Ranked> &out)
{
    const std::string name = t.name;
    auto probe = db.prepare("SELECT count(*) FROM (SELECT 1 FROM " + name + " WHERE " + name + " MATCH ?1 LIMIT ?2)");
    probe.bind(1, match).bind(2, t.rankCap + 1);
    probe.step();
    const bool rank = probe.integer(0) <= t.rankCap;
    auto st = db.prepare("SELECT rowid, " + std::string(rank ? "rank" : "0") + ", " + t.snippets + " FROM " + name + " WHERE " + name
                         + " MATCH ?1" + (rank ? " AND rank MATCH '" + std::string(t.weights) + "' ORDER BY rank" : " ORDER BY rowid DESC")
                         + " LIMIT ?4");
    st.bind(1, match).bind(2, kOpen).bind(3, kClose).bind(4, limit);
    for (int row = 0; st.step(); ++row) {
        Ranked r;
        (sessions ? r.hit.sessionId : r.hit.clientId) = st.integer(0);
        r.score = rank ? st.real(1) : 1e9 + row; // bm25 is negative: unranked rows come after ranked ones
        // A session's snippet comes from its notes, or from the private notes when only they match.
        const std::string first = st.text(2), second = st.text(3);
        const bool inFirst = first.find(kOpen) != std::string::npos, inSecond = second.find(kOpen) != std::string::npos;
        r.hit.snippet = cleanSnippet(inFirst || !inSecond ? first : second);
        out.push_back(std::move(r));
    }
}

} // namespace

std::string ftsQuery(const std::string &text)
{
    std::string out;
    for (const auto &w : words(text))
        out.append(out.empty() ? "" : " ").append(quoted(w));
    return out;
}

std::vector<SearchHit> ClientStore::search(const std::string &text, int limit)
{
    const std::vector<std::string> typed = words(text);
    if (typed.empty() || limit <= 0)
        return {};
    std::string all, any;
    for (const auto &w : typed) {
        all.append(all.empty() ? "" : " ").append(quoted(w));
        any.append(any.empty() ? "" : " OR ").append(quoted(w));
    }
    auto &db = m_store.database();
    std::vector<Ranked> ranked;
    // Names weigh most, then tags; a session's notes weigh more than the client name it carries.
    collect(db, {"client_fts", "bm25(10.0, 2.0, 1.0, 1.0, 4.0, 1.0)", "snippet(client_fts, -1, ?2, ?3, '…', 10), ''", kClientRankCap},
            all, limit, false, ranked);
    collect(db,
            {"session_fts", "bm25(1.0, 2.0, 2.0)",
             "snippet(session_fts, 1, ?2, ?3, '…', 12), snippet(session_fts, 2, ?2, ?3, '…', 12)", kSessionRankCap},
            "(" + all + ") AND ({notes private_notes} : (" + any + "))", limit, true, ranked);

    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) { return a.score < b.score; });
    if (ranked.size() > static_cast<std::size_t>(limit))
        ranked.resize(static_cast<std::size_t>(limit));

    auto clientOf = db.prepare("SELECT display_name, archived FROM client WHERE id = ?");
    auto sessionOf = db.prepare("SELECT c.id, c.display_name, c.archived FROM session s JOIN client c ON c.id = s.client_id WHERE s.id = ?");
    std::vector<SearchHit> out;
    out.reserve(ranked.size());
    for (auto &r : ranked) {
        if (r.hit.sessionId == 0) {
            clientOf.reset();
            clientOf.bind(1, static_cast<long long>(r.hit.clientId));
            if (!clientOf.step())
                continue;
            r.hit.displayName = clientOf.text(0);
            r.hit.archived = clientOf.integer(1) != 0;
        } else {
            sessionOf.reset();
            sessionOf.bind(1, static_cast<long long>(r.hit.sessionId));
            if (!sessionOf.step())
                continue;
            r.hit.clientId = sessionOf.integer(0);
            r.hit.displayName = sessionOf.text(1);
            r.hit.archived = sessionOf.integer(2) != 0;
        }
        out.push_back(std::move(r.hit));
    }
    return out;
}

} // namespace hp::clients
