#include "stock/inventory.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include <sqlite3.h>

namespace stock {

Inventory::Inventory(const std::string& path) {
    if (sqlite3_open(path.c_str(), &db_) != SQLITE_OK) {
        throw std::runtime_error("cannot open " + path);
    }
}

Inventory::~Inventory() { sqlite3_close(db_); }

void Inventory::load(const std::string& sqlFile) {
    std::ifstream in(sqlFile);
    if (!in) throw std::runtime_error("cannot read " + sqlFile);
    std::stringstream sql;
    sql << in.rdbuf();
    char* err = nullptr;
    if (sqlite3_exec(db_, sql.str().c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
        std::string message = err ? err : "unknown error";
        sqlite3_free(err);
        throw std::runtime_error(message);
    }
}

std::vector<Shortfall> Inventory::belowReorderLevel() const {
    const char* sql = "SELECT sku, name, reorder_at - on_hand FROM items WHERE on_hand < reorder_at ORDER BY 3 DESC";
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db_, sql, -1, &stmt, nullptr);
    std::vector<Shortfall> out;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        out.push_back({reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)),
                       reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1)), sqlite3_column_int(stmt, 2)});
    }
    sqlite3_finalize(stmt);
    return out;
}

int Inventory::itemCount() const {
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db_, "SELECT COUNT(*) FROM items", -1, &stmt, nullptr);
    int n = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int(stmt, 0) : 0;
    sqlite3_finalize(stmt);
    return n;
}

}  // namespace stock
