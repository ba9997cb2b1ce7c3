#pragma once
// A thin RAII layer over the SQLite3 C API. Errors throw DbError with SQLite's message.

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace hp::db {

class DbError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Statement;

class Database {
public:
    enum class Mode { ReadWriteCreate, ReadOnly };

    // An empty path opens a private in-memory database.
    explicit Database(const std::string &path, Mode mode = Mode::ReadWriteCreate);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    void exec(std::string_view sql);
    Statement prepare(std::string_view sql);
    int userVersion();
    void setUserVersion(int version);
    std::int64_t lastInsertId() const;
    int changes() const;
    sqlite3 *handle() const { return m_db; }
    const std::string &path() const { return m_path; }

private:
    sqlite3 *m_db = nullptr;
    std::string m_path;
};

class Statement {
public:
    Statement(sqlite3 *db, std::string_view sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement &operator=(Statement &&) = delete;

    // Binding is 1-based, as in SQLite. Empty optionals bind NULL.
    Statement &bind(int index, std::string_view text);
    Statement &bind(int index, long long value);
    Statement &bind(int index, int value) { return bind(index, static_cast<long long>(value)); }
    Statement &bind(int index, long value) { return bind(index, static_cast<long long>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const std::optional<long> &value);
    Statement &bind(int index, const std::optional<double> &value);
    Statement &bindNull(int index);

    bool step();       // true while a row is available
    void run();        // step to completion; for statements without rows
    void reset();      // ready to bind and step again

    bool isNull(int column) const;
    std::string text(int column) const;
    std::int64_t integer(int column) const;
    double real(int column) const;
    std::optional<long> optInteger(int column) const;
    std::optional<double> optReal(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

// Commits on commit(); rolls back if destroyed before that (e.g. when an exception unwinds).
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace hp::db
