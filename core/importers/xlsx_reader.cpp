#include "importers/xlsx_reader.h"

#include "importers/xlsx_parts.h"

#include <expat.h>
#include <zip.h>

#include <array>
#include <charconv>
#include <filesystem>

namespace hp::xlsx {

namespace {

using parts::PartHandler;
using parts::localName;

constexpr zip_uint64_t kMaxPartSize = zip_uint64_t(512) << 20; // far above any real worksheet

struct ParserContext {
    XML_Parser parser;
    PartHandler *handler;
};

void XMLCALL onStart(void *data, const XML_Char *name, const XML_Char **atts)
{
    auto *ctx = static_cast<ParserContext *>(data);
    ctx->handler->start(localName(name), atts);
    if (!ctx->handler->problem.empty())
        XML_StopParser(ctx->parser, XML_FALSE);
}

void XMLCALL onEnd(void *data, const XML_Char *name)
{
    auto *ctx = static_cast<ParserContext *>(data);
    ctx->handler->end(localName(name));
    if (!ctx->handler->problem.empty())
        XML_StopParser(ctx->parser, XML_FALSE);
}

void XMLCALL onText(void *data, const XML_Char *s, int len)
{
    static_cast<ParserContext *>(data)->handler->text(std::string_view(s, static_cast<size_t>(len)));
}

// A read-only zip archive whose parts are streamed through expat. Every error is a sentence that
// starts "Cannot read <file>:".
class Archive {
public:
    explicit Archive(const std::string &path)
        : m_path(path)
        , m_file(std::filesystem::path(path).filename().string())
    {
    }
    ~Archive()
    {
        if (m_zip)
            zip_discard(m_zip);
    }
    Archive(const Archive &) = delete;
    Archive &operator=(const Archive &) = delete;

    std::string open()
    {
        int code = 0;
        m_zip = zip_open(m_path.c_str(), ZIP_RDONLY, &code);
        if (m_zip)
            return {};
        if (code == ZIP_ER_NOZIP || code == ZIP_ER_INCONS)
            return fail("it is not an .xlsx workbook, or it was cut short (it has no readable zip directory)");
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        std::string message = fail("the zip archive cannot be opened (" + std::string(zip_error_strerror(&error)) + ")");
        zip_error_fini(&error);
        return message;
    }

    bool has(const std::string &part) const
    {
        zip_stat_t st;
        zip_stat_init(&st);
        return zip_stat(m_zip, part.c_str(), ZIP_FL_NOCASE, &st) == 0;
    }

    std::string missing(const std::string &part, const std::string &why) const
    {
        return fail("it has no part " + part + why);
    }

    std::string parse(const std::string &part, PartHandler &handler)
    {
        zip_file_t *zf = zip_fopen(m_zip, part.c_str(), ZIP_FL_NOCASE);
        if (!zf)
            return missing(part, "");
        XML_Parser parser = XML_ParserCreateNS(nullptr, '|');
        ParserContext ctx{parser, &handler};
        XML_SetUserData(parser, &ctx);
        XML_SetElementHandler(parser, onStart, onEnd);
        XML_SetCharacterDataHandler(parser, onText);
        std::string error;
        std::array<char, 64 * 1024> buffer;
        zip_uint64_t total = 0;
        for (;;) {
            const zip_int64_t n = zip_fread(zf, buffer.data(), buffer.size());
            if (n < 0) {
                error = fail("part " + part + " is damaged (" + zip_error_strerror(zip_file_get_error(zf)) + ")");
                break;
            }
            total += static_cast<zip_uint64_t>(n);
            if (total > kMaxPartSize) {
                error = fail("part " + part + " is larger than 512 MB, more than a worksheet this program reads");
                break;
            }
            if (XML_Parse(parser, buffer.data(), static_cast<int>(n), n == 0) != XML_STATUS_OK) {
                // Damaged compressed bytes can inflate to plausible garbage; the zip's checksum,
                // checked at the end of the part, tells that apart from a badly written part.
                if (const std::string damage = drain(zf); !damage.empty())
                    error = fail("part " + part + " is damaged (" + damage + ")");
                else if (!handler.problem.empty())
                    error = fail("part " + part + " " + handler.problem);
                else
                    error = fail("part " + part + " is not well-formed XML (" + XML_ErrorString(XML_GetErrorCode(parser))
                                 + " at line " + std::to_string(XML_GetCurrentLineNumber(parser)) + ", column "
                                 + std::to_string(XML_GetCurrentColumnNumber(parser)) + ")");
                break;
            }
            if (n == 0)
                break;
        }
        XML_ParserFree(parser);
        zip_fclose(zf);
        return error;
    }

    // Reads the rest of a part; returns libzip's error (e.g. "CRC error") or empty.
    static std::string drain(zip_file_t *zf)
    {
        std::array<char, 64 * 1024> buffer;
        zip_int64_t n = 0;
        while ((n = zip_fread(zf, buffer.data(), buffer.size())) > 0) {
        }
        return n < 0 ? zip_error_strerror(zip_file_get_error(zf)) : std::string();
    }

    std::string fail(const std::string &what) const { return "Cannot read " + m_file + ": " + what + "."; }

private:
    std::string m_path, m_file;
    zip_t *m_zip = nullptr;
};

} // namespace

std::string columnName(size_t index)
{
    std::string name;
    for (size_t n = index + 1; n > 0; n = (n - 1) / 26)
        name.insert(name.begin(), static_cast<char>('A' + (n - 1) % 26));
    return name;
}

std::optional<std::pair<size_t, int>> parseCellRef(std::string_view ref)
{
    size_t i = 0, column = 0;
    while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z') {
        column = column * 26 + static_cast<size_t>(ref[i] - 'A' + 1);
        if (column > parts::kMaxColumns)
            return std::nullopt;
        ++i;
    }
    if (i == 0 || i > 3)
        return std::nullopt;
    int row = 0;
    const auto digits = ref.substr(i);
    const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), row);
    if (ec != std::errc() || ptr != digits.data() + digits.size() || row < 1 || row > parts::kMaxRows || digits[0] == '0')
        return std::nullopt;
    return std::pair{column - 1, row};
}

ReadResult readFirstSheet(const std::string &path)
{
    ReadResult result;
    Archive zip(path);
    result.error = zip.open();
    if (!result.ok())
        return result;

    const std::string workbookPart = "xl/workbook.xml", relsPart = "xl/_rels/workbook.xml.rels";
    if (!zip.has(workbookPart)) {
        result.error = zip.missing(workbookPart, ", so it is not an Excel workbook");
        return result;
    }
    parts::Workbook workbook;
    result.error = zip.parse(workbookPart, workbook);
    if (!result.ok())
        return result;
    if (!workbook.found) {
        result.error = zip.fail("part " + workbookPart + " lists no worksheet");
        return result;
    }
    result.sheet.name = workbook.sheetName;

    if (!zip.has(relsPart)) {
        result.error = zip.missing(relsPart, ", which says where the worksheets are");
        return result;
    }
    parts::Relationships rels;
    result.error = zip.parse(relsPart, rels);
    if (!result.ok())
        return result;
    const auto target = rels.targets.find(workbook.relationId);
    if (target == rels.targets.end()) {
        result.error = zip.fail("part " + relsPart + " does not say where sheet \"" + workbook.sheetName + "\" ("
                                + workbook.relationId + ") is");
        return result;
    }

    parts::SharedStrings strings;
    std::string stringsPart = rels.sharedStrings;
    if (stringsPart.empty() && zip.has("xl/sharedStrings.xml"))
        stringsPart = "xl/sharedStrings.xml";
    if (!stringsPart.empty()) {
        if (!zip.has(stringsPart)) {
            result.error = zip.missing(stringsPart, ", which " + relsPart + " names for the shared strings");
            return result;
        }
        result.error = zip.parse(stringsPart, strings);
        if (!result.ok())
            return result;
    }

    if (!zip.has(target->second)) {
        result.error = zip.missing(target->second, ", which " + relsPart + " names for sheet \"" + workbook.sheetName + "\"");
        return result;
    }
    parts::Worksheet sheet(strings.strings, result.sheet.rows);
    result.error = zip.parse(target->second, sheet);
    if (!result.ok())
        result.sheet.rows.clear();
    return result;
}

} // namespace hp::xlsx
