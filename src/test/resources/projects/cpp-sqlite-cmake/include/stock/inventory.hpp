#pragma once

#include <string>
#include <vector>

struct sqlite3;

namespace stock {

struct Shortfall {
    std::string sku;
    std::string name;
    int missing;
};

class Inventory {
public:
    explicit Inventory(const std::string& path);
    ~Inventory();
    Inventory(const Inventory&) = delete;
    Inventory& operator=(const Inventory&) = delete;

    void load(const std::string& sqlFile);
    std::vector<Shortfall> belowReorderLevel() const;
    int itemCount() const;

private:
    sqlite3* db_ = nullptr;
};

}  // namespace stock
