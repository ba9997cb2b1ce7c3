// The crosswalk index and its searches: codes, skill-level families, prefixes and title words.

#include "veterans/crosswalk.h"

#include "veterans/veterans.h"

#include <algorithm>
#include <cctype>

namespace hp::veterans {

namespace {

bool digit(char c)
{
    return c >= '0' && c <= '9';
}
bool upper(char c)
{
    return c >= 'A' && c <= 'Z';
}

int serviceRank(char svc)
{
    const auto *s = serviceFor(svc);
    if (!s)
        return 99;
    const auto &all = branches();
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i].id == s->branchId)
            return int(i);
    return 98;
}

// Air Force and Space Force specialty codes with their skill-level (enlisted: 4A051, 4A0X1) or
// qualification-level (officers: 41A3, 41AX) digit replaced by X; "" for other codes.
std::string familyKey(const std::string &c)
{
    const auto n = c.size();
    const bool enlisted = (n == 5 || n == 6) && digit(c[0]) && upper(c[1]) && digit(c[2]) && (digit(c[3]) || c[3] == 'X')
                          && digit(c[4]) && (n == 5 || upper(c[5]));
    const bool officer = (n == 4 || n == 5) && digit(c[0]) && digit(c[1]) && upper(c[2]) && (digit(c[3]) || c[3] == 'X')
                         && (n == 4 || upper(c[4]));
    if (!enlisted && !officer)
        return {};
    std::string key = c;
    key[3] = 'X';
    return key;
}

std::vector<std::string> words(std::string_view text)
{
    std::vector<std::string> out;
    std::string cur;
    for (char ch : text) {
        const auto u = static_cast<unsigned char>(ch);
        if (std::isalnum(u) || u >= 0x80) {
            cur += static_cast<char>(std::tolower(u));
        } else if (!cur.empty()) {
            out.push_back(std::move(cur));
            cur.clear();
        }
    }
    if (!cur.empty())
        out.push_back(std::move(cur));
    return out;
}

} // namespace

Crosswalk::Crosswalk(std::vector<CrosswalkRow> rows, std::map<std::string, std::string> onetTitles)
    : m_rows(std::move(rows))
    , m_onetTitles(std::move(onetTitles))
{
    // Display order within a kind of hit: branch (as branches() lists them), then file order.
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const CrosswalkRow &a, const CrosswalkRow &b) { return serviceRank(a.svc) < serviceRank(b.svc); });
    buildIndex();
}

void Crosswalk::buildIndex()
{
    std::map<std::string, std::vector<std::uint32_t>> byWord;
    m_sortedCodes.reserve(m_rows.size());
    m_titleWords.reserve(m_rows.size());
    for (std::uint32_t i = 0; i < m_rows.size(); ++i) {
        const auto &r = m_rows[i];
        const std::string code = normalizeCode(r.code);
        m_exact[code].push_back(i);
        if (r.svc == 'F' || r.svc == 'H')
            if (const auto key = familyKey(code); !key.empty())
                m_family[key].push_back(i);
        m_sortedCodes.emplace_back(code, i);
        const auto ws = words(r.title);
        m_titleWords.push_back(static_cast<std::uint16_t>(std::min<std::size_t>(ws.size(), 65535)));
        for (const auto &w : ws) {
            auto &list = byWord[w];
            if (list.empty() || list.back() != i)
                list.push_back(i);
        }
    }
    std::sort(m_sortedCodes.begin(), m_sortedCodes.end());
    m_words.assign(std::make_move_iterator(byWord.begin()), std::make_move_iterator(byWord.end()));
}

std::string Crosswalk::onetTitle(std::string_view onet) const
{
    const auto it = m_onetTitles.find(std::string(onet));
    return it != m_onetTitles.end() ? it->second : std::string();
}

bool Crosswalk::allowed(std::uint32_t row, const ServiceSet &services) const
{
    return services.empty() || services.find(m_rows[row].svc) != std::string::npos;
}

std::vector<Crosswalk::Hit> Crosswalk::lookup(const std::string &key, How how, const ServiceSet &services,
                                              std::string_view onlyServices) const
{
    std::vector<Hit> out;
    const auto &index = how == How::Family ? m_family : m_exact;
    const auto it = index.find(key);
    if (it == index.end())
        return out;
    for (auto row : it->second)
        if (allowed(row, services) && (onlyServices.empty() || onlyServices.find(m_rows[row].svc) != std::string_view::npos))
            out.push_back({row, how, how == How::Exact ? std::string() : key});
    return out;
}

std::vector<Crosswalk::Hit> Crosswalk::findCode(std::string_view query, const ServiceSet &services) const
{
    const std::string code = normalizeCode(query);
    if (code.empty() || code.size() > 12 || query.find_first_of(" \t") != std::string_view::npos)
        return {};
    if (auto hits = lookup(code, How::Exact, services); !hits.empty())
        return hits;
    // Air Force / Space Force: a written-out skill level ("4A0X1") or another level of the same
    // specialty finds the family.
    if (const auto key = familyKey(code); !key.empty())
        if (auto hits = lookup(key, How::Family, services); !hits.empty())
            return hits;
    // Army: an MOS with its skill level and identifiers (68G10, 68G3O, 670A0) is the MOS.
    const auto n = code.size();
    if (n >= 4 && digit(code[0]) && digit(code[1]) && upper(code[2]) && (digit(code[3]) || code[3] == 'O'))
        if (auto hits = lookup(code.substr(0, 3), How::SkillLevel, services, "A"); !hits.empty())
            return hits;
    if (n >= 5 && digit(code[0]) && digit(code[1]) && digit(code[2]) && upper(code[3]))
        if (auto hits = lookup(code.substr(0, 4), How::SkillLevel, services, "A"); !hits.empty())
            return hits;
    // Navy and Coast Guard: a rating with its rate (HM2, HMC, HMCS, YN1) is the rating.
    for (std::string_view suffix : {"CS", "CM", "C", "1", "2", "3"}) {
        if (n <= suffix.size() + 1 || code.compare(n - suffix.size(), suffix.size(), suffix) != 0)
            continue;
        const std::string rating = code.substr(0, n - suffix.size());
        if (rating.size() >= 2 && rating.size() <= 3 && std::all_of(rating.begin(), rating.end(), upper))
            if (auto hits = lookup(rating, How::Rate, services, "NC"); !hits.empty())
                return hits;
    }
    return {};
}

std::vector<Crosswalk::Hit> Crosswalk::findPrefix(std::string_view query, const ServiceSet &services, std::size_t limit) const
{
    std::vector<Hit> out;
    const std::string code = normalizeCode(query);
    if (code.empty() || query.find_first_of(" \t") != std::string_view::npos)
        return out;
    auto it = std::lower_bound(m_sortedCodes.begin(), m_sortedCodes.end(), std::make_pair(code, std::uint32_t(0)));
    std::vector<const std::pair<std::string, std::uint32_t> *> found;
    for (; it != m_sortedCodes.end() && it->first.compare(0, code.size(), code) == 0; ++it)
        if (it->first != code && allowed(it->second, services))
            found.push_back(&*it);
    // Shorter codes first: "68" lists the MOSs 68A … 68Z before the longer codes that start so.
    const std::size_t keep = std::min(limit, found.size());
    std::partial_sort(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(keep), found.end(), [](const auto *a, const auto *b) {
        return a->first.size() != b->first.size() ? a->first.size() < b->first.size() : *a < *b;
    });
    for (std::size_t i = 0; i < keep; ++i)
        out.push_back({found[i]->second, How::Prefix, {}});
    return out;
}

std::vector<Crosswalk::Hit> Crosswalk::findTitle(std::string_view query, const ServiceSet &services, std::size_t limit,
                                                 std::size_t *total) const
{
    auto tokens = words(query);
    if (tokens.size() > 16) // counted in bytes below; nobody types more
        tokens.resize(16);
    if (total)
        *total = 0;
    if (tokens.empty())
        return {};
    // Per row: how many query words it holds, and how many of those as whole words.
    std::vector<std::uint8_t> count(m_rows.size(), 0), whole(m_rows.size(), 0);
    std::vector<std::uint32_t> stamp(m_rows.size(), 0);
    for (std::uint32_t t = 0; t < tokens.size(); ++t) {
        const auto &token = tokens[t];
        auto it = std::lower_bound(m_words.begin(), m_words.end(), token,
                                   [](const auto &entry, const std::string &w) { return entry.first < w; });
        for (; it != m_words.end() && it->first.compare(0, token.size(), token) == 0; ++it)
            for (auto row : it->second) {
                if (stamp[row] == t + 1)
                    continue;
                if (count[row] != t) // missed an earlier word
                    continue;
                stamp[row] = t + 1;
                ++count[row];
                if (it->first == token)
                    ++whole[row];
            }
    }
    std::vector<std::uint32_t> rows;
    for (std::uint32_t i = 0; i < m_rows.size(); ++i)
        if (count[i] == tokens.size() && allowed(i, services))
            rows.push_back(i);
    if (total)
        *total = rows.size();
    const auto better = [&](std::uint32_t a, std::uint32_t b) {
        if (whole[a] != whole[b])
            return whole[a] > whole[b];
        if (m_titleWords[a] != m_titleWords[b])
            return m_titleWords[a] < m_titleWords[b];
        return a < b;
    };
    const std::size_t keep = std::min(limit, rows.size());
    std::partial_sort(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(keep), rows.end(), better);
    std::vector<Hit> out;
    for (std::size_t i = 0; i < keep; ++i)
        out.push_back({rows[i], How::Title, {}});
    return out;
}

std::vector<Crosswalk::Hit> Crosswalk::search(std::string_view query, const ServiceSet &services, std::size_t limit) const
{
    std::vector<Hit> out;
    std::vector<bool> seen(m_rows.size(), false);
    auto add = [&](std::vector<Hit> hits) {
        for (auto &h : hits)
            if (out.size() < limit && !seen[h.row]) {
                seen[h.row] = true;
                out.push_back(std::move(h));
            }
    };
    add(findCode(query, services));
    const std::string code = normalizeCode(query);
    if (const auto key = familyKey(code); !key.empty()) // 4A051 also lists the rest of its family
        add(lookup(key, How::Family, services));
    add(findPrefix(query, services, limit));
    add(findTitle(query, services, limit));
    return out;
}

MilitaryOccupation Crosswalk::occupation(std::uint32_t i) const
{
    const auto &r = m_rows[i];
    const Service *s = serviceFor(r.svc);
    MilitaryOccupation o;
    o.branchId = s ? std::string(s->branchId) : std::string();
    o.codeType = s ? std::string(s->codeType) : std::string();
    o.category = std::string(categoryName(r.category));
    o.code = r.code;
    o.title = r.title;
    o.onetCodes = r.onet;
    return o;
}

} // namespace hp::veterans
